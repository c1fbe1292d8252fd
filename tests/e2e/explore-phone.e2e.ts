/**
 * The explorer's one chart card on a phone (375 × 812) and on a desktop (issue #20, and #17's
 * definition on hover): the chart comes first, the tabs stay on one line, the controls live in a
 * Settings drawer (focus in and back, Escape, the close button), the controls a view ignores are
 * hidden, "About this metric" under the chart names the metric's definition (from the spec's text)
 * in both languages, and the source panel's close button stays on screen. The expected
 * definitions are read from the spec's own text, the file the /metrics page shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DERIVED_TEXT } from '../../src/lib/contract/derived-metrics-text.ts';
import { openSession, type Session } from './browser.ts';
import { openExplorer } from './explorer-page.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
	await s.page.setViewportSize({ width: 375, height: 812 });
});
afterAll(async () => {
	await s?.close();
});

const open = (query: string) => openExplorer(s.page, s.baseUrl, query);
const chartSvg = () => s.page.locator('figure[data-chart] svg.base').first();
const drawer = () => s.page.getByTestId('explorer-settings');
const settingsButton = () => s.page.getByTestId('open-settings');
const about = () => s.page.getByTestId('about-metric');
/** Whether the focused element is inside the drawer. */
const focusInDrawer = () =>
	s.page.evaluate(
		() => document.getElementById('explorer-settings')?.contains(document.activeElement) ?? false
	);
const focusedTestId = () =>
	s.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

describe('the explorer on a phone (375 px)', () => {
	it('shows the chart within the first 800 px, under one line of tabs', async () => {
		await open('?lang=en');
		const svg = chartSvg();
		await expect.poll(() => svg.isVisible()).toBe(true);
		const box = (await svg.boundingBox())!;
		expect(box.y).toBeLessThan(800);
		expect(box.y).toBeGreaterThanOrEqual(0);
		// Every tab on the same line (the strip scrolls sideways rather than wrapping).
		const tops = await s.page
			.getByRole('tab')
			.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
		expect(tops.length).toBeGreaterThanOrEqual(6);
		expect(new Set(tops).size).toBe(1);
		// The controls are not on the page until the drawer is opened.
		await expect(drawer().isVisible()).resolves.toBe(false);
		await expect(s.page.getByTestId('metric').isVisible()).resolves.toBe(false);
	});

	it('scrolls the active tab into view', async () => {
		await open('?view=sources&lang=en');
		const tab = s.page.getByRole('tab', { name: 'Sources' });
		await expect.poll(async () => (await tab.boundingBox())!.x).toBeGreaterThanOrEqual(0);
		const box = (await tab.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(375 + 1);
	});

	it('changes the metric in the Settings drawer: the chart title and the URL follow', async () => {
		await open('?lang=en');
		await settingsButton().click();
		await drawer().waitFor({ state: 'visible' });
		await expect.poll(focusInDrawer).toBe(true);
		const metric = s.page.getByTestId('metric');
		const label = (await metric.locator('option[value="h_handled"]').textContent())!.trim();
		expect(label.length).toBeGreaterThan(0);
		await metric.selectOption('h_handled');
		await s.page.waitForURL(/[?&]metric=h_handled/);
		await drawer().getByRole('button', { name: 'Close settings' }).click();
		await drawer().waitFor({ state: 'hidden' });
		await expect.poll(focusedTestId).toBe('open-settings');
		await expect
			.poll(() => s.page.locator('figure[data-chart="trend"] .title').textContent())
			.toBe(label);
		await expect.poll(() => about().getAttribute('data-metric')).toBe('h_handled');
		await expect(about().textContent()).resolves.toContain(DERIVED_TEXT.h_handled!.definition.en);
	});

	it('closes the drawer with Escape, focus back on Settings', async () => {
		await open('?lang=en');
		await settingsButton().click();
		await drawer().waitFor({ state: 'visible' });
		await expect.poll(focusInDrawer).toBe(true);
		await s.page.keyboard.press('Escape');
		await drawer().waitFor({ state: 'hidden' });
		await expect.poll(focusedTestId).toBe('open-settings');
		// A Tab inside the open drawer does not leave it for the page behind.
		await settingsButton().click();
		await drawer().waitFor({ state: 'visible' });
		for (let i = 0; i < 3; i++) await s.page.keyboard.press('Shift+Tab');
		await expect.poll(focusInDrawer).toBe(true);
		await s.page.keyboard.press('Escape');
		await drawer().waitFor({ state: 'hidden' });
	});

	it('hides the metric and counts/rates in the handling view, where they do nothing', async () => {
		await open('?view=handling&lang=en');
		await settingsButton().click();
		await drawer().waitFor({ state: 'visible' });
		// What the view does use is there (once the controls are drawn: wait for them, so that the
		// absence below is read from drawn controls, not from a drawer still filling).
		await drawer().getByRole('radio', { name: 'As printed (raw)' }).waitFor({ state: 'visible' });
		await expect(drawer().getByTestId('metric').count()).resolves.toBe(0);
		await expect(drawer().getByRole('radio', { name: 'Rates', exact: true }).count()).resolves.toBe(
			0
		);
		await s.page.keyboard.press('Escape');
		await drawer().waitFor({ state: 'hidden' });
		// Its about line is the metric the view shows, whatever the URL's metric.
		await expect.poll(() => about().getAttribute('data-metric')).toBe('h_handled');
	});

	it('says what the metric means under the chart, in both languages, for the layouts in view', async () => {
		await open('?lang=en');
		const line = about();
		await line.waitFor();
		const en = (await line.textContent())!;
		expect(en).toContain('About this metric');
		expect(en).toContain(DERIVED_TEXT.h_requests!.definition.en);
		// Over every year: the pre-2019 and post-2019 layouts, and the note on comparing them.
		expect(en).toContain('before 2019');
		expect(en).toContain(DERIVED_TEXT.h_requests!.note!.en);
		await expect(line.getByRole('link').getAttribute('href')).resolves.toMatch(
			/\/metrics#h_requests$/
		);
		// Under the chart, inside the card.
		const svgBox = (await chartSvg().boundingBox())!;
		expect((await line.boundingBox())!.y).toBeGreaterThan(svgBox.y + svgBox.height - 1);

		// The chart's title shows the definition on focus.
		const title = s.page.locator('figure[data-chart="trend"] .title');
		await title.focus();
		const hint = s.page.getByTestId('chart-title-hint');
		await expect.poll(() => hint.isVisible()).toBe(true);
		await expect(hint.textContent()).resolves.toContain(DERIVED_TEXT.h_requests!.definition.en);

		// Only the 2021 layout in view: no pre-2019 layout and no note comparing the eras.
		await open('?from=2021&lang=en');
		await expect.poll(() => line.textContent()).toContain('2021 layout');
		const recent = (await line.textContent())!;
		expect(recent).not.toContain('before 2019');
		expect(recent).not.toContain(DERIVED_TEXT.h_requests!.note!.en);

		await open('?lang=zh');
		await expect.poll(() => line.textContent()).toContain('关于此指标');
		await expect(line.textContent()).resolves.toContain(DERIVED_TEXT.h_requests!.definition.zh);
	});

	it('opens the source panel of a point with its close button on screen', async () => {
		await open('?regions=350128&from=2021&to=2021&lang=en');
		const point = s.page.locator('figure[data-chart="trend"] circle.point[data-year="2021"]');
		await point.first().waitFor({ timeout: 30_000 });
		await point.first().click();
		const panel = s.page.locator('aside.source-panel');
		// The passage scrolled to its highlighted number: the panel's header must still be on screen.
		await panel.locator('mark').first().waitFor({ timeout: 30_000 });
		const close = panel.getByRole('button', { name: 'Close' });
		await expect.poll(() => close.isVisible()).toBe(true);
		const box = (await close.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(812);
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(375);
		// The checks wrap inside the panel: none runs off its side.
		const overflowing = await panel
			.locator('.checks td')
			.evaluateAll((tds) => tds.filter((td) => td.scrollWidth > td.clientWidth + 1).length);
		expect(overflowing).toBe(0);
		await expect
			.poll(() => panel.evaluate((p) => p.scrollWidth - p.clientWidth))
			.toBeLessThanOrEqual(0);
		await close.click();
		await panel.waitFor({ state: 'detached' });
	});

	it('shows the about line under an embedded chart', async () => {
		await s.page.goto(`${s.baseUrl}embed/trend?lang=en`);
		const line = about();
		// The prerendered default is in Chinese: the link's language follows once hydrated.
		await expect.poll(() => line.textContent()).toContain(DERIVED_TEXT.h_requests!.definition.en);
		const svgBox = (await chartSvg().boundingBox())!;
		expect((await line.boundingBox())!.y).toBeGreaterThan(svgBox.y + svgBox.height - 1);
		await expect(line.getByRole('link').getAttribute('target')).resolves.toBe('_blank');
	});
});

describe('the explorer on a desktop (1280 px)', () => {
	it('shows the controls in the side column, with no Settings button', async () => {
		await s.page.setViewportSize({ width: 1280, height: 900 });
		await open('?lang=en');
		await s.page.getByTestId('metric').waitFor({ state: 'visible', timeout: 30_000 });
		await expect(settingsButton().isVisible()).resolves.toBe(false);
		// Side by side: the controls left of the chart card.
		const controls = (await drawer().boundingBox())!;
		const chart = (await chartSvg().boundingBox())!;
		expect(controls.x + controls.width).toBeLessThanOrEqual(chart.x);
	});
});
