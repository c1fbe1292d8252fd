/**
 * The handling view before 2019, where a report prints only some of the era's categories (issue
 * #20), read as a person reads it at 375 and 1280 px: what the 平潭 2014 row shows, what a bar
 * whose printed categories leave answers unaccounted shows, and that the "not printed" rest is a
 * mark like the others (keyboard, tooltip, source panel). Expected figures are the reports' own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser.ts';
import { openExplorer } from './explorer-page.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});

const CHART = 'figure[data-chart="handling"]';
/** The row and segments of one bar (key = unit's group key and year). */
const row = (key: string) => s.page.locator(`${CHART} g.row[data-key="${key}"]`);
const segments = (key: string) =>
	s.page.locator(`${CHART} rect.segment[data-key="${key}"]`).evaluateAll((els) =>
		els.map((e) => ({
			category: e.getAttribute('data-category'),
			value: Number(e.getAttribute('data-value')),
			share: Number(e.getAttribute('data-share')),
			label: e.getAttribute('aria-label') ?? '',
			width: Number(e.getAttribute('width'))
		}))
	);

const ZONE_2014 = '350128|平潭综合实验区管委会|2014';
const ZIRAN_2017 = '350128|平潭综合实验区环境与国土资源局|2017';
const ZIRAN_2018 = '350128|平潭综合实验区环境与国土资源局|2018';

for (const width of [375, 1280])
	describe(`pre-2019 handling at ${width} px`, () => {
		beforeAll(async () => {
			await s.page.setViewportSize({ width, height: 900 });
		});

		it('平潭 2014: one answer, granted — a whole bar, not "incomplete", that says so', async () => {
			await openExplorer(s.page, s.baseUrl, '?view=handling&regions=350128&lang=zh');
			await row(ZONE_2014).waitFor({ timeout: 30_000 });
			// pingtan_2014 统计表: 对申请的答复总数 1; 同意公开 1, 同意部分公开 0, 不予公开 0, 其他类型 0.
			await expect(row(ZONE_2014).getAttribute('data-status')).resolves.toBe('complete');
			await expect(row(ZONE_2014).locator('text.note').count()).resolves.toBe(0);
			const segs = await segments(ZONE_2014);
			expect(segs.map((x) => [x.category, x.value, x.share])).toEqual([['granted', 1, 1]]);
			// Its name says how many answers, and why the categories not printed are nothing.
			expect(segs[0]!.label).toContain('予以公开');
			expect(segs[0]!.label).toContain('/1，占比100%');
			expect(segs[0]!.label).toContain('未列出无法提供、其他；已列类别合计即全部答复（1件）');
			expect(segs[0]!.label).not.toContain('不完整');
		});

		it('环境与国土资源局 2017 and 2018: the unaccounted answers are a hatched "not printed" mark', async () => {
			await openExplorer(
				s.page,
				s.baseUrl,
				'?view=handling&regions=350128&units=department&from=2017&to=2018&lang=en'
			);
			await row(ZIRAN_2018).waitFor({ timeout: 30_000 });
			// pingtan-ziran_2017 附表: 答复总数 14; 同意公开 1, 同意部分公开 5, 不予公开 0, 其他类型 8.
			const y2017 = await segments(ZIRAN_2017);
			expect(y2017.map((x) => [x.category, x.value, x.share])).toEqual([
				['granted', 1, 0.0714],
				['partial', 5, 0.3571],
				['not_printed', 8, 0.5714]
			]);
			// pingtan-ziran_2018 附表: 答复总数 13; 同意部分公开 3, 其他类型 10: 部分公开 is 3 of 13, not all.
			const y2018 = await segments(ZIRAN_2018);
			expect(y2018.map((x) => [x.category, x.value, x.share])).toEqual([
				['partial', 3, 0.2308],
				['not_printed', 10, 0.7692]
			]);
			expect(y2018[1]!.width).toBeGreaterThan(y2018[0]!.width * 3);
			expect(y2018[1]!.label).toContain('10 of 13 answers in no printed category');
			await expect(row(ZIRAN_2018).getAttribute('data-status')).resolves.toBe('incomplete');
			await expect(s.page.locator(`${CHART} .legend`).innerText()).resolves.toContain(
				'In no printed category'
			);
			// Drawn hatched (a pattern fill), not in a category's colour.
			const fill = await s.page
				.locator(`${CHART} rect.segment[data-key="${ZIRAN_2018}"][data-category="not_printed"]`)
				.evaluate((e) => getComputedStyle(e).fill);
			expect(fill).toMatch(/^url\(/);
		});

		it('the "not printed" mark is reached by the arrow keys and opens its report', async () => {
			const partial = s.page.locator(
				`${CHART} rect.segment[data-key="${ZIRAN_2018}"][data-category="partial"]`
			);
			await partial.focus();
			await s.page.keyboard.press('ArrowRight');
			await expect
				.poll(() => s.page.evaluate(() => document.activeElement?.getAttribute('data-category')))
				.toBe('not_printed');
			await s.page.locator(`${CHART} .tooltip`).waitFor();
			await expect(s.page.locator(`${CHART} .tooltip`).innerText()).resolves.toContain(
				'10 of 13 answers'
			);
			await s.page.keyboard.press('Enter');
			const panel = s.page.locator('aside.source-panel');
			await panel.locator('pre mark').first().waitFor({ timeout: 30_000 });
			expect(await panel.getAttribute('data-report')).toBe('pingtan-ziran_2018');
			await s.page.keyboard.press('Escape');
			await panel.waitFor({ state: 'detached' });
		});
	});
