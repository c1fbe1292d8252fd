/**
 * The harmonized metrics' SQL, run by the real DuckDB engine (@duckdb/node-api): on small facts
 * written here, where every expected value is worked out by hand, and on the built Parquet files,
 * checked against numbers read from the reports.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { harmonizedSelect } from '../../src/lib/sql/harmonized.ts';
import { openBuiltData, rows } from './parquet-db.ts';

async function withFacts(
	facts: [string, string, string, number, string][],
	reports: [string, string, number, string][]
) {
	const instance = await DuckDBInstance.create(':memory:');
	const c = await instance.connect();
	await c.run(
		`CREATE TABLE facts (report_id VARCHAR, metric VARCHAR, applicant VARCHAR, value DOUBLE, method VARCHAR)`
	);
	await c.run(
		`CREATE TABLE reports (report_id VARCHAR, region_id VARCHAR, unit VARCHAR, year INTEGER, format VARCHAR)`
	);
	for (const f of facts)
		await c.run(`INSERT INTO facts VALUES ('${f[0]}', '${f[1]}', '${f[2]}', ${f[3]}, '${f[4]}')`);
	for (const r of reports)
		await c.run(`INSERT INTO reports VALUES ('${r[0]}', '${r[1]}', 'u', ${r[2]}, '${r[3]}')`);
	return rows(c, `${harmonizedSelect()} ORDER BY report_id, applicant`);
}

describe('harmonizedSelect on hand-made facts', () => {
	it('lines up the pre-2019 and post-2019 definitions', async () => {
		const result = await withFacts(
			[
				['a', 'requests_received', 'total', 40, 'table'],
				['a', 'answer_granted', 'total', 10, 'table'],
				['a', 'answer_already_public', 'total', 5, 'table'],
				['a', 'litigation_total', 'total', 2, 'prose'],
				['b', 'requests_new', 'total', 70, 'decoded'],
				['b', 'outcome_granted', 'total', 30, 'table'],
				['b', 'litigation_direct_total', 'total', 12, 'table'],
				['b', 'litigation_after_review_total', 'total', 1, 'table']
			],
			[
				['a', 'r', 2015, 'pre2019'],
				['b', 'r', 2021, 'post2019_2021']
			]
		);
		// Handled is the answers given (or 总计 since 2019): never the requests received in their place.
		expect(
			result.map((r) => [r.report_id, r.h_requests, r.h_granted, r.h_lawsuits, r.h_handled])
		).toEqual([
			['a', 40, 15, 2, null],
			['b', 70, 30, 13, null]
		]);
	});

	it('sums the printed parts of a partial metric, naming the parts not printed', async () => {
		const result = await withFacts(
			[
				['a', 'answer_granted', 'total', 10, 'table'],
				['a', 'answer_not_exist', 'total', 3, 'table'],
				['a', 'answer_correction_required', 'total', 1, 'prose'],
				['b', 'litigation_direct_total', 'total', 4, 'table']
			],
			[
				['a', 'r', 2015, 'pre2019'],
				['b', 'r', 2021, 'post2019_2021']
			]
		);
		expect(
			result.map((r) => [r.h_granted, r.h_granted_missing, r.h_unable, r.h_unable_missing])
		).toEqual([
			[10, 'answer_already_public', 4, 'answer_not_this_agency'],
			[null, null, null, null]
		]);
		expect([result[1]!.h_lawsuits, result[1]!.h_lawsuits_missing]).toEqual([
			4,
			'litigation_after_review_total'
		]);
	});

	it('prefers a table cell to a prose restatement of the same metric', async () => {
		const result = await withFacts(
			[
				['a', 'requests_new', 'total', 75, 'prose'],
				['a', 'requests_new', 'total', 70, 'table']
			],
			[['a', 'r', 2021, 'post2019_2021']]
		);
		expect(result[0]!.h_requests).toBe(70);
	});

	it('sums unprinted subtotals only when every sub-row is printed (absent is not zero)', async () => {
		const denied = [
			'denied_state_secret',
			'denied_law_forbidden',
			'denied_three_safety',
			'denied_third_party',
			'denied_internal_affairs',
			'denied_process_info',
			'denied_enforcement_file',
			'denied_admin_query'
		];
		const all = denied.map((m, i): [string, string, string, number, string] => [
			'a',
			m,
			'total',
			i,
			'table'
		]);
		const missingOne = all
			.slice(1)
			.map((f): [string, string, string, number, string] => ['b', f[1], f[2], f[3], f[4]]);
		const result = await withFacts(
			[...all, ...missingOne],
			[
				['a', 'r', 2021, 'post2019_2021'],
				['b', 'r', 2022, 'post2019_2021']
			]
		);
		expect(result.map((r) => r.h_denied)).toEqual([0 + 1 + 2 + 3 + 4 + 5 + 6 + 7, null]);
	});
});

describe('harmonizedSelect on the built data', () => {
	it('gives the figures printed in pingtan_2021 (read from the report)', async () => {
		const db = await openBuiltData();
		const [r] = await rows(
			db,
			`SELECT * FROM (${harmonizedSelect()}) WHERE report_id = 'pingtan_2021' AND applicant = 'total'`
		);
		// 表三: 本年新收 "640020470" → total 70; 予以公开 total 30; 部分公开 5; 不予公开 sub-rows 1 + 6 + 1 = 8;
		// 无法提供 "220000325" → 25; 其他处理 3.其他 1; 总计 69. 表四: 行政复议总计 3, 诉讼 12 + 0.
		expect(r).toMatchObject({
			h_requests: 70,
			h_handled: 69,
			h_granted: 30,
			h_partial: 5,
			h_denied: 8,
			h_unable: 25,
			h_other: 1,
			h_reviews: 3,
			h_lawsuits: 12
		});
	});

	it("writes the data contract's fact columns with their types", async () => {
		const db = await openBuiltData();
		const columns = await rows(
			db,
			`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM facts)`
		);
		const types = Object.fromEntries(columns.map((c) => [c.column_name, c.column_type]));
		expect(types).toMatchObject({
			report_id: 'VARCHAR',
			metric: 'VARCHAR',
			applicant: 'VARCHAR',
			value: 'DOUBLE',
			raw: 'VARCHAR',
			approx: 'BOOLEAN',
			span_start: 'INTEGER',
			span_end: 'INTEGER',
			method: 'VARCHAR'
		});
		const [n] = await rows(
			db,
			`SELECT count(*) AS n, count(DISTINCT report_id) AS reports FROM facts`
		);
		expect(Number(n!.n)).toBeGreaterThan(1000);
	});

	it('has a metric dictionary entry for every metric the facts use', async () => {
		const db = await openBuiltData();
		const unknown = await rows(
			db,
			`SELECT DISTINCT metric FROM facts WHERE metric NOT IN (SELECT metric FROM metrics)`
		);
		expect(unknown).toEqual([]);
	});
});
