/** Partition pruning of the synthetic facts, on DuckDB's real parse trees (json_serialize_sql). */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choosePartitions, planQuery } from '../../src/lib/dataset/partition-plan';

let instance: DuckDBInstance;
let db: DuckDBConnection;
beforeAll(async () => {
	instance = await DuckDBInstance.create(':memory:');
	db = await instance.connect();
});
afterAll(() => {
	db.closeSync();
	instance.closeSync();
});

async function plan(sql: string) {
	const r = await db.runAndReadAll(
		`SELECT json_serialize_sql(${`'${sql.replace(/'/g, "''")}'`}) AS j`
	);
	return planQuery(JSON.parse(String(r.getRowObjects()[0]!.j)));
}

const parts = ['11', '35', '44'].flatMap((p) =>
	[2019, 2020].map((year) => ({ path: `${p}/${year}`, province_code: p, year, rows: 1, bytes: 1 }))
);
const paths = (p: Awaited<ReturnType<typeof plan>>) =>
	choosePartitions(parts, p).map((x) => x.path);

describe('planQuery', () => {
	it('reads one province for an equality on province_code', async () => {
		const p = await plan(
			"SELECT year, sum(value) FROM facts WHERE province_code = '35' GROUP BY year"
		);
		expect(paths(p)).toEqual(['35/2019', '35/2020']);
		expect([...p.columns!].sort()).toEqual(['province_code', 'value', 'year']);
	});

	it('combines province IN and year =, through an alias and a join', async () => {
		const p = await plan(
			"SELECT r.name_zh, f.value FROM facts f JOIN regions r USING (region_id) WHERE f.province_code IN ('11', '44') AND f.year = 2020"
		);
		expect(paths(p)).toEqual(['11/2020', '44/2020']);
	});

	it('reads everything without a filter, with OR, or on a function of the key', async () => {
		expect(
			paths(await plan('SELECT region_id, year, sum(value) FROM facts GROUP BY ALL'))
		).toHaveLength(6);
		expect(
			paths(await plan("SELECT * FROM facts WHERE province_code = '35' OR year = 2019"))
		).toHaveLength(6);
		expect(paths(await plan("SELECT * FROM facts WHERE lower(province_code) = '35'"))).toHaveLength(
			6
		);
	});

	it('needs every place that reads facts to be restricted', async () => {
		const p = await plan(
			"SELECT count(*) FROM facts WHERE province_code = '35' UNION ALL SELECT count(*) FROM facts"
		);
		expect(paths(p)).toHaveLength(6);
		const q = await plan(
			"WITH a AS (SELECT * FROM facts WHERE province_code = '11') SELECT * FROM a UNION ALL SELECT * FROM facts WHERE province_code = '44'"
		);
		expect(paths(q)).toEqual(['11/2019', '11/2020', '44/2019', '44/2020']);
	});

	it('asks for every column on a star, and reads no partition when facts is not read', async () => {
		expect((await plan("SELECT * FROM facts WHERE province_code = '35'")).columns).toBeNull();
		expect(paths(await plan('SELECT count(*) FROM reports'))).toEqual([]);
	});

	it('falls back to everything on a query DuckDB cannot parse', async () => {
		expect(paths(await plan('SELEC nonsense'))).toHaveLength(6);
	});
});
