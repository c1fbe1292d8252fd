/**
 * The SQL tests run on @duckdb/node-api; the browser runs the DuckDB inside @duckdb/duckdb-wasm.
 * They must be the same DuckDB release, or a query (or the storage of atlas.duckdb) the tests pass
 * can fail in the page. Both engines are asked for `version()`: the wasm's answer comes from the
 * installed package's own eh module (the bundle the browser loads), run here in Node.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import * as wasm from '@duckdb/duckdb-wasm/blocking';

const require = createRequire(import.meta.url);

async function wasmVersion(): Promise<string> {
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
	const bundles = {
		mvp: {
			mainModule: join(dist, 'duckdb-eh.wasm'),
			mainWorker: join(dist, 'duckdb-node-eh.worker.cjs')
		},
		eh: {
			mainModule: join(dist, 'duckdb-eh.wasm'),
			mainWorker: join(dist, 'duckdb-node-eh.worker.cjs')
		}
	};
	const db = await wasm.createDuckDB(bundles, new wasm.VoidLogger(), wasm.NODE_RUNTIME);
	await db.instantiate();
	const c = db.connect();
	try {
		return String(c.query('SELECT version() AS v').toArray()[0].toJSON().v);
	} finally {
		c.close();
		await db.reset();
	}
}

async function nodeVersion(): Promise<string> {
	const instance = await DuckDBInstance.create(':memory:');
	const c = await instance.connect();
	try {
		const reader = await c.runAndReadAll('SELECT version() AS v');
		return String(reader.getRowObjects()[0]!.v);
	} finally {
		c.closeSync();
	}
}

describe('the DuckDB of the SQL tests and of the browser', () => {
	it('are the same release', async () => {
		const [inBrowser, inTests] = await Promise.all([wasmVersion(), nodeVersion()]);
		expect(inBrowser).toMatch(/^v\d+\.\d+\.\d+/);
		expect(inTests).toBe(inBrowser);
	});
});
