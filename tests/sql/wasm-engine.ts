/**
 * The browser's engine in Node: DuckDB-WASM (the same package and DuckDB release as the console,
 * its Node "blocking" bundle), for tests of what the browser's engine itself allows. Its database
 * is set up as src/lib/engine/load-tables.ts sets up the browser's: our `atlas.duckdb` registered
 * and attached read-only, the search path, external access off, the configuration locked.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { Table } from 'apache-arrow';
import {
	ALLOW_UPLOADS,
	ATTACH_BASE,
	BASE_FILE,
	BASE_SEARCH_PATH
} from '../../src/lib/engine/base-db.ts';
import { ENGINE_QUERY_CONFIG } from '../../src/lib/engine/engine-config.ts';
import { DATA_DIR } from './parquet-db.ts';

const require = createRequire(import.meta.url);

interface BlockingConnection {
	query(sql: string): Table;
	close(): void;
}
interface BlockingDb {
	instantiate(): Promise<unknown>;
	open(config: object): void;
	connect(): BlockingConnection;
	registerFileBuffer(name: string, buffer: Uint8Array): void;
	registerFileText(name: string, text: string): void;
}

export interface WasmEngine {
	db: BlockingDb;
	/** The Arrow result of `sql`, as the browser's engine gives it. */
	table(sql: string): Table;
	/** Rows as plain objects (BIGINT as bigint). */
	rows(sql: string): Record<string, unknown>[];
	/** The error message of `sql`, or '' when it ran. */
	error(sql: string): string;
}

export async function openWasmEngine(options: { base?: boolean } = {}): Promise<WasmEngine> {
	const main = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
	const dist = dirname(main);
	const duckdb = require(main) as {
		createDuckDB(bundles: object, logger: object, runtime: object): Promise<BlockingDb>;
		VoidLogger: new () => object;
		NODE_RUNTIME: object;
	};
	const db = await duckdb.createDuckDB(
		{
			mvp: {
				mainModule: resolve(dist, 'duckdb-mvp.wasm'),
				mainWorker: resolve(dist, 'duckdb-node-mvp.worker.cjs')
			},
			eh: {
				mainModule: resolve(dist, 'duckdb-eh.wasm'),
				mainWorker: resolve(dist, 'duckdb-node-eh.worker.cjs')
			}
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate();
	db.open({ query: { ...ENGINE_QUERY_CONFIG } });
	const c = db.connect();
	const rows = (sql: string) =>
		c
			.query(sql)
			.toArray()
			.map((r) => (r as { toJSON(): Record<string, unknown> }).toJSON());
	const error = (sql: string) => {
		try {
			c.query(sql);
			return '';
		} catch (e) {
			return e instanceof Error ? e.message : String(e);
		}
	};
	c.query(`SET autoinstall_known_extensions = false`);
	c.query(`SET autoload_known_extensions = false`);
	if (options.base !== false) {
		db.registerFileBuffer(BASE_FILE, new Uint8Array(readFileSync(resolve(DATA_DIR, BASE_FILE))));
		c.query(ATTACH_BASE);
		c.query(BASE_SEARCH_PATH);
	}
	c.query(ALLOW_UPLOADS);
	c.query(`SET enable_external_access = false`);
	c.query(`SET lock_configuration = true`);
	return {
		db,
		rows,
		error,
		table: (sql: string) => c.query(sql)
	};
}
