/**
 * The explorer, the console and the import page on a phone's width (375 px): every view fits
 * without scrolling sideways, the chart is drawn to the screen's width, and the source panel of a
 * point opens within the screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
	await s.page.setViewportSize({ width: 375, height: 740 });
});
afterAll(async () => {
	await s?.close();
});

/** How far the page scrolls sideways (0 when it fits). */
const overflow = () =>
	s.page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);

const VIEWS: [string, string][] = [
	['trend', 'figure[data-chart="trend"] circle.point'],
	['compare', 'figure[data-chart="compare"] rect.bar'],
	['handling', 'figure[data-chart="handling"] rect.segment'],
	['table', '[data-testid="data-table"] tbody tr'],
	['sources', '[data-testid="sources-table"] tbody tr']
];

describe('on a phone', () => {
	for (const [view, ready] of VIEWS)
		it(`fits the explorer's ${view} view to the screen`, async () => {
			await s.page.goto(`${s.baseUrl}explore?regions=350128,440400,131000&view=${view}&lang=en`);
			await s.page.locator(ready).first().waitFor({ timeout: 30_000 });
			await expect.poll(overflow).toBeLessThanOrEqual(0);
			// A table wider than the screen scrolls inside its box: its last column can be read.
			const lastHeader = s.page.locator('table.data thead th:last-child');
			if (await lastHeader.count()) {
				await lastHeader.scrollIntoViewIfNeeded();
				const box = (await lastHeader.boundingBox())!;
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(375 + 1);
				await expect.poll(overflow).toBeLessThanOrEqual(0);
			}
			const chart = s.page.locator('figure[data-chart] svg.base');
			if (await chart.count()) {
				const box = (await chart.first().boundingBox())!;
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(375);
			}
		});

	it("the table view's names wrap at most once and it shows no empty column", async () => {
		for (const lang of ['en', 'zh']) {
			await s.page.goto(`${s.baseUrl}explore?regions=350128,440400,131000&view=table&lang=${lang}`);
			const table = s.page.getByTestId('data-table');
			await table.locator('tbody tr').first().waitFor({ timeout: 30_000 });
			// The lines of text each name cell takes (the distinct tops of its text's line boxes).
			const lines = await table.locator('tbody td.name').evaluateAll((tds) =>
				tds.map((td) => {
					const range = document.createRange();
					range.selectNodeContents(td);
					const tops = [...range.getClientRects()].map((r) => Math.round(r.top));
					return { text: td.textContent!.trim(), lines: new Set(tops).size };
				})
			);
			// Region and unit of each row (15 pingtan, 3 zhuhai, 5 langfang reports at the least).
			expect(lines.length).toBeGreaterThan(20);
			for (const cell of lines) expect(cell.lines, cell.text).toBeLessThanOrEqual(2);
			expect(lines.some((c) => c.text === 'Pingtan Comprehensive Experimental Zone')).toBe(
				lang === 'en'
			);
			// Every column shown has something in some row: the numerator and denominator of a count
			// are not shown at all.
			const columns = await table.evaluate((t) => {
				const heads = [...t.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
				const rows = [...t.querySelectorAll('tbody tr')].map((tr) =>
					[...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())
				);
				return heads.map((head, i) => ({ head, filled: rows.some((r) => (r[i] ?? '') !== '') }));
			});
			expect(columns.length).toBeGreaterThanOrEqual(4);
			for (const c of columns) {
				expect(c.head).not.toBe('');
				expect(c.filled, c.head).toBe(true);
			}
			if (lang === 'en') expect(columns.map((c) => c.head)).not.toContain('Numerator');
			// The year and the value of a row are on the screen without scrolling sideways: the
			// region column gives way on a phone (the unit's short name begins with the region's).
			const first = table.locator('tbody tr').first();
			for (const cell of [first.locator('td.num').nth(0), first.locator('td.num').nth(1)]) {
				const box = (await cell.boundingBox())!;
				expect(box.x + box.width).toBeLessThanOrEqual(375);
			}
			await expect(table.locator('thead th[data-column="region"]').isVisible()).resolves.toBe(
				false
			);
			await expect(first.locator('td.name').last().textContent()).resolves.toMatch(
				lang === 'en' ? /^(Pingtan|Zhuhai|Langfang) · / : /^(平潭|珠海|廊坊) · /
			);
		}
	});

	it('opens the source of a point within the screen', async () => {
		await s.page.goto(`${s.baseUrl}explore?regions=350128&from=2021&to=2021&lang=en`);
		const point = s.page.locator('figure[data-chart="trend"] circle.point[data-year="2021"]');
		await point.first().waitFor({ timeout: 30_000 });
		await point.first().click();
		const panel = s.page.locator('aside.source-panel');
		await panel.locator('mark').first().waitFor({ timeout: 30_000 });
		const box = (await panel.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(375);
		await expect.poll(overflow).toBeLessThanOrEqual(0);
		await panel.getByRole('button', { name: 'Close' }).click();
		await panel.waitFor({ state: 'detached' });
	});

	it('fits the console with a result, and the import page', async () => {
		await s.page.goto(
			`${s.baseUrl}sql?lang=en&q=${encodeURIComponent('SELECT region_id, year, report_id, format FROM reports ORDER BY 1, 2')}`
		);
		await s.page.locator('[data-engine-status="ready"]').waitFor({ timeout: 120_000 });
		await s.page.getByRole('button', { name: 'Run', exact: true }).click();
		await s.page
			.locator('[data-testid="result-table"] tbody td')
			.first()
			.waitFor({ timeout: 60_000 });
		await expect.poll(overflow).toBeLessThanOrEqual(0);
		await s.page.goto(`${s.baseUrl}import?lang=en`);
		await s.page.locator('h2[data-listed="true"]').waitFor({ timeout: 30_000 });
		await expect.poll(overflow).toBeLessThanOrEqual(0);
	});
});
