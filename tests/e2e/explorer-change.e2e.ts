/**
 * The year-over-year view, added through the views registry (src/lib/views/change): its tab, its
 * chart's marks, its link, the keyboard on its marks and its SQL. Expected changes come from the
 * figures printed in 平潭综合实验区's reports: 2020 "本年新收政府信息公开申请数量 … 21" (the prose
 * says "共受理政府信息公开申请21件"), 2021 "… 70" ("本年度全区共收到70件申请"), no carry-over either
 * year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser.ts';
import { openExplorer, trendPoints } from './explorer-page.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});

const POINTS = 'figure[data-chart="trend"] circle.point';
const change2021 = (70 - 21) / 21;

describe('year-over-year view', () => {
	it('is a tab of the explorer whose chart draws the change on the previous year', async () => {
		await openExplorer(s.page, s.baseUrl, '?regions=350128&lang=en');
		await s.page.getByRole('tab', { name: 'Year-over-year' }).click();
		await s.page.waitForURL(/view=change/);
		const figure = s.page.locator('figure[data-chart]');
		await expect
			.poll(() => figure.locator('.title').textContent())
			.toBe('Requests (comparable): change on the previous year');
		await expect
			.poll(async () => (await trendPoints(s.page, POINTS)).find((p) => p.year === 2021)?.value)
			.toBeCloseTo(change2021, 6);
		// The first year with a report has no previous year: no point.
		const years = (await trendPoints(s.page, POINTS)).map((p) => p.year);
		expect(Math.min(...years)).toBeGreaterThan(2011);

		// The shared frame's keyboard and tooltip work on the new view's marks.
		const p2020 = s.page.locator(`${POINTS}[data-year="2020"]`).first();
		await p2020.focus();
		await s.page.keyboard.press('ArrowRight');
		await expect
			.poll(() => s.page.evaluate(() => document.activeElement?.getAttribute('data-year')))
			.toBe('2021');
		await expect.poll(() => s.page.locator('.tooltip').textContent()).toMatch(/233(\.3)?%/);
	});

	it('opens from its link, in Chinese, and its SQL adds the change', async () => {
		await openExplorer(s.page, s.baseUrl, '?view=change&regions=350128&lang=zh');
		await expect
			.poll(() => s.page.getByRole('tab', { name: '同比变化' }).getAttribute('aria-selected'))
			.toBe('true');
		await expect
			.poll(async () => (await trendPoints(s.page, POINTS)).find((p) => p.year === 2021)?.value)
			.toBeCloseTo(change2021, 6);
		// The view's own link (the navigation's console link also carries ?lang=).
		const href = await s.page.getByTestId('open-sql').getAttribute('href');
		const q = new URL(href!, s.baseUrl).searchParams.get('q')!;
		expect(q).toMatch(/lag\(value\) OVER w/);
		expect(q).toMatch(/FROM harmonized h/);
	});
});
