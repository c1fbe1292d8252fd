/**
 * Every page's URL parameters, malformed, out of range, very long, repeated or of the wrong type:
 * the page opens, says in words which parameter it could not use, stays usable (a chart drawn, the
 * editor ready), and throws nothing. Explorer `/explore?…`, console `/sql?q=…`, embeds
 * `/embed/trend|compare|handling?…`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser.ts';
import { runAndWait, runQuery } from './console-page.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});

const LONG = 'x'.repeat(6000);
const pageErrors = () => s.consoleErrors.filter((e) => !/favicon/.test(e));

/** Opens `path`, waits for `usable`, and returns the text of the problems shown by `problems`. */
async function open(path: string, usable: string, problems: string) {
	s.consoleErrors.length = 0;
	await s.page.goto(`${s.baseUrl}${path}`);
	await s.page.locator(usable).first().waitFor({ timeout: 30_000 });
	const box = s.page.locator(problems);
	await box.waitFor({ timeout: 30_000 });
	return (await box.textContent()) ?? '';
}

describe('explorer /explore', () => {
	const chart = 'figure[data-chart] svg, [data-testid="data-table"], .nodata';
	const cases: [string, string, RegExp][] = [
		[
			'a script as metric',
			'?metric=%3Cscript%3Ealert(1)%3C/script%3E',
			/“metric”.*not a known metric id/
		],
		['years that are not years', '?from=abc&to=99999&year=-5', /“from”.*“to”.*not a year/s],
		['a 6000-character region list', `?regions=${LONG}`, /“regions”/],
		['broken percent-encoding', '?view=%E0%A4%A&scale=%ZZ', /“view”.*“scale”/s],
		['a parameter given twice', '?view=compare&view=table', /“view” appears 2 times/],
		['a relative year out of range', '?relative=1800', /“relative”/],
		[
			'a misspelt and prototype-like names',
			'?__proto__=1&constructor=x&utm_source=feed&metirc=h_requests',
			/unknown parameter “metirc” was ignored\. Did you mean “metric”/
		],
		[
			'a NUL and control characters',
			'?applicant=%00%1B%5B31m&units=%E2%88%9E',
			/“applicant”.*“units”/s
		]
	];
	for (const [name, query, message] of cases)
		it(`${name}: says so and still draws`, async () => {
			const text = await open(`explore${query}&lang=en`, chart, '[data-testid="url-problems"]');
			expect(text).toMatch(message);
			expect(text).not.toContain('\u0000');
			await s.page.getByRole('tab', { name: 'Trend' }).waitFor();
			expect(pageErrors()).toEqual([]);
		});

	it('a wrong language keeps the page in Chinese and says so in Chinese', async () => {
		const text = await open('explore?lang=klingon', chart, '[data-testid="url-problems"]');
		expect(text).toMatch(/“lang”.*klingon/);
		await s.page.getByRole('tab', { name: '趋势' }).waitFor();
		expect(pageErrors()).toEqual([]);
	});

	it('stays usable after a bad link: a click changes the view', async () => {
		await open('explore?view=nope&lang=en', chart, '[data-testid="url-problems"]');
		await s.page.getByRole('tab', { name: 'Table' }).click();
		await s.page.getByTestId('data-table').waitFor();
		expect(new URL(s.page.url()).searchParams.get('view')).toBe('table');
		expect(pageErrors()).toEqual([]);
	});
});

describe('embeds /embed/…', () => {
	const chart = 'figure[data-chart] svg, .notice[role="status"]';
	const cases: [string, string, RegExp][] = [
		['trend?theme=purple&static=maybe', 'trend', /“theme”.*“static”/s],
		['compare?year=abc&downloads=2', 'compare', /“year”.*“downloads”/s],
		[`handling?regions=${LONG}`, 'handling', /“regions”/],
		['trend?metric=%E0%A4%A&scale=1e309', 'trend', /“metric”.*“scale”/s]
	];
	for (const [path, kind, message] of cases)
		it(`/embed/${path.slice(0, 40)}: says so and draws the chart`, async () => {
			const text = await open(
				`embed/${path}&lang=en`,
				`figure[data-chart="${kind}"] svg, .notice[role="status"]`,
				'[data-testid="embed-problems"]'
			);
			expect(text).toMatch(/Some parameters of this link are not valid/);
			expect(text).toMatch(message);
			expect(pageErrors()).toEqual([]);
		});

	it('a base year outside the year range: says so and draws the chart without it', async () => {
		await s.page.goto(`${s.baseUrl}embed/trend?regions=350128&from=2023&relative=2021&lang=en`);
		const points = s.page.locator(
			'figure[data-chart="trend"] circle.point[data-series^="350128|"]'
		);
		await points.first().waitFor({ timeout: 30_000 });
		await expect(s.page.getByTestId('embed-problems').textContent()).resolves.toMatch(
			/“relative”: 2021 is outside the year range \(2023–…\)/
		);
		// Counts, not ratios to a year that is not drawn, and no point before 2023: pingtan_2023
		// 表三 一、本年新收 "801000081" is 80 natural persons, 1 business, total 81 (read by hand).
		const years = await points.evaluateAll((els) =>
			els.map((e) => Number(e.getAttribute('data-year')))
		);
		expect(Math.min(...years)).toBeGreaterThanOrEqual(2023);
		expect(
			await s.page
				.locator(
					'figure[data-chart="trend"] circle.point[data-series^="350128|"][data-year="2023"]'
				)
				.getAttribute('data-value')
		).toBe('81');
	});

	it('an unknown chart name is a message in the frame, not a blank page', async () => {
		s.consoleErrors.length = 0;
		await s.page.goto(`${s.baseUrl}embed/${encodeURIComponent('<b>pie</b>')}?lang=en`);
		const error = s.page.getByTestId('embed-error');
		await error.waitFor({ timeout: 30_000 });
		await expect(error.textContent()).resolves.toMatch(
			/The chart “<b>pie<\/b>” cannot be shown: available charts are trend, compare, handling/
		);
		expect(await s.page.locator(chart).count()).toBe(0);
	});
});

describe('console /sql', () => {
	const editor = (name = 'SQL editor') => s.page.getByRole('textbox', { name });

	it('an unknown language: the page opens in Chinese and names the parameter', async () => {
		const text = await open(
			'sql?lang=fr&q=SELECT%201',
			'[role="textbox"]',
			'[data-testid="url-problems"]'
		);
		expect(text).toMatch(/“lang”.*“fr”.*zh, en/s);
		await expect(editor('SQL 编辑器').textContent()).resolves.toBe('SELECT 1');
		await s.page.getByRole('button', { name: '运行', exact: true }).waitFor();
		expect(pageErrors()).toEqual([]);
	});

	it('a 12,000-character query is put in the editor but waits for Run', async () => {
		const q = `SELECT 1 AS one -- ${'y'.repeat(12_000)}`;
		s.consoleErrors.length = 0;
		await s.page.goto(`${s.baseUrl}sql?lang=en&q=${encodeURIComponent(q)}`);
		await s.page.getByText('This query is long, so it did not run by itself; press Run.').waitFor({
			timeout: 30_000
		});
		await s.page.locator('[data-engine-status="ready"]').waitFor({ timeout: 120_000 });
		expect(await s.page.locator('[data-run-status]').getAttribute('data-run-status')).toBe('idle');
		expect(await runAndWait(s.page, 60_000)).toBe('done');
		await expect(
			s.page
				.locator('[data-testid="result-table"] tbody tr:nth-child(1) td:nth-child(1)')
				.textContent()
		).resolves.toBe('1');
		// The whole query was in the editor; too long for a link, it is kept in this browser
		// instead of the URL (a reload of a 20,000-character URL fails).
		await s.page.getByTestId('not-shareable').waitFor();
		expect(new URL(s.page.url()).searchParams.get('q')).toBeNull();
		expect(pageErrors()).toEqual([]);
	});

	it('broken percent-encoding and a query that is not SQL: DuckDB says why, the page goes on', async () => {
		s.consoleErrors.length = 0;
		await s.page.goto(`${s.baseUrl}sql?lang=en&q=SELEC%E0%A4%A%20*%20FROM%20facts`);
		await s.page
			.locator('[data-run-status="error"]')
			.waitFor({ state: 'attached', timeout: 120_000 });
		await expect(s.page.locator('.error[role="alert"]').textContent()).resolves.toMatch(
			/Query error.*syntax error/is
		);
		expect(
			await runQuery(
				s.page,
				`SELECT h_requests FROM harmonized WHERE report_id = 'pingtan_2021' AND applicant = 'total'`,
				60_000
			)
		).toBe('done');
		// 平潭 2021 本年新收 70
		await expect(
			s.page
				.locator('[data-testid="result-table"] tbody tr:nth-child(1) td:nth-child(1)')
				.textContent()
		).resolves.toBe('70');
		expect(pageErrors()).toEqual([]);
	});
});
