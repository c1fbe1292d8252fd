/**
 * What a reader sees of reporting units and checks: the 平潭 units under short, distinct names, and
 * a failing check as a sentence, drawn on the numbers it involves only.
 * Expected figures are read from the reports (see the comments).
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

const open = (query: string) => openExplorer(s.page, s.baseUrl, query);

/**
 * The labels the trend chart draws at the end of its lines (and the legend, if any), as drawn: a
 * truncated label's full text is its <title>, not part of what the reader sees.
 */
const trendLabels = () =>
	s.page
		.locator('figure[data-chart="trend"] svg text')
		.evaluateAll((els) => els.map((e) => e.childNodes[0]?.textContent?.trim() ?? ''));

describe('unit labels', () => {
	it('names every 平潭 unit shortly and distinctly, in both languages', async () => {
		// units=all: the zone's committee, its office, the county government (2011–2013) and bureaus.
		await open('?regions=350128&units=all&lang=en');
		const series = await s.page
			.locator('figure[data-chart="trend"] circle.point')
			.evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-series')))]);
		expect(series.length).toBeGreaterThan(3);
		await expect.poll(trendLabels).toEqual(expect.arrayContaining(['Pingtan · Admin. Committee']));
		const en = (await trendLabels()).filter((l) => l.startsWith('Pingtan · '));
		expect(en).toEqual(
			expect.arrayContaining([
				'Pingtan · Admin. Committee',
				'Pingtan · General Office',
				// Its line ends in 2013: the label says so (no leader across the plot).
				'Pingtan · County Gov. (2013)'
			])
		);
		expect(new Set(en).size).toBe(en.length);
		for (const l of en) expect(l).not.toMatch(/Comprehensive/);

		await open('?regions=350128&units=all&lang=zh');
		await expect.poll(trendLabels).toEqual(expect.arrayContaining(['平潭 · 管委会']));
		const zh = (await trendLabels()).filter((l) => l.startsWith('平潭 · '));
		expect(zh).toEqual(
			expect.arrayContaining(['平潭 · 管委会', '平潭 · 办公室', '平潭 · 县政府 (2013年)'])
		);
		expect(new Set(zh).size).toBe(zh.length);
	});

	it('names a handling row once, with its year once', async () => {
		await open('?view=handling&regions=350128&from=2021&to=2021&lang=zh');
		const rows = s.page.locator('figure[data-chart="handling"] text.label');
		await rows.first().waitFor();
		const labels = await rows.evaluateAll((els) =>
			els.map((e) => e.childNodes[0]?.textContent?.trim() ?? '')
		);
		expect(labels).toContain('平潭综合实验区 2021');
		for (const l of labels) expect(l).not.toMatch(/(\d{4}) \1/);
	});
});

describe('checks', () => {
	it('opens a failing check as a sentence, and marks only the values it involves', async () => {
		// pingtan_2020 表三: 予以公开 7, 部分公开 6, 无法提供 4 + 3, 不予处理 3, 其他处理 4 add up
		// to 27; 总计 prints 21. The outcomes' total (answered requests) fails, new requests do not.
		await open('?regions=350128&metric=h_handled&from=2020&to=2020&lang=en');
		const point = s.page
			.locator('figure[data-chart="trend"] circle.point[data-year="2020"]')
			.first();
		await expect(point.getAttribute('class')).resolves.toContain('hollow');
		await point.focus();
		await point.press('Enter');
		const panel = s.page.locator('aside.source-panel');
		await panel.waitFor();
		const sums = () =>
			panel
				.locator('tr[data-check="outcomes_sum"]')
				.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText));
		// The total column's row (the applicant columns' rows are named by their column).
		await expect
			.poll(sums, { timeout: 30_000 })
			.toContainEqual(
				expect.stringMatching(/^Fail\s+The outcome rows add up to 27, the printed total is 21\.$/)
			);
		await expect(panel.locator('.checks').innerText()).resolves.not.toMatch(
			/outcomes_sum|columns_sum|prose_vs_table/
		);
		await panel.getByRole('button', { name: 'Close' }).click();

		await open('?regions=350128&metric=h_requests&from=2020&to=2020&lang=zh');
		const requests = s.page
			.locator('figure[data-chart="trend"] circle.point[data-year="2020"]')
			.first();
		await requests.waitFor();
		await expect(requests.getAttribute('class')).resolves.not.toContain('hollow');
		await requests.focus();
		await requests.press('Enter');
		const zh = () =>
			s.page
				.locator('aside.source-panel tr[data-check="outcomes_sum"]')
				.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText));
		await expect
			.poll(zh, { timeout: 30_000 })
			.toContainEqual(expect.stringMatching(/各项办理结果合计27件，报告所列总数为21件。$/));
		await expect(
			s.page.locator('aside.source-panel [data-testid="source-unit"]').innerText()
		).resolves.toBe('平潭 · 管委会');
	});
});

describe('handling colours', () => {
	it('colours denial reasons as denials, not as grants, in the as-printed chart', async () => {
		// pingtan_2021 表三 prints 予以公开 30 and 不予公开 in three reasons (三类内部事务信息 1,
		// 行政执法案卷 6, 行政查询事项 1).
		await open('?view=handling&handling=raw&regions=350128&from=2021&to=2021&lang=en');
		const segments = s.page.locator('figure[data-chart="handling"] rect.segment[data-year="2021"]');
		await segments.first().waitFor();
		const fills = Object.fromEntries(
			await segments.evaluateAll((els) =>
				els.map((e) => {
					const [r, g, b] = getComputedStyle(e).fill.match(/\d+/g)!.map(Number);
					return [e.getAttribute('data-category')!, { r: r!, g: g!, b: b! }];
				})
			)
		);
		const denials = Object.keys(fills).filter((c) => c.startsWith('denied_'));
		expect(denials.sort()).toEqual([
			'denied_admin_query',
			'denied_enforcement_file',
			'denied_internal_affairs'
		]);
		const greenish = (c: { r: number; g: number; b: number }) => c.g > c.r && c.g > c.b;
		expect(greenish(fills.outcome_granted!)).toBe(true);
		for (const d of denials) {
			expect(greenish(fills[d]!), d).toBe(false);
			expect(fills[d]!.r, d).toBeGreaterThan(fills[d]!.g);
		}
	});
});
