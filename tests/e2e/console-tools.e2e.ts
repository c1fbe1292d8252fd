/**
 * The console's tools as an analyst uses them: chart a ranking as bars and a trend as lines, the
 * settings in the link and back after a reload (a hostile link's settings said and ignored); a
 * parse error read as a sentence with its place marked; a table's columns shown by a click; Copy
 * link (and its fallback when the clipboard is refused); the query history across a reload.
 * Expected values come from Node DuckDB over the same files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXAMPLES } from '../../src/lib/console/examples.ts';
import { resolve } from 'node:path';
import { DATA_DIR, openBuiltData, rows } from '../sql/parquet-db.ts';
import { openSession, type Session } from './browser.ts';
import * as consolePage from './console-page.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});

async function ready(page: Page = s.page) {
	await page.locator('[data-engine-status="ready"]').waitFor({ timeout: 90_000 });
}
async function open(query = '?lang=en', page: Page = s.page) {
	await page.goto(`${s.baseUrl}sql${query}`);
	await ready(page);
}
const runQuery = (sql: string, page: Page = s.page) => consolePage.runQuery(page, sql);
const chart = () => s.page.getByTestId('result-chart');
const barCategories = () =>
	chart()
		.locator('rect.bar')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-category')));
const labels = () => chart().locator('[data-testid="chart-categories"] text').allTextContents();
const editorText = () => s.page.getByRole('textbox', { name: 'SQL editor' }).textContent();

const RANKING = `SELECT r.name_zh AS region_name, count(*) AS n
FROM reports p JOIN regions r USING (region_id)
GROUP BY 1 ORDER BY 1`;

describe('Chart this result', () => {
	it('draws a ranking by region as bars, sorted by value or as in the result, and keeps it in the link', async () => {
		const c = await openBuiltData();
		const result = (await rows(c, RANKING)).map((r) => ({
			name: String(r.region_name),
			n: Number(r.n)
		}));
		expect(result.length).toBeGreaterThan(3);
		const byValue = result
			.map((r, i) => ({ ...r, i }))
			.sort((a, b) => b.n - a.n || a.i - b.i)
			.map((r) => r.name);
		const asResult = result.map((r) => r.name);
		expect(byValue).not.toEqual(asResult);

		await open();
		expect(await runQuery(RANKING)).toBe('done');
		await s.page.getByText('Chart this result').click();
		await chart().getByRole('radio', { name: 'Lines' }).check();
		await chart().getByRole('radio', { name: 'Bars' }).check();
		await expect.poll(barCategories).toEqual(byValue);
		expect(await labels()).toEqual(byValue);
		// A long Chinese name: horizontal bars, the label column wide enough for it.
		expect(await chart().locator('svg[data-mark="bar"]').getAttribute('data-orient')).toBe('h');
		const values = await chart()
			.locator('rect.bar')
			.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
		expect(values).toEqual(byValue.map((name) => result.find((r) => r.name === name)!.n));

		await chart().getByLabel('order').selectOption('result');
		await expect.poll(barCategories).toEqual(asResult);
		const url = new URL(s.page.url());
		expect(url.searchParams.get('chart')).toBe('bar');
		expect(url.searchParams.get('x')).toBe('region_name');
		expect(url.searchParams.get('y')).toBe('n');
		expect(url.searchParams.get('sort')).toBe('result');

		// The link redraws the same chart.
		await s.page.reload();
		await ready();
		await expect.poll(barCategories).toEqual(asResult);
		expect(await labels()).toEqual(asResult);
		expect(await chart().getByRole('radio', { name: 'Bars' }).isChecked()).toBe(true);

		// The keyboard reaches the bars and moves between them.
		await chart().locator('rect.bar').first().focus();
		await s.page.keyboard.press('ArrowDown');
		await expect
			.poll(() => s.page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
			.toBe(`region_name ${asResult[1]}: n ${result[1]!.n}`);
	});

	it('draws the grant-rate example as one line per region, with a legend', async () => {
		const ex = EXAMPLES.find((e) => e.id === 'grant_rate')!;
		const c = await openBuiltData();
		const file = resolve(DATA_DIR, 'harmonized.parquet');
		await c.run(`CREATE VIEW harmonized AS SELECT * FROM read_parquet('${file}')`);
		const regions = new Set((await rows(c, ex.sql)).map((r) => String(r.name_zh)));
		expect(regions.size).toBeGreaterThan(1);
		await open();
		expect(await runQuery(ex.sql)).toBe('done');
		await s.page.getByText('Chart this result').click();
		expect(await chart().getByRole('radio', { name: 'Lines' }).isChecked()).toBe(true);
		const expected = Math.min(12, regions.size);
		await expect.poll(() => chart().locator('path.line').count()).toBe(expected);
		const legend = await chart().getByTestId('chart-legend').locator('li').allTextContents();
		expect(legend).toHaveLength(expected);
		for (const name of legend) expect(regions.has(name)).toBe(true);
		expect(new URL(s.page.url()).searchParams.get('series')).toBe('name_zh');
	});

	it('says what it ignores in a hostile link and still draws', async () => {
		const q = encodeURIComponent('SELECT 1 AS a, 2 AS b UNION ALL SELECT 3, 5');
		await open(
			`?lang=en&q=${q}&chart=pie%3Cscript%3E&sort=up&x=nope&y=%3Cimg%20src%3Dx%3E&series=${'s'.repeat(300)}`
		);
		const problems = await s.page.getByTestId('url-problems').textContent();
		expect(problems).toContain('“chart”');
		expect(problems).toContain('“sort”');
		expect(problems).toContain('“series” is longer than 200 characters');
		await s.page.getByTestId('chart-problems').waitFor();
		const said = await s.page.getByTestId('chart-problems').textContent();
		expect(said).toContain('the result has no column “nope”');
		expect(said).toContain('the result has no column “<img src=x>”');
		await expect.poll(() => chart().locator('circle.point').count()).toBe(2);
		expect(await s.page.locator('img').count()).toBe(0);
		expect(s.consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
	});
});

describe('chart settings of a failing query', () => {
	it('stay in the link until a result can be drawn', async () => {
		await open(`?lang=en&q=${encodeURIComponent('SELEC 1')}&chart=bar&x=a&y=b&sort=result`);
		await s.page.getByTestId('error-sentence').waitFor();
		const params = new URL(s.page.url()).searchParams;
		expect([params.get('chart'), params.get('x'), params.get('y'), params.get('sort')]).toEqual([
			'bar',
			'a',
			'b',
			'result'
		]);
		expect(await runQuery("SELECT 'p' AS a, 3 AS b UNION ALL SELECT 'q', 5")).toBe('done');
		await expect.poll(barCategories).toEqual(['p', 'q']);
	});
});

describe('errors, schema, link, history', () => {
	it('shows a parse error as a sentence with its place marked', async () => {
		await open();
		expect(await runQuery('SELECT region_name, count(*) n FROM reports GROUP BY')).toBe('error');
		expect(await s.page.getByTestId('error-sentence').textContent()).toContain(
			'Syntax error: the query ends too early'
		);
		expect(await s.page.getByTestId('error-excerpt').locator('mark').textContent()).toBe('BY');
		expect(await s.page.getByTestId('sql-error-mark').textContent()).toBe('BY');

		expect(await runQuery('SELECT 1 AS one,\n  2 AS two FORM reports')).toBe('error');
		expect((await s.page.getByTestId('error-sentence').textContent())?.trim()).toBe(
			'Syntax error at or near "FORM".'
		);
		expect(await s.page.getByTestId('error-excerpt').textContent()).toBe('  2 AS two FORM reports');
		expect(await s.page.getByTestId('error-excerpt').locator('mark').textContent()).toBe('FORM');
		expect(await s.page.getByTestId('error-at').textContent()).toContain('line 2, column 12');
		const alert = (await s.page.getByRole('alert').allTextContents()).join(' ');
		expect(alert).not.toContain('exception_type');
		expect(alert).not.toContain('{"');

		// A link's query runs by itself; the sentence in Chinese.
		await open('?lang=zh&q=SELEC%201');
		await expect
			.poll(() => s.page.getByTestId('error-sentence').textContent())
			.toContain('语法错误：在 "SELEC" 处或其附近。');
	});

	it('shows a table’s columns with their types on a click, and inserts its name with “insert”', async () => {
		const c = await openBuiltData();
		const described = (await rows(c, 'DESCRIBE regions')).map((r) => String(r.column_name));
		await open();
		const schema = s.page.getByTestId('schema');
		const name = schema.getByRole('button', { name: 'regions', exact: true });
		await name.waitFor({ timeout: 30_000 });
		await typeInto('SELECT count(*) FROM ');
		await name.click();
		expect(await name.getAttribute('aria-expanded')).toBe('true');
		const list = schema.getByRole('list', { name: 'Columns of regions' });
		const columns = await list.locator('li .name').allTextContents();
		expect(columns).toEqual(described);
		const types = await list.locator('li .type').allTextContents();
		expect(types.every((t) => /^[A-Z]/.test(t))).toBe(true);
		// The click did not type anything.
		expect(await editorText()).toBe('SELECT count(*) FROM ');
		await schema.getByRole('button', { name: 'Insert regions', exact: true }).click();
		expect(await editorText()).toBe('SELECT count(*) FROM regions');
		// Keyboard: Enter on a name opens and closes it.
		const reports = schema.getByRole('button', { name: 'reports', exact: true });
		await reports.focus();
		await s.page.keyboard.press('Enter');
		await expect.poll(() => reports.getAttribute('aria-expanded')).toBe('true');
		await s.page.keyboard.press('Enter');
		await expect.poll(() => reports.getAttribute('aria-expanded')).toBe('false');
	});

	it('copies the link with the query and chart, and offers the link to select when the clipboard is refused', async () => {
		await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(s.baseUrl).origin
		});
		await open();
		expect(await runQuery(RANKING)).toBe('done');
		await s.page.getByText('Chart this result').click();
		await chart().locator('rect.bar').first().waitFor();
		await s.page.getByRole('button', { name: 'Copy link' }).click();
		await s.page.getByText('Link copied').waitFor();
		const copied = await s.page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(s.page.url());
		const params = new URL(copied).searchParams;
		expect(params.get('q')).toBe(RANKING);
		expect(params.get('chart')).toBe('bar');

		// A browser that refuses the clipboard.
		const context = await s.browser.newContext();
		await context.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new Error('NotAllowedError')) }
			});
		});
		const page = await context.newPage();
		try {
			await open('?lang=en', page);
			await consolePage.typeQuery(page, 'SELECT 42 AS answer');
			await page.getByRole('button', { name: 'Copy link' }).click();
			const field = page.getByRole('textbox', { name: 'Link to this page' });
			await field.waitFor();
			const value = await field.inputValue();
			expect(new URL(value).searchParams.get('q')).toBe('SELECT 42 AS answer');
			await expect
				.poll(() =>
					field.evaluate((e: HTMLInputElement) => [
						document.activeElement === e,
						e.selectionStart,
						e.selectionEnd
					])
				)
				.toEqual([true, 0, value.length]);
			// Too long for a link: said.
			await consolePage.typeQuery(page, `SELECT 1 AS x -- ${'x'.repeat(4_100)}`);
			await page.getByRole('button', { name: 'Copy link' }).click();
			await page.getByTestId('link-without-query').waitFor();
			expect(new URL(await field.inputValue()).searchParams.get('q')).toBeNull();
		} finally {
			await context.close();
		}
	});

	it('keeps the queries run, newest first, across a reload, and clears them after asking', async () => {
		const context = await s.browser.newContext();
		const page = await context.newPage();
		try {
			await open('?lang=en', page);
			for (const q of ['SELECT 1 AS one', 'SELECT 2 AS two', 'SELECT 1 AS one', 'SELEC 3'])
				await runQuery(q, page);
			await page.reload();
			await ready(page);
			const history = page.getByTestId('query-history');
			await history.locator('summary').click();
			const items = history.locator('li button.query');
			await expect
				.poll(() => items.allTextContents())
				.toEqual(['SELEC 3', 'SELECT 1 AS one', 'SELECT 2 AS two']);
			expect(await history.locator('li time').count()).toBe(3);
			await history.getByRole('button', { name: 'Load into the editor: SELECT 2 AS two' }).click();
			expect(await page.getByRole('textbox', { name: 'SQL editor' }).textContent()).toBe(
				'SELECT 2 AS two'
			);
			// The history is never in the link (the link holds only the query last run).
			expect(new URL(page.url()).searchParams.get('q')).toBe('SELEC 3');
			expect(page.url()).not.toMatch(/two|one/);
			page.once('dialog', (d) => void d.accept());
			await history.getByRole('button', { name: 'Clear history' }).click();
			await history.getByText('Queries you run appear here.').waitFor();
			// Opened again (without a query in the link, which would run and be kept): still empty.
			await open('?lang=en', page);
			await page.getByTestId('query-history').locator('summary').click();
			await page.getByText('Queries you run appear here.').waitFor();
		} finally {
			await context.close();
		}
	});
});

async function typeInto(sql: string) {
	await consolePage.typeQuery(s.page, sql);
}
