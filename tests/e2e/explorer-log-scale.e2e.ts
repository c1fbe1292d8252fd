/**
 * The trend's log scale (issue #20, "side by side with OWID's grapher"), as a reader uses it: the
 * default trend squashes every line under 珠海's 3,561 requests of 2017 (zhuhai_2017 表三, read by
 * hand); "Log" spreads them over powers of ten, the URL keeps it (reload, `yscale=` too), a value
 * of 0 is left out and counted under the chart, and on a phone the choice is in the Settings
 * drawer. Embeds read the same parameter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser.ts';
import { openExplorer, TREND_POINTS, trendPoints } from './explorer-page.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});

const open = (query: string) => openExplorer(s.page, s.baseUrl, query);
const radio = (name: string) => s.page.getByRole('radio', { name, exact: true });
const param = (name: string) => new URL(s.page.url()).searchParams.get(name);

/** The y axis's tick labels and their heights, top to bottom as drawn. */
const yTicks = () =>
	s.page
		.locator('figure[data-chart="trend"] g.axis.y text')
		.evaluateAll((els) =>
			els.map((e) => ({ label: e.textContent ?? '', y: Number(e.getAttribute('y')) }))
		);
const labels = async () => (await yTicks()).map((t) => t.label);
/** Labels that are powers of ten (1, 10, 100, 1,000 …), as a log axis has. */
const powersOfTen = (ls: string[]) => ls.filter((l) => /^10{0,2}(,000)*$/.test(l));

/**
 * Waits for a log axis (labels 10, 100 and 1,000: a linear axis up to 珠海's 3,561 has 1,000 but
 * not 10), then checks it is one: 10 → 100 and 100 → 1,000 the same height apart (linear: 10 times).
 */
async function expectLogAxis() {
	await expect
		.poll(labels, { timeout: 30_000 })
		.toEqual(expect.arrayContaining(['10', '100', '1,000']));
	const ticks = await yTicks();
	const at = (label: string) => ticks.find((t) => t.label === label)!.y;
	const low = at('10') - at('100');
	const high = at('100') - at('1,000');
	expect(low).toBeGreaterThan(20);
	expect(Math.abs(high - low)).toBeLessThanOrEqual(0.2);
}

describe('the trend on a log scale', () => {
	it('switches to Log, keeps it in the URL across a reload, and counts the zeros it cannot draw', async () => {
		s.consoleErrors.length = 0;
		await open('?lang=en');
		// Linear: every value is drawn, zeros on the zero line.
		await expect(radio('Linear').isChecked()).resolves.toBe(true);
		await expect.poll(async () => (await trendPoints(s.page)).length).toBeGreaterThan(0);
		const linear = await trendPoints(s.page);
		const zeros = linear.filter((p) => p.value === 0).length;
		// 平潭's zone reported no request at all in several years (e.g. pingtan_2015 表三: 0).
		expect(zeros).toBeGreaterThan(0);
		expect(linear.some((p) => p.value === 3561)).toBe(true);
		await expect(labels()).resolves.toContain('0');
		await expect(s.page.locator('figure[data-chart="trend"]').textContent()).resolves.not.toContain(
			'log scale'
		);

		await radio('Log').click();
		await s.page.waitForURL(/[?&]scale=log/);
		await expectLogAxis();
		expect(powersOfTen(await labels()).length).toBeGreaterThanOrEqual(3);
		expect(await labels()).not.toContain('0');
		// The zeros are left out, the rest is drawn; the note under the chart counts them.
		const log = await trendPoints(s.page);
		expect(log.length).toBe(linear.length - zeros);
		expect(log.every((p) => p.value > 0)).toBe(true);
		const note = s.page.locator('figure[data-chart="trend"] .notes');
		await expect(note.textContent()).resolves.toContain(
			`${zeros} points with a value of 0 or less are not drawn on the log scale`
		);
		// 珠海 2017 sits above the 1,000 line, below the top of the axis.
		const zhuhai = s.page.locator(`${TREND_POINTS}[data-value="3561"]`);
		const cy = Number(await zhuhai.getAttribute('cy'));
		const ticks = await yTicks();
		expect(cy).toBeLessThan(ticks.find((t) => t.label === '1,000')!.y);
		expect(cy).toBeGreaterThanOrEqual(Math.min(...ticks.map((t) => t.y)));

		await s.page.reload();
		await s.page.locator('.explorer[data-tables="loaded"]').waitFor({ timeout: 60_000 });
		expect(param('scale')).toBe('log');
		await expect(radio('Log').isChecked()).resolves.toBe(true);
		await expectLogAxis();

		// Back to Linear: the default is not written.
		await radio('Linear').click();
		await expect.poll(() => param('scale')).toBeNull();
		await expect.poll(labels).toContain('0');
		expect(s.consoleErrors).toEqual([]);
	});

	it('reads yscale=log, in Chinese too, and offers the choice only in the trend', async () => {
		await open('?yscale=log');
		await expect(radio('对数').isChecked()).resolves.toBe(true);
		await expectLogAxis();
		await expect(
			s.page.locator('figure[data-chart="trend"] .notes').textContent()
		).resolves.toMatch(/\d+个数值为0或以下的点无法在对数刻度上绘出/);
		await s.page.getByRole('tab', { name: '对比' }).click();
		await s.page.waitForURL(/view=compare/);
		await s.page.locator('figure[data-chart="compare"]').first().waitFor();
		await expect(radio('对数').count()).resolves.toBe(0);
	});

	it('puts Linear | Log in the Settings drawer on a phone (375 px)', async () => {
		await s.page.setViewportSize({ width: 375, height: 812 });
		try {
			await open('?lang=en');
			await expect(radio('Log').isVisible()).resolves.toBe(false);
			await s.page.getByTestId('open-settings').click();
			const drawer = s.page.getByTestId('explorer-settings');
			await drawer.waitFor({ state: 'visible' });
			await drawer.getByRole('radio', { name: 'Log', exact: true }).click();
			await s.page.waitForURL(/[?&]scale=log/);
			await drawer.getByRole('button', { name: 'Close settings' }).click();
			await drawer.waitFor({ state: 'hidden' });
			await expectLogAxis();
			const svg = (await s.page.locator('figure[data-chart="trend"] svg.base').boundingBox())!;
			expect(svg.x + svg.width).toBeLessThanOrEqual(375 + 1);
		} finally {
			await s.page.setViewportSize({ width: 1200, height: 900 });
		}
	});

	it('draws an embed of the trend on a log scale from the same parameter', async () => {
		await s.page.goto(`${s.baseUrl}embed/trend?lang=en&scale=log`);
		await s.page.locator('figure[data-chart="trend"] svg').first().waitFor();
		await expectLogAxis();
		await expect(s.page.getByTestId('embed-problems').count()).resolves.toBe(0);
		await s.page.goto(`${s.baseUrl}embed/trend?lang=en&yscale=log`);
		await expectLogAxis();
	});
});
