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
/**
 * The one directory of the engine's (in-memory) file system a query may read once external access
 * is off: the reader's dropped files are registered there and read by DuckDB itself
 * (src/lib/engine/read-upload.ts). Nothing else is there: no network, no local files.
 */
export const UPLOAD_DIR = '/upload/';
export const ALLOW_UPLOADS = `SET allowed_directories = ['${UPLOAD_DIR}']`;
export const ATTACH_BASE = `ATTACH '${BASE_FILE}' AS ${BASE_DB} (READ_ONLY)`;

/**
 * The engine's databases: which one holds our file, under which id, and whether it is read-only.
 * Qualified, so it binds whatever the connection's search path names (a detached database).
 */
export const DATABASES_SQL = `SELECT database_name AS name, database_oid::VARCHAR AS oid, readonly, path FROM system.main.duckdb_databases()`;

export interface DatabaseRow {
	name: string;
	oid: string;
	readonly: boolean;
	path: string | null;
}

/** The id of the base database as attached at the engine's start (null when it is not attached). */
export function baseOid(rows: readonly DatabaseRow[]): string | null {
	return rows.find((r) => r.name === BASE_DB && r.path === BASE_FILE && r.readonly)?.oid ?? null;
}

/**
 * Whether the engine still has our base as we attached it. DuckDB adds an attached database's file
 * to `allowed_paths` (and turning external access off does the same), so a query can `DETACH atlas`
 * and `ATTACH 'atlas.duckdb'` again without READ_ONLY, change our tables and CHECKPOINT them into
 * the registered file. Any database named `atlas` or reading our file that is not the one attached
 * at the start (same id, read-only) means the engine can no longer be trusted: it is replaced by a
 * new one with the file's original bytes (engine-supervisor.ts). A detached base is not tampering.
 */
export function baseIntact(rows: readonly DatabaseRow[], oid: string | null): boolean {
	return rows.every(
		(r) => (r.name !== BASE_DB && r.path !== BASE_FILE) || (r.oid === oid && r.readonly)
	);
}

/** A query touched our base database (re-attached it, writable or not): its result is not shown. */
export class BaseTampered extends Error {
	constructor() {
		super(
			`The query attached ${BASE_FILE} again; the engine was restarted with the original data.`
		);
		this.name = 'BaseTampered';
	}
}

/** True when a DuckDB error says a statement tried to change the read-only base database. */
export function isReadOnlyError(message: string): boolean {
	return /attached in read-only mode/i.test(message) && message.includes(`"${BASE_DB}"`);
}

/** The in-memory table holding the rows the reader's imported reports add to one of our tables. */
export const importedTableName = (name: string) => `imported_${name}`;

/**
 * The TEMP view, on the console's connection, that shows one of our tables with its imported rows
 * under the table's own name: DuckDB resolves the TEMP catalog before the search path, so `facts`
 * means this view, and `atlas.main.facts` itself stays read-only (src/lib/engine/engine-imports.ts).
 */
export function overlayViewSql(name: string): string {
	return (
		`CREATE OR REPLACE TEMP VIEW "${name}" AS ` +
		`SELECT * FROM ${BASE_DB}.main."${name}" ` +
		`UNION ALL BY NAME SELECT * FROM memory.main."${importedTableName(name)}"`
	);
}
