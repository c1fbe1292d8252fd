/**
 * The explorer's region panel, timeline and notices, used as a reader uses them: search by pinyin
 * and tick a region, "only this", "clear all", move a year thumb with the keyboard, switch to a
 * metric some selected regions have no value for, add a region whose only report is its General
 * Office's. Each step reads the URL, the chart and the panel.
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

const open = (query: string) => openExplorer(s.page, s.baseUrl, query);
const param = (name: string) => new URL(s.page.url()).searchParams.get(name);
const search = () => s.page.getByRole('searchbox', { name: 'Search regions' });
/** The panel's rows, in list order. */
const rowIds = () =>
	s.page
		.locator('#region-list li[data-region]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-region')!));
const checkedIds = () =>
	s.page
		.locator('#region-list li[data-region]:has(input:checked)')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-region')!));
/** The regions with at least one point on the trend chart. */
const drawnRegions = async () =>
	[...new Set((await trendPoints(s.page)).map((p) => p.series!.split('|')[0]!))].sort();
const notice = (kind: string) =>
	s.page.locator(`[data-testid="view-notices"] li[data-kind="${kind}"]`);
const xTicks = () =>
	s.page
		.locator('figure[data-chart="trend"] .axis.x text')
		.allTextContents()
		.then((ts) => ts.map(Number));

describe('region panel', () => {
	it('finds a region by pinyin, ticks it onto the chart, "only this" and "clear all"', async () => {
		await open('?regions=350128&lang=en');
		await expect.poll(drawnRegions, { timeout: 30_000 }).toEqual(['350128']);

		await search().fill('zhuhai');
		await expect.poll(rowIds).toEqual(['440400']);
		await s.page.getByRole('checkbox', { name: /珠海市/ }).check();
		await s.page.waitForURL((u) => u.searchParams.get('regions') === '350128,440400');
		await expect.poll(drawnRegions).toEqual(['350128', '440400']);
		await expect(s.page.getByTestId('region-count').textContent()).resolves.toBe('2 selected');

		// Without a query: the selected first, in selection order, then the others with reports.
		await search().fill('');
		await expect.poll(async () => (await rowIds()).slice(0, 2)).toEqual(['350128', '440400']);
		await expect.poll(checkedIds).toEqual(['350128', '440400']);
		expect((await rowIds()).length).toBe(7);

		await s.page.getByRole('button', { name: 'Only this: Zhuhai' }).click();
		await s.page.waitForURL((u) => u.searchParams.get('regions') === '440400');
		await expect.poll(drawnRegions).toEqual(['440400']);
		await expect.poll(checkedIds).toEqual(['440400']);

		// Clear all: no region at all (not the default ones), said in the URL and on the chart.
		await s.page.getByRole('button', { name: 'Clear all' }).click();
		await s.page.waitForURL((u) => u.searchParams.get('regions') === 'none');
		await s.page.getByTestId('no-regions').waitFor();
		await expect.poll(drawnRegions).toEqual([]);
		await expect.poll(checkedIds).toEqual([]);
		await expect(s.page.getByTestId('region-count').textContent()).resolves.toBe('0 selected');
		// Ticking a region from there draws it alone.
		await s.page.getByRole('checkbox', { name: /珠海市/ }).check();
		await s.page.waitForURL((u) => u.searchParams.get('regions') === '440400');
		await expect.poll(drawnRegions).toEqual(['440400']);
		await expect(s.page.getByTestId('no-regions').count()).resolves.toBe(0);
		// A shared link of the cleared explorer opens cleared.
		await open('?regions=none&lang=en');
		await s.page.getByTestId('no-regions').waitFor({ timeout: 30_000 });
		await expect.poll(checkedIds).toEqual([]);
	});

	it('moves the timeline thumbs with the keyboard: the URL and the x axis follow', async () => {
		await open('?regions=350128&lang=en');
		await expect.poll(drawnRegions, { timeout: 30_000 }).toEqual(['350128']);
		const span = s.page.getByTestId('year-span');
		// Every year of any report: 2011–2025 (平潭 reported each of them).
		await expect(span.textContent()).resolves.toBe('2011–2025');
		expect(Math.min(...(await xTicks()))).toBe(2011);

		const from = s.page.getByRole('slider', { name: 'From' });
		await from.focus();
		for (const year of [2012, 2013, 2014]) {
			await s.page.keyboard.press('ArrowRight');
			await s.page.waitForURL((u) => u.searchParams.get('from') === String(year));
		}
		await expect.poll(() => span.textContent()).toBe('2014–2025');
		await expect.poll(async () => Math.min(...(await xTicks()))).toBe(2014);
		expect((await trendPoints(s.page)).every((p) => p.year >= 2014)).toBe(true);
		await expect(from.inputValue()).resolves.toBe('2014');

		const to = s.page.getByRole('slider', { name: 'To' });
		await to.focus();
		await s.page.keyboard.press('ArrowLeft');
		await s.page.waitForURL((u) => u.searchParams.get('to') === '2024');
		expect(param('from')).toBe('2014');
		await expect.poll(() => span.textContent()).toBe('2014–2024');
		await expect
			.poll(async () => Math.max(...(await trendPoints(s.page)).map((p) => p.year)))
			.toBe(2024);
		expect(Math.max(...(await xTicks()))).toBeLessThanOrEqual(2024);

		// Back to the end of the track: no limit, the URL drops `to`.
		await s.page.keyboard.press('End');
		await s.page.waitForURL((u) => !u.searchParams.has('to'));
		await expect.poll(() => span.textContent()).toBe('2014–2025');
	});
});

describe('no silent changes', () => {
	it('names the selected regions the correction rate has no value for, and keeps them selected', async () => {
		const six = ['350128', '440400', '131000', '150602', '530400', '150700'];
		await open(`?regions=${six.join(',')}&lang=en`);
		await expect
			.poll(async () => (await drawnRegions()).length, { timeout: 30_000 })
			.toBeGreaterThan(3);
		await s.page.getByTestId('metric').selectOption('correction_rate');
		await s.page.waitForURL((u) => u.searchParams.get('metric') === 'correction_rate');
		await notice('no-data').waitFor({ timeout: 30_000 });
		const drawn = await drawnRegions();
		const missing = six.filter((id) => !drawn.includes(id));
		expect(missing.length).toBeGreaterThan(0);
		expect(drawn.length).toBeGreaterThan(0);
		const text = (await notice('no-data').textContent())!;
		expect(text).toContain('no data for this metric');
		// Each region not drawn is named (its English name as the panel prints it), no drawn one is.
		for (const id of six) {
			const name = (await s.page
				.locator(`#region-list li[data-region="${id}"] .en`)
				.textContent())!;
			expect(text.includes(name), `${id} ${name}`).toBe(missing.includes(id));
		}
		// They stay selected: in the URL and ticked.
		expect(param('regions')).toBe(six.join(','));
		await expect.poll(async () => (await checkedIds()).sort()).toEqual([...six].sort());
	});

	it('keeps the default regions when the metric changes, naming those it cannot draw', async () => {
		await open('?lang=en');
		await expect
			.poll(async () => (await drawnRegions()).length, { timeout: 30_000 })
			.toBeGreaterThan(3);
		const before = (await drawnRegions()).sort();
		await s.page.getByTestId('metric').selectOption('correction_rate');
		await s.page.waitForURL((u) => u.searchParams.get('metric') === 'correction_rate');
		// The regions that were on screen are now the selection, in the URL and ticked.
		expect(param('regions')!.split(',').sort()).toEqual(before);
		await expect.poll(async () => (await checkedIds()).sort()).toEqual(before);
		// Those the correction rate has no value for are named, not dropped without a word.
		await notice('no-data').waitFor({ timeout: 30_000 });
		const drawn = await drawnRegions();
		expect(drawn.length).toBeLessThan(before.length);
		expect(drawn.every((id) => before.includes(id))).toBe(true);
	});

	it('keeps 上海 (a General Office report only) selected with a notice, and its switch draws it', async () => {
		await open('?regions=350128&lang=en');
		await expect.poll(drawnRegions, { timeout: 30_000 }).toEqual(['350128']);
		await search().fill('shanghai');
		await expect.poll(rowIds).toEqual(['310000']);
		await s.page.getByRole('checkbox', { name: /上海市/ }).check();
		await s.page.waitForURL((u) => u.searchParams.get('regions') === '350128,310000');
		await notice('other-units').waitFor({ timeout: 30_000 });
		const text = (await notice('other-units').textContent())!;
		expect(text).toContain('no whole-region report');
		expect(text).toContain('reports by its general office exist');
		expect(text).toContain('Shanghai');
		expect(await drawnRegions()).toEqual(['350128']);
		await expect.poll(checkedIds).toEqual(['310000']);

		await notice('other-units').getByRole('button', { name: 'Show all reporting units' }).click();
		await s.page.waitForURL((u) => u.searchParams.get('units') === 'all');
		await expect.poll(drawnRegions).toEqual(['310000', '350128']);
		expect(param('regions')).toBe('350128,310000');
		await expect(notice('other-units').count()).resolves.toBe(0);
	});
});
