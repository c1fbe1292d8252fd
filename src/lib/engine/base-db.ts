/**
 * Our tables live in their own DuckDB database file, `atlas.duckdb`, written by the data build
 * (scripts/data/write-base-db.ts) and attached READ_ONLY as `atlas`: DuckDB itself refuses any DROP,
 * DELETE, UPDATE, INSERT or ALTER on them, whatever the SQL looks like. Connections that read them
 * set `search_path` so `SELECT * FROM facts` still works unqualified; `atlas` being the first entry
 * also makes it the default database, so a plain `CREATE TABLE` fails too and users make
 * `CREATE TEMP TABLE`s. The in-memory database (`memory`) holds tables the reader adds (dropped files).
 */
export const BASE_DB = 'atlas';
/** Our tables, named like their Parquet files; the database also holds the `harmonized` view. */
export const BASE_TABLES = [
	'facts',
	'reports',
	'checks',
	'warnings',
	'regions',
	'metrics'
] as const;
export const BASE_FILE = 'atlas.duckdb';
/** Our tables first (the default database), then the reader's own. */
export const BASE_SEARCH_PATH = `SET search_path = '${BASE_DB}.main,memory.main'`;
/** The reader's tables first, so tables built in JavaScript land in `memory`. */
export const MEMORY_SEARCH_PATH = `SET search_path = 'memory.main,${BASE_DB}.main'`;
/** The only file the engine may open once external access is off. */
export const ALLOW_BASE_FILE = `SET allowed_paths = ['${BASE_FILE}']`;
export const ATTACH_BASE = `ATTACH '${BASE_FILE}' AS ${BASE_DB} (READ_ONLY)`;

/** True when a DuckDB error says a statement tried to change the read-only base database. */
export function isReadOnlyError(message: string): boolean {
	return /attached in read-only mode/i.test(message) && message.includes(`"${BASE_DB}"`);
}
