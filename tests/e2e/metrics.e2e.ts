/**
 * The derived metrics as a reader meets them (issue 17): the /metrics page, reached from the
 * footer, defines every metric and rate; the explorer shows a metric's definition on hover and
 * links to it; every rate has its "Open in SQL", the correction rate included; a report covering
 * part of a year (langfang_2014, January–November) and a rate over a small denominator say so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { openSession, type Session } from './browser.ts';
import { openExplorer, TREND_POINTS } from './explorer-page.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});

describe('/metrics', () => {
	it('is linked from the footer and defines a metric in both languages', async () => {
		await s.page.goto(`${s.baseUrl}explore?lang=en`);
		await s.page
			.getByRole('contentinfo')
			.getByRole('link', { name: /Metrics/ })
			.click();
		// The footer keeps the page's language (?lang=en).
		await s.page.waitForURL(/\/metrics(\?lang=en)?$/, { timeout: 30_000 });
		const granted = s.page.getByTestId('metric-h_granted');
		const text = await granted.innerText();
		// Before 2019: 同意公开答复数 + 属于已主动公开范围数; since 2019: 表三 予以公开.
		expect(text).toMatch(
			/answer_granted 同意公开答复数\s*\+\s*answer_already_public 属于已主动公开范围数/
		);
		expect(text).toMatch(/outcome_granted/);
		expect(text).toMatch(/Requests granted in full/);
		expect(text).toMatch(/予以公开（全部公开）的申请数/);
		// How a missing part is treated, and where to find which parts were missing.
		expect(text).toMatch(/h_granted_missing/);
		// The rates name the small-denominator threshold the compare view uses.
		await expect(s.page.locator('.metrics > p[lang="en"]').innerText()).resolves.toMatch(
			/below 30 says so and is left out of rankings/
		);
		expect(await seriousViolations(s.page)).toEqual([]);
	});

	it('is prerendered: every definition is in the HTML the server sends', async () => {
		const html = await (await fetch(`${s.baseUrl}metrics`)).text();
		expect(html).toContain('id="correction_rate"');
		expect(html).toContain(
			'(h_review_corrected + h_lawsuits_corrected) / (h_reviews_concluded + h_lawsuits_concluded)'
		);
	});
});

describe('the explorer and the definitions', () => {
	it('shows a metric definition on hover and follows its link to /metrics', async () => {
		await openExplorer(s.page, s.baseUrl, '?metric=correction_rate&lang=en');
		const select = s.page.getByTestId('metric');
		await expect
			.poll(() => select.getAttribute('title'), { timeout: 30_000 })
			.toMatch(/reviews and lawsuits that corrected the agency/i);
		// "Open in SQL" is there for the correction rate (it once silently disappeared).
		await expect(s.page.getByTestId('open-sql').getAttribute('href')).resolves.toMatch(
			/h_review_corrected/
		);
		await s.page.getByTestId('metric-definition').click();
		await s.page.waitForURL(/\/metrics(\?lang=en)?#correction_rate$/, { timeout: 30_000 });
		await expect(s.page.locator('#correction_rate').innerText()).resolves.toMatch(
			/as a share of those concluded/
		);
	});

	it("marks langfang_2014's January–November figures in the trend's tooltip and table", async () => {
		// langfang_2014: "1—11月,全市共受理政府信息公开申请69件".
		await openExplorer(s.page, s.baseUrl, '?regions=131000&lang=en');
		const point = s.page.locator(`${TREND_POINTS}[data-year="2014"]`);
		await expect
			.poll(() => point.getAttribute('aria-label'), { timeout: 30_000 })
			.toMatch(/69.*covers 11 months only/);
		await openExplorer(s.page, s.baseUrl, '?regions=131000&lang=en&view=table');
		const row = s.page.getByTestId('data-table').locator('tbody tr', { hasText: '2014' });
		await expect
			.poll(() => row.getByTestId('row-notes').innerText(), { timeout: 30_000 })
			.toBe('covers 11 months only');
	});

	it('says so where a rate has a small denominator', async () => {
		// pingtan_2014 统计表: 对申请的答复总数 1, 同意公开答复数 1: 1 of 1, below 30.
		await openExplorer(s.page, s.baseUrl, '?regions=350128&metric=grant_rate&lang=en&view=table');
		const row = s.page
			.getByTestId('data-table')
			.locator('tbody tr')
			// The unit's cell shows its short label and holds its full name as a title.
			.filter({ has: s.page.locator('td[title="平潭综合实验区管委会"]') })
			.filter({ hasText: '2014' });
		await expect
			.poll(() => row.getByTestId('row-notes').innerText(), { timeout: 30_000 })
			.toMatch(/answer_already_public not printed; denominator below 30/);
	});
});
