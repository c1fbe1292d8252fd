/**
 * The DuckDB-WASM engine: one lazily created instance in a Web Worker, behind one promise.
 * Its wasm and worker files are self-hosted (Vite `?url` imports), and extension autoinstall and
 * autoload are off, so no request ever leaves our origin.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Table } from 'apache-arrow';

export interface Engine {
	query(sql: string): Promise<Table>;
	db: duckdb.AsyncDuckDB;
}

let enginePromise: Promise<Engine> | undefined;

async function createEngine(): Promise<Engine> {
	const worker = new Worker(workerUrl);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(wasmUrl);
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = await db.connect();
	await conn.query(`SET autoinstall_known_extensions = false`);
	await conn.query(`SET autoload_known_extensions = false`);
	return {
		db,
		query: (sql: string) => conn.query(sql) as Promise<Table>
	};
}

export function getEngine(): Promise<Engine> {
	if (!enginePromise) {
		enginePromise = createEngine();
		enginePromise.catch(() => (enginePromise = undefined));
	}
	return enginePromise;
}
