/**
 * One spec, two evaluators: the harmonized SQL generated from src/lib/contract/derived-metrics.ts,
 * run by the real DuckDB over the built Parquet files, and the TypeScript evaluator of the same
 * spec give the same value, completeness and missing parts for every report, applicant column and
 * metric; every rate's SQL ("Open in SQL") gives the TypeScript evaluator's value. Then figures read
 * from the reports, where the spec's treatment of a missing part shows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateHarmonized, evaluateRate } from '../../src/lib/contract/derived-evaluate.ts';
import {
	HARMONIZED_METRICS,
	MISSING_COLUMNS,
	RATE_METRICS,
	SMALL_DENOMINATOR,
	missingColumn
} from '../../src/lib/contract/derived-metrics.ts';
import { HARMONIZED } from '../../src/lib/contract/table-schemas.ts';
import { harmonizedSelect, rateFactsCte, rateSql } from '../../src/lib/sql/harmonized.ts';
import { DATA_DIR, openBuiltData, rows } from './parquet-db.ts';

type Row = Record<string, unknown>;
let db: Awaited<ReturnType<typeof openBuiltData>>;
let sqlRows: Row[];
let reports: Map<string, Row>;
/** report_id|metric|applicant → the value shown: a table cell before a prose restatement. */
const picked = new Map<string, number>();

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

beforeAll(async () => {
	db = await openBuiltData();
	await db.run(`CREATE VIEW harmonized AS ${harmonizedSelect()}`);
	sqlRows = await rows(db, 'SELECT * FROM harmonized ORDER BY report_id, applicant');
	reports = new Map((await rows(db, 'SELECT * FROM reports')).map((r) => [String(r.report_id), r]));
	const facts = await rows(
		db,
		`SELECT report_id, metric, applicant, value, method FROM facts ORDER BY report_id, metric, applicant, method = 'prose'`
	);
	for (const f of facts) {
		const key = `${f.report_id}|${f.metric}|${f.applicant}`;
		if (!picked.has(key)) picked.set(key, Number(f.value));
	}
});

describe('SQL and TypeScript from one spec', () => {
	it('agree on every harmonized metric of every report and applicant column', () => {
		let nonNull = 0;
		let incomplete = 0;
		for (const row of sqlRows) {
			const report = reports.get(String(row.report_id))!;
			const lookup = (m: string) => picked.get(`${row.report_id}|${m}|${row.applicant}`) ?? null;
			for (const m of HARMONIZED_METRICS) {
				const ts = evaluateHarmonized(m, String(report.format), lookup);
				const where = `${m.id} ${row.report_id} ${row.applicant}`;
				expect(num(row[m.id]), where).toBe(ts.value);
				if (m.missing === 'partial')
					expect(row[missingColumn(m.id)] ?? null, where).toBe(
						ts.missing.length ? ts.missing.join('|') : null
					);
				else expect(ts.complete, where).toBe(true);
				if (ts.value !== null) nonNull++;
				if (!ts.complete) incomplete++;
			}
		}
		expect(sqlRows.length).toBeGreaterThan(100);
		expect(nonNull).toBeGreaterThan(1000);
		expect(incomplete).toBeGreaterThan(10);
	});

	it('agree on every rate, through the SQL of "Open in SQL"', async () => {
		const counted = new Map<string, number>();
		for (const rate of RATE_METRICS) {
			const sql = rateSql(rate.id)!;
			const facts = rateFactsCte(rate.id);
			const got = await rows(
				db,
				`${facts ? `WITH f AS (${facts}) ` : ''}SELECT h.report_id, h.applicant, ${sql.value} AS value,
				${sql.numerator} AS numerator, ${sql.denominator} AS denominator
				FROM harmonized h ${facts ? 'LEFT JOIN f USING (report_id, applicant)' : ''}
				ORDER BY h.report_id, h.applicant`
			);
			expect(got.length, rate.id).toBe(sqlRows.length);
			let values = 0;
			got.forEach((g, i) => {
				const row = sqlRows[i]!;
				const ts = evaluateRate(rate, (id) =>
					id.startsWith('h_')
						? { value: num(row[id]) }
						: { value: picked.get(`${row.report_id}|${id}|${row.applicant}`) ?? null }
				);
				const where = `${rate.id} ${g.report_id} ${g.applicant}`;
				expect(num(g.value), where).toBe(ts.value);
				expect(num(g.numerator), where).toBe(ts.numerator);
				expect(num(g.denominator), where).toBe(ts.denominator);
				if (ts.value !== null) values++;
			});
			counted.set(rate.id, values);
		}
		// Every rate has a value in some report of the data (none is NULL everywhere by mistake).
		for (const [id, n] of counted) expect(n, id).toBeGreaterThan(0);
	});

	it('writes the harmonized table the contract names, materialized as the SQL computes it', async () => {
		const columns = await rows(
			db,
			`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('${DATA_DIR}/harmonized.parquet'))`
		);
		expect(Object.fromEntries(columns.map((c) => [c.column_name, c.column_type]))).toEqual(
			HARMONIZED
		);
		const [diff] = await rows(
			db,
			`SELECT count(*) AS n FROM (
				(SELECT * FROM read_parquet('${DATA_DIR}/harmonized.parquet') EXCEPT SELECT * FROM harmonized)
				UNION ALL
				(SELECT * FROM harmonized EXCEPT SELECT * FROM read_parquet('${DATA_DIR}/harmonized.parquet')))`
		);
		expect(Number(diff!.n)).toBe(0);
		expect(MISSING_COLUMNS.length).toBeGreaterThan(0);
	});
});

describe('the spec on real reports (figures read from the report text)', () => {
	const total = (id: string) => sqlRows.find((r) => r.report_id === id && r.applicant === 'total')!;

	it('pre-2019 granted is the printed 同意公开 flagged incomplete where 已主动公开 is not printed', () => {
		// pingtan_2014 统计表: "对申请的答复总数条1…1、同意公开答复数条1…": no 已主动公开 row.
		expect(total('pingtan_2014')).toMatchObject({
			h_handled: 1,
			h_granted: 1,
			h_granted_missing: 'answer_already_public'
		});
		// zhuhai_2017 prints both: 屬於已主動公開範圍數 157 + 同意公開答覆 1504 = 1661, complete.
		expect(total('zhuhai_2017')).toMatchObject({ h_granted: 1661, h_granted_missing: null });
	});

	it('langfang_2014: unable from its printed parts, handled from its answers (Jan–Nov)', () => {
		// "答复69件,同意公开39件,部分公开6件,不予公开1件,申请内容不明确件数1件,信息不存在数7件":
		// unable = 7 + 1, 不属于本机关 not printed; no fallback, no guess.
		expect(total('langfang_2014')).toMatchObject({
			h_requests: 69,
			h_handled: 69,
			h_granted: 39,
			h_partial: 6,
			h_denied: 1,
			h_unable: 8,
			h_unable_missing: 'answer_not_this_agency',
			// "行政复议8件,维持4件,责令履行4件": no 其他结果 printed, so no concluded count.
			h_review_corrected: 4,
			h_reviews_concluded: null
		});
		expect(reports.get('langfang_2014')!.period_months).toBe(11);
		expect(reports.get('pingtan_2015')!.period_months).toBe(12);
	});

	it('handled is never requests received in disguise', () => {
		// yuxi_2017 prints 收到申请 in prose but no answer total: handled is NULL.
		expect(total('yuxi_2017')).toMatchObject({ h_handled: null });
		expect(num(total('yuxi_2017').h_requests)).toBeGreaterThan(0);
	});

	it('h_other is told apart: not processed and other handling since 2019, other channel before', () => {
		// pingtan_2021 表三: 不予处理 all 0; 其他处理 3.其他 1 (1. and 2. 0).
		expect(total('pingtan_2021')).toMatchObject({
			h_not_processed: 0,
			h_other_handling: 1,
			h_other: 1,
			h_other_missing: null,
			h_other_channel: null,
			// 表四 "10203" review: 维持 1, 纠正 0, 其他 2, 未审结 0, 总计 3; direct lawsuits
			// "120001 2" → 维持 12 … 总计 12; after review all 0.
			h_review_corrected: 0,
			h_reviews_concluded: 3,
			h_lawsuits_corrected: 0,
			h_lawsuits_concluded: 12
		});
	});

	it('names the small-denominator threshold', () => {
		expect(SMALL_DENOMINATOR).toBe(30);
	});
});
