/**
 * Runs the SQL console's queries on their own connection, streaming the result batch by batch so
 * a running query can be cancelled (`cancelSent`) and a huge result is cut at `maxRows`. One query
 * at a time: a new run cancels the one before.
 */
import {
	DuckDBDataProtocol,
	type AsyncDuckDB,
	type AsyncDuckDBConnection
} from '@duckdb/duckdb-wasm';
import { uploadPath, uploadSql, type UploadKind } from './read-upload';
import { Table, type RecordBatch } from 'apache-arrow';
import {
	baseIntact,
	baseOid,
	BaseTampered,
	BASE_SEARCH_PATH,
	DATABASES_SQL,
	type DatabaseRow,
	importedTableName,
	MEMORY_SEARCH_PATH,
	overlayViewSql
} from './base-db';

export interface QueryResult {
	table: Table;
	/** Rows read; the result was cut there when `truncated`. */
	rowCount: number;
	truncated: boolean;
	elapsedMs: number;
}

export class QueryCancelled extends Error {
	constructor() {
		super('cancelled');
		this.name = 'QueryCancelled';
	}
}

/** A query longer than `MAX_QUERY_CHARS` is refused before it reaches the engine. */
export class QueryTooLong extends Error {
	constructor(
		readonly length: number,
		readonly max: number
	) {
		super(`The query has ${length} characters; at most ${max} are run.`);
		this.name = 'QueryTooLong';
	}
}

export interface QueryRunner {
	run(sql: string, maxRows?: number): Promise<QueryResult>;
	cancel(): Promise<void>;
	/** A query of the runner's own (keywords, counts), not cancellable, beside the reader's. */
	query(sql: string): Promise<Table>;
	/**
	 * A query that must see what the reader's connection sees (the schema browser: their TEMP
	 * tables and views belong to that connection), run there once the reader's query has ended.
	 */
	readerQuery(sql: string): Promise<Table>;
	/** Adds (or replaces) a table built in JavaScript. */
	insertArrow(name: string, table: Table): Promise<void>;
	/**
	 * Adds (or replaces) the table `name` from a file the reader dropped, read by DuckDB itself
	 * (read_csv with type sniffing, read_parquet) from the upload directory; its row count.
	 */
	addFile(name: string, file: File, kind: UploadKind): Promise<number>;
	/**
	 * Back to the start for an engine without a base file (synthetic data): drops the user's
	 * tables, views, schemas and attached databases. With our base file, Reset starts a new engine
	 * instead (engine-supervisor.ts), so the base is the file's original bytes whatever ran before.
	 */
	reset(): Promise<void>;
	/** Points both connections at our tables again (after the base file was attached on Retry). */
	usePaths(): Promise<void>;
	/**
	 * The rows the reader's imported reports add to our tables, by table name (replacing those set
	 * before): they go to `memory.main.imported_<table>`, and the console's connection sees each of
	 * our tables joined with them under its own name (TEMP views, see base-db.ts). Reset keeps them.
	 */
	setImports(tables: Map<string, Table>): Promise<void>;
}

export const DEFAULT_MAX_ROWS = 1_000_000;
export const MAX_QUERY_CHARS = 100_000;

export interface RunnerOptions {
	/**
	 * Our tables when they are in `memory.main` (a synthetic dataset, src/lib/dataset: no base
	 * file): Reset keeps them and attaches no base database.
	 */
	memoryTables?: readonly string[];
}

export async function createQueryRunner(
	db: AsyncDuckDB,
	options: RunnerOptions = {}
): Promise<QueryRunner> {
	const ours = new Set(options.memoryTables ?? []);
	// Requests posted together are run by the worker in order without waiting for this thread.
	const [conn, side] = await Promise.all([db.connect(), db.connect()]);
	// The reader's queries see our tables first (and cannot create tables among them); tables
	// built in JavaScript (dropped files) go to the in-memory database, visible to both.
	// Without our database (its file failed to load) both see only the in-memory one.
	async function usePaths(): Promise<void> {
		const memoryOnly = `SET search_path = 'memory.main'`;
		await Promise.all([
			conn.query(BASE_SEARCH_PATH).catch(() => conn.query(memoryOnly)),
			side.query(MEMORY_SEARCH_PATH).catch(() => side.query(memoryOnly))
		]);
	}
	await usePaths();
	const databases = async () =>
		(await side.query(DATABASES_SQL)).toArray().map((r) => r.toJSON() as DatabaseRow);
	// Our base as attached at the start; every run is checked against it.
	const oid = baseOid(await databases());
	async function checkBase(): Promise<void> {
		if (!baseIntact(await databases(), oid)) throw new BaseTampered();
	}
	let generation = 0;
	let running: Promise<unknown> = Promise.resolve();

	async function cancel(): Promise<void> {
		generation++;
		await conn.cancelSent().catch(() => false);
	}

	async function run(sql: string, maxRows = DEFAULT_MAX_ROWS): Promise<QueryResult> {
		if (sql.length > MAX_QUERY_CHARS) throw new QueryTooLong(sql.length, MAX_QUERY_CHARS);
		await cancel();
		// Wait (briefly) for the previous query to give up the connection.
		await Promise.race([running.catch(() => {}), new Promise((r) => setTimeout(r, 2000))]);
		const mine = generation;
		const started = performance.now();
		const work = (async () => {
			const reader = await conn.send(sql, true);
			if (mine !== generation) throw new QueryCancelled();
			const batches: RecordBatch[] = [];
			let rowCount = 0;
			let truncated = false;
			for await (const batch of reader) {
				if (mine !== generation) throw new QueryCancelled();
				if (rowCount + batch.numRows > maxRows) {
					batches.push(batch.slice(0, maxRows - rowCount));
					rowCount = maxRows;
					truncated = true;
					await conn.cancelSent().catch(() => false);
					break;
				}
				batches.push(batch);
				rowCount += batch.numRows;
			}
			const table = batches.length ? new Table(batches) : new Table(reader.schema);
			return { table, rowCount, truncated, elapsedMs: performance.now() - started };
		})();
		running = work;
		try {
			const result = await work;
			await checkBase();
			return result;
		} catch (e) {
			// Whatever the query did, a changed base is what the reader must hear about.
			if (!(e instanceof BaseTampered)) {
				// Our file is registered read-only (load-tables.ts): a write into it is a query that
				// attached it writable. DuckDB then invalidates the database, so no check can run.
				if (/do not support writing/i.test(e instanceof Error ? e.message : String(e)))
					throw new BaseTampered();
				await checkBase().catch((x: unknown) => {
					if (x instanceof BaseTampered) throw x;
				});
			}
			if (mine !== generation) throw new QueryCancelled();
			throw e;
		}
	}

	const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
	const list = async (c: AsyncDuckDBConnection, sql: string) =>
		(await c.query(sql)).toArray().map((r) => r.toJSON() as Record<string, string | boolean>);

	let imports = new Map<string, Table>();
	let overlaid: string[] = [];

	async function applyImports(): Promise<void> {
		for (const name of overlaid) {
			await conn.query(`DROP VIEW IF EXISTS temp.main.${quote(name)}`).catch(() => {});
			await side.query(`DROP TABLE IF EXISTS memory.main.${quote(importedTableName(name))}`);
		}
		overlaid = [];
		for (const [name, table] of imports) {
			await side.query(`DROP TABLE IF EXISTS memory.main.${quote(importedTableName(name))}`);
			await side.insertArrowTable(table, {
				name: importedTableName(name),
				schema: 'main',
				create: true
			});
			overlaid.push(name);
			// Without our database (its file failed to load) there is nothing to join them to;
			// the imported rows are still there, as memory.main.imported_<table>.
			await conn.query(overlayViewSql(name)).catch(() => {});
		}
	}

	async function setImports(tables: Map<string, Table>): Promise<void> {
		imports = new Map(tables);
		await applyImports();
	}

	async function reset(): Promise<void> {
		await cancel();
		await Promise.race([running.catch(() => {}), new Promise((r) => setTimeout(r, 2000))]);
		generation++;
		// Our database may be detached: first point both connections at the in-memory one only.
		for (const c of [conn, side]) await c.query(`SET search_path = 'memory.main'`);
		await conn.query(`USE memory`);
		// Temporary objects belong to the connection that made them: drop them there.
		for (const c of [conn, side]) {
			const objects = await list(
				c,
				`SELECT database_name AS d, schema_name AS s, table_name AS n, 'TABLE' AS k FROM duckdb_tables()
				 WHERE NOT internal AND database_name IN ('memory', 'temp')
				 UNION ALL
				 SELECT database_name, schema_name, view_name, 'VIEW' FROM duckdb_views()
				 WHERE NOT internal AND database_name IN ('memory', 'temp')`
			);
			for (const o of objects) {
				if (o.d === 'memory' && o.s === 'main' && ours.has(String(o.n))) continue;
				await c.query(
					`DROP ${o.k} IF EXISTS ${quote(String(o.d))}.${quote(String(o.s))}.${quote(String(o.n))} CASCADE`
				);
			}
		}
		const schemas = await list(
			conn,
			`SELECT schema_name AS s FROM duckdb_schemas()
			 WHERE NOT internal AND database_name = 'memory' AND schema_name <> 'main'`
		);
		for (const o of schemas)
			await conn.query(`DROP SCHEMA IF EXISTS memory.${quote(String(o.s))} CASCADE`);
		// Every other database goes.
		const dbs = await list(
			conn,
			`SELECT database_name AS d FROM duckdb_databases()
			 WHERE NOT internal AND database_name NOT IN ('memory', 'temp', 'system')`
		);
		for (const o of dbs) await conn.query(`DETACH ${quote(String(o.d))}`);
		for (const c of [conn, side]) {
			await c.query(`RESET search_path`).catch(() => {});
			await c.query(`RESET schema`).catch(() => {});
		}
		await usePaths();
		// The reader's imported reports stay in our tables.
		overlaid = [];
		await applyImports();
	}

	let uploads = 0;
	async function addFile(name: string, file: File, kind: UploadKind): Promise<number> {
		const path = uploadPath(++uploads, kind);
		// The File itself, read in the worker as DuckDB asks for blocks: no copy into the engine.
		await db.registerFileHandle(path, file, DuckDBDataProtocol.BROWSER_FILEREADER, true);
		try {
			await side.query(uploadSql(name, path, kind));
		} finally {
			await db.dropFile(path).catch(() => {});
		}
		const counted = await side.query(`SELECT count(*) AS n FROM memory.main.${quote(name)}`);
		return Number(counted.get(0)?.n ?? 0);
	}

	return {
		run,
		addFile,
		cancel,
		reset,
		usePaths,
		setImports,
		query: (sql: string) => side.query(sql) as Promise<Table>,
		readerQuery: async (sql: string) => {
			await running.catch(() => {});
			return (await conn.query(sql)) as Table;
		},
		insertArrow: async (name: string, table: Table) => {
			await side.query(`DROP TABLE IF EXISTS "${name.replace(/"/g, '""')}"`);
			await side.insertArrowTable(table, { name, create: true });
		}
	};
}
