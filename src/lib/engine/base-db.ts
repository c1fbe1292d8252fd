/**
 * Our tables live in their own DuckDB database, built once in the WASM in-memory file system and
 * then attached READ_ONLY as `atlas`: DuckDB itself refuses any DROP, DELETE, UPDATE, INSERT or
 * ALTER on them, whatever the SQL looks like. Connections that read them set `search_path` so
 * `SELECT * FROM facts` still works unqualified; `atlas` being the first entry also makes it the
 * default database, so a plain `CREATE TABLE` fails too and users make `CREATE TEMP TABLE`s.
 */
export const BASE_DB = 'atlas';
export const BASE_FILE = 'atlas-base.duckdb';
export const BASE_SEARCH_PATH = `SET search_path = '${BASE_DB}.main,memory.main'`;
export const ATTACH_BASE = `ATTACH '${BASE_FILE}' AS ${BASE_DB} (READ_ONLY)`;

/** True when a DuckDB error says a statement tried to change the read-only base database. */
export function isReadOnlyError(message: string): boolean {
	return /attached in read-only mode/i.test(message) && message.includes(`"${BASE_DB}"`);
}
