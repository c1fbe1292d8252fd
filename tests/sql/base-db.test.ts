/**
 * atlas.duckdb, the database the browser engine attaches READ_ONLY: the same rows as the Parquet
 * files, a `harmonized` view equal to harmonized.parquet, unqualified names through the search
 * path, and DuckDB refusing every change to it while TEMP tables work.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import {
	BASE_DB,
	BASE_FILE,
	BASE_SEARCH_PATH,
	BASE_TABLES,
	isReadOnlyError
} from '../../src/lib/engine/base-db.ts';
import { DATA_DIR, openBuiltData, rows } from './parquet-db.ts';

let c: DuckDBConnection;
beforeAll(async () => {
	c = await openBuiltData();
	await c.run(`ATTACH '${resolve(DATA_DIR, BASE_FILE)}' AS ${BASE_DB} (READ_ONLY)`);
});
afterAll(() => c?.closeSync());

const one = async (sql: string) => Object.values((await rows(c, sql))[0]!)[0];

describe('the base database file', () => {
	it('holds every table with the rows of its Parquet file', async () => {
		for (const name of BASE_TABLES) {
			const n = Number(await one(`SELECT count(*) FROM ${name}`));
			expect(n, name).toBeGreaterThan(0);
			const diff = Number(
				await one(
					`SELECT count(*) FROM ((FROM ${name} EXCEPT ALL FROM ${BASE_DB}.${name}) UNION ALL (FROM ${BASE_DB}.${name} EXCEPT ALL FROM ${name}))`
				)
			);
			expect(diff, name).toBe(0);
			expect(Number(await one(`SELECT count(*) FROM ${BASE_DB}.${name}`)), name).toBe(n);
		}
	});

	it('has a harmonized view equal to harmonized.parquet', async () => {
		const file = resolve(DATA_DIR, 'harmonized.parquet');
		const n = Number(await one(`SELECT count(*) FROM read_parquet('${file}')`));
		expect(n).toBeGreaterThan(0);
		const diff = Number(
			await one(
				`SELECT count(*) FROM ((FROM read_parquet('${file}') EXCEPT ALL FROM ${BASE_DB}.harmonized) UNION ALL (FROM ${BASE_DB}.harmonized EXCEPT ALL FROM read_parquet('${file}')))`
			)
		);
		expect(diff).toBe(0);
	});

	it('refuses changes to our tables and allows TEMP tables, through the search path', async () => {
		const c2 = await (await import('@duckdb/node-api')).DuckDBInstance.create(':memory:');
		const d = await c2.connect();
		await d.run(`ATTACH '${resolve(DATA_DIR, BASE_FILE)}' AS ${BASE_DB} (READ_ONLY)`);
		await d.run(BASE_SEARCH_PATH);
		const before = Number((await d.runAndReadAll('SELECT count(*) FROM facts')).getRows()[0]![0]);
		for (const sql of [
			'DROP TABLE facts',
			'DELETE FROM facts',
			'UPDATE reports SET year = 0',
			'DROP VIEW harmonized',
			'CREATE TABLE x AS SELECT 1',
			'CREATE OR REPLACE TABLE facts AS SELECT 1 AS x',
			'CREATE OR REPLACE VIEW harmonized AS SELECT 1 AS x',
			'ALTER TABLE metrics RENAME TO m2'
		]) {
			const message = await d.run(sql).then(
				() => '',
				(e: Error) => e.message
			);
			expect(isReadOnlyError(message), `${sql}: ${message}`).toBe(true);
		}
		await d.run('CREATE TEMP TABLE t AS SELECT 1 AS x');
		expect((await d.runAndReadAll('SELECT count(*) FROM facts')).getRows()[0]![0]).toBe(
			BigInt(before)
		);
		d.closeSync();
	});
});
