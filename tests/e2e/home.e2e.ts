/**
 * The home page as a reader sees it: the chart comes drawn in the HTML with real values from the
 * Parquet files (computed when the site was built); the page fetches no data file and never starts
 * the SQL engine; nothing leaves our origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harmonizedSelect } from '../../src/lib/sql/harmonized.ts';
import { openBuiltData, rows } from '../sql/parquet-db.ts';
import { foreignRequests, openSession, type Session } from './browser.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});

describe('home page', () => {
	it('draws requests per year for the region with the longest series, from the Parquet data', async () => {
		await s.page.goto(s.baseUrl);
		const chart = s.page.locator('figure[data-chart="trend"]');
		await chart.locator('circle.point').first().waitFor({ timeout: 30_000 });
		const shown = await chart.locator('circle.point').evaluateAll((els) =>
			els.map((e) => ({
				year: Number(e.getAttribute('data-year')),
				value: Number(e.getAttribute('data-value'))
			}))
		);

		// The same series, computed independently by the real DuckDB engine from the built Parquet files.
		const db = await openBuiltData();
		const h = harmonizedSelect();
		const [longest] = await rows(
			db,
			`WITH h AS (${h}), r AS (SELECT * FROM reports WHERE unit_scope = 'whole-region')
			 SELECT r.region_id, r.unit, count(h.h_requests) AS n, count(*) AS span
			 FROM r LEFT JOIN h ON h.report_id = r.report_id AND h.applicant = 'total'
			 GROUP BY ALL ORDER BY n DESC, span DESC, r.region_id LIMIT 1`
		);
		const expected = await rows(
			db,
			`WITH h AS (${h}) SELECT year, h_requests AS value FROM h
			 WHERE applicant = 'total' AND region_id = '${longest!.region_id}' AND unit = '${longest!.unit}'
			   AND h_requests IS NOT NULL ORDER BY year`
		);
		expect(shown.length).toBeGreaterThanOrEqual(5);
		expect(shown).toEqual(expected.map((r) => ({ year: Number(r.year), value: Number(r.value) })));

		const label = await chart.locator('svg[role="img"]').getAttribute('aria-label');
		expect(label).toContain(String(expected[0]!.value));
		await expect(chart.locator('figcaption').textContent()).resolves.toContain('平潭');
	});

	it('comes with its chart and fetches no data file and no SQL engine, from our own origin only', async () => {
		await s.page.waitForFunction(
			() => performance.getEntriesByName('ogi:first-chart').length > 0,
			null,
			{ timeout: 30_000 }
		);
		expect(foreignRequests(s)).toEqual([]);
		expect(s.requests.filter((u) => /\/data\/|\.wasm$|duckdb/.test(u))).toEqual([]);
		expect(await s.page.locator('[data-engine-status]').count()).toBe(0);
		expect(s.consoleErrors).toEqual([]);
	});
});
