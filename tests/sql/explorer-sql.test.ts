/**
 * "Open in SQL" gives the numbers the chart shows: the generated SQL, run by the real engine over
 * the built Parquet, against the explorer's own view data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExplorerIndex } from '../../src/lib/views/explorer-data.ts';
import { trendSeries, type ViewState } from '../../src/lib/views/view-data.ts';
import { METRICS } from '../../src/lib/contract/metrics.ts';
import { explorerSql } from '../../src/lib/sql/explorer-sql.ts';
import { harmonizedSelect } from '../../src/lib/sql/harmonized.ts';
import { openBuiltData, rows } from './parquet-db.ts';
import { explorerIndexOf } from './built-explorer-index.ts';

let db: Awaited<ReturnType<typeof openBuiltData>>;
let index: ExplorerIndex;
beforeAll(async () => {
	db = await openBuiltData();
	// The harmonized view computed by our SQL, not read from its Parquet file.
	await db.run(`CREATE VIEW harmonized AS ${harmonizedSelect()}`);
	index = await explorerIndexOf(db);
});

const state = (metric: string, units: ViewState['units'] = 'whole'): ViewState => ({
	regions: [],
	metric,
	applicant: 'total',
	from: null,
	to: null,
	relative: null,
	year: 'latest',
	handling: 'harmonized',
	units,
	lang: 'zh'
});

describe.each([
	['h_requests', 'whole'],
	['grant_rate', 'whole'],
	['h_denied', 'whole'],
	['requests_new', 'whole'],
	['review_total', 'whole'],
	['proactive_total', 'whole'],
	// The 平潭 General Office and departments, each unit its own series.
	['h_requests', 'office'],
	['requests_new', 'department'],
	['grant_rate', 'department'],
	['h_requests', 'all'],
	// Every kind of derived metric: a partial sum, rates over the cube, a rate with printed-fact
	// operands, the correction rates (once without "Open in SQL").
	['h_granted', 'all'],
	['openness_rate', 'all'],
	['dispute_rate', 'all'],
	['denied_process_info_rate', 'all'],
	['correction_rate', 'all'],
	['review_correction_rate', 'department'],
	['carried_forward_rate', 'all']
] as const)('%s (units=%s)', (metric, units) => {
	it('returns the values the chart draws', async () => {
		const regions = ['350128', '440400', '131000', '150602'];
		const sql = explorerSql({
			metric,
			applicant: 'total',
			regions,
			from: null,
			to: null,
			units
		})!;
		const got = (await rows(db, sql)).map(
			(r) =>
				`${r.region_id}|${r.unit}|${r.year}|${r.value === null ? 'null' : Number(r.value).toFixed(9)}`
		);
		const want = trendSeries(index, state(metric, units), regions).flatMap((s) =>
			s.points.map(
				(p) =>
					`${s.key.split('|')[0]}|${s.key.split('|')[1]}|${p.year}|${p.value === null ? 'null' : p.value.toFixed(9)}`
			)
		);
		expect(got.length).toBeGreaterThan(0);
		expect(got.sort()).toEqual(want.sort());
	});
});

describe('explorerSql', () => {
	it('has a query for every metric of the dictionary', () => {
		for (const m of METRICS)
			expect(
				explorerSql({
					metric: m.metric,
					applicant: 'total',
					regions: ['350128'],
					from: null,
					to: null,
					units: 'all'
				}),
				m.metric
			).not.toBeNull();
	});

	it('refuses ids that are not ids and quotes region codes', () => {
		expect(
			explorerSql({
				metric: "h_requests'; DROP TABLE facts; --",
				applicant: 'total',
				regions: [],
				from: null,
				to: null,
				units: 'all'
			})
		).toBeNull();
		const sql = explorerSql({
			metric: 'h_requests',
			applicant: 'total',
			regions: ["x'y", '350128'],
			from: 2014,
			to: null,
			units: 'all'
		})!;
		expect(sql).toContain("IN ('350128')");
		expect(sql).toContain('r.year >= 2014');
	});
});
