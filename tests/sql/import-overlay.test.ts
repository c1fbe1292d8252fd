/**
 * The reader's imported reports in the console (src/lib/engine/engine-imports.ts): our tables are
 * in the read-only `atlas`, the imported rows in `memory.main.imported_<table>`, and TEMP views
 * named like our tables join them. Checked on the DuckDB the browser runs (the release inside
 * DuckDB-WASM, tests/sql/engine-version.test.ts): a TEMP view shadows `atlas.main.facts` for
 * unqualified names despite the search path, our tables still refuse every change, and
 * `imported` is in atlas.duckdb.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import {
	BASE_DB,
	BASE_FILE,
	BASE_SEARCH_PATH,
	importedTableName,
	isReadOnlyError,
	overlayViewSql
} from '../../src/lib/engine/base-db.ts';
import {
	COLUMNS_SQL,
	importedCountsSql,
	schemaFromRows,
	withImportedCounts
} from '../../src/lib/console/schema.ts';
import { DATA_DIR } from './parquet-db.ts';

let c: DuckDBConnection;
const count = async (sql: string) =>
	Number((await c.runAndReadAll(sql)).getRows()[0]![0] as bigint);

beforeAll(async () => {
	const instance = await DuckDBInstance.create(':memory:', {
		autoinstall_known_extensions: 'false',
		autoload_known_extensions: 'false'
	});
	c = await instance.connect();
	await c.run(`ATTACH '${resolve(DATA_DIR, BASE_FILE)}' AS ${BASE_DB} (READ_ONLY)`);
	await c.run(BASE_SEARCH_PATH);
});
afterAll(() => c?.closeSync());

describe('imported rows joined to the read-only tables', () => {
	it('atlas.duckdb has the imported column (false for our rows) in reports, facts and checks', async () => {
		for (const name of ['reports', 'facts', 'checks']) {
			const n = await count(`SELECT count(*) FROM ${BASE_DB}.main.${name}`);
			expect(n, name).toBeGreaterThan(0);
			expect(
				await count(`SELECT count(*) FROM ${BASE_DB}.main.${name} WHERE imported = false`),
				name
			).toBe(n);
		}
	});

	it('without imports, DROP and DELETE on our tables are refused as read-only', async () => {
		for (const sql of ['DROP TABLE facts', 'DELETE FROM facts', 'DELETE FROM checks']) {
			const message = await c.run(sql).then(
				() => '',
				(e: Error) => e.message
			);
			expect(isReadOnlyError(message), `${sql}: ${message}`).toBe(true);
		}
	});

	it('TEMP views shadow our tables for unqualified names; ours stay unchanged and read-only', async () => {
		const base = {
			facts: await count('SELECT count(*) FROM facts'),
			reports: await count('SELECT count(*) FROM reports'),
			checks: await count('SELECT count(*) FROM checks'),
			harmonized: await count('SELECT count(*) FROM harmonized')
		};
		// What the runner does (query-runner.ts setImports): rows in memory.main, then the views.
		await c.run(
			`CREATE TABLE memory.main.${importedTableName('facts')} AS
			 SELECT 'imported-x' AS report_id, 'r' AS region_id, 2021 AS year, 'requests' AS metric,
			        'total' AS applicant, 5.0 AS value, true AS imported`
		);
		await c.run(
			`CREATE TABLE memory.main.${importedTableName('reports')} AS
			 SELECT 'imported-x' AS report_id, 'r' AS region_id, 2021 AS year, true AS imported`
		);
		await c.run(
			`CREATE TABLE memory.main.${importedTableName('checks')} AS
			 SELECT 'imported-x' AS report_id, 'sum' AS "check", 'failed' AS status, true AS imported`
		);
		for (const name of ['facts', 'reports', 'checks']) await c.run(overlayViewSql(name));

		expect(await count('SELECT count(*) FROM facts')).toBe(base.facts + 1);
		expect(await count('SELECT count(*) FROM reports')).toBe(base.reports + 1);
		expect(await count('SELECT count(*) FROM checks')).toBe(base.checks + 1);
		// atlas's harmonized view binds `facts` and `reports` when queried, TEMP catalog first: it
		// computes the imported report's harmonized row itself (so it gets no overlay of its own).
		expect(await count('SELECT count(*) FROM harmonized')).toBe(base.harmonized + 1);
		expect(await count(`SELECT count(*) FROM harmonized WHERE report_id = 'imported-x'`)).toBe(1);
		expect(await count('SELECT count(*) FROM facts WHERE imported')).toBe(1);
		expect(await count(`SELECT count(*) FROM reports WHERE report_id = 'imported-x'`)).toBe(1);
		// A join of two shadowed names sees the imported report in both.
		expect(
			await count(`SELECT count(*) FROM facts f JOIN reports r USING (report_id) WHERE r.imported`)
		).toBe(1);
		expect(await count(`SELECT count(*) FROM ${BASE_DB}.main.facts`)).toBe(base.facts);

		// Changing our tables through their names is still refused.
		for (const sql of [
			'DELETE FROM facts',
			'UPDATE reports SET year = 0',
			'INSERT INTO checks SELECT * FROM checks'
		]) {
			const message = await c.run(sql).then(
				() => '',
				(e: Error) => e.message
			);
			expect(message, sql).not.toBe('');
		}
		for (const sql of [
			`DROP TABLE ${BASE_DB}.main.facts`,
			`DELETE FROM ${BASE_DB}.main.facts`,
			`CREATE TABLE __import_x AS SELECT 1`
		]) {
			const message = await c.run(sql).then(
				() => '',
				(e: Error) => e.message
			);
			expect(isReadOnlyError(message), `${sql}: ${message}`).toBe(true);
		}
		expect(await count(`SELECT count(*) FROM ${BASE_DB}.main.facts`)).toBe(base.facts);

		// The console's schema browser lists each name once, as queried: facts, reports and checks
		// with their imported rows counted, and not the memory tables behind them.
		const objects = async (sql: string) =>
			(await c.runAndReadAll(sql)).getRowObjects() as Record<string, unknown>[];
		const schema = schemaFromRows(await objects(COLUMNS_SQL));
		const names = schema.map((t) => t.name);
		expect(names.filter((n) => n === 'facts')).toHaveLength(1);
		expect(names.filter((n) => n.startsWith('imported_'))).toEqual([]);
		const ourFacts = await objects(
			`SELECT column_name FROM information_schema.columns WHERE table_catalog = '${BASE_DB}' AND table_name = 'facts'`
		);
		expect(schema.find((t) => t.name === 'facts')!.columns.map((col) => col.name)).toEqual(
			ourFacts.map((r) => r.column_name)
		);
		const counted = withImportedCounts(schema, await objects(importedCountsSql(schema)!));
		expect(
			Object.fromEntries(
				counted.filter((t) => t.imported !== undefined).map((t) => [t.name, t.imported])
			)
		).toEqual({ facts: 1, reports: 1, checks: 1 });

		// Dropping the overlay leaves our table as it was.
		await c.run('DROP VIEW facts');
		expect(await count('SELECT count(*) FROM facts')).toBe(base.facts);
	});
});
