/**
 * The keyboard on the charts' shared frame (ChartFrame, mark-focus.svelte.ts), as a person uses it:
 * Tab to a chart's mark, an arrow key (or End) to another, Enter to open its source. In the explorer
 * the source panel opens on that mark's report and shows the marked passage; in an embed Enter opens
 * the explorer in a new tab. No page error and no console error on the way (opening the panel moves
 * the focus from inside an effect: a mark's focus listeners once ran in it and looped,
 * effect_update_depth_exceeded).
 */
import type { Page } from 'playwright-core';
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

/** A chart's marks that open a source (the marks layer's buttons). */
const MARKS = 'figure[data-chart] .marks [role="button"]:not([aria-disabled="true"])';

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector))
			return;
	}
	throw new Error(`${selector} was not reached with ${max} presses of Tab`);
}

/** The focused element's attributes (data-*, aria-label), or null. */
const focusedMark = (page: Page) =>
	page.evaluate(() => {
		const e = document.activeElement;
		if (!e || !e.matches('figure[data-chart] .marks [role="button"]')) return null;
		return {
			label: e.getAttribute('aria-label'),
			report: e.getAttribute('data-report'),
			year: e.getAttribute('data-year')
		};
	});

/** The errors the page logged from `from` on. */
const errorsSince = (from: number) => s.consoleErrors.slice(from);

describe('chart marks by keyboard, Enter opens the source', () => {
	const cases: { view: string; query: string; move: string }[] = [
		{ view: 'trend', query: '?regions=350128&from=2020&to=2021&lang=en', move: 'ArrowRight' },
		{ view: 'compare', query: '?view=compare&regions=350128,440400&lang=en', move: 'ArrowDown' },
		{
			view: 'handling',
			// Years whose bars have several segments to move between.
			query: '?view=handling&regions=350128&from=2021&to=2022&lang=en',
			move: 'ArrowRight'
		},
		{ view: 'change', query: '?view=change&regions=350128&to=2021&lang=en', move: 'End' }
	];
	for (const c of cases)
		it(`in the explorer's ${c.view} view`, async () => {
			const from = s.consoleErrors.length;
			await openExplorer(s.page, s.baseUrl, c.query);
			await s.page.locator(MARKS).first().waitFor();
			await s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
			await tabTo(s.page, MARKS);
			const first = await focusedMark(s.page);
			expect(first).not.toBeNull();
			// Focus shows the mark's tooltip.
			await s.page.locator('figure[data-chart] .tooltip').waitFor();

			await s.page.keyboard.press(c.move);
			await expect.poll(() => focusedMark(s.page).then((m) => m?.label)).not.toBe(first!.label);
			const moved = (await focusedMark(s.page))!;
			expect(moved.report).toBeTruthy();

			await s.page.keyboard.press('Enter');
			const panel = s.page.locator('aside.source-panel');
			await panel.locator('pre mark').first().waitFor({ timeout: 30_000 });
			expect(await panel.getAttribute('data-report')).toBe(moved.report);
			// The focus went into the panel; Escape closes it and gives the focus back to the mark.
			expect(await s.page.evaluate(() => !!document.activeElement?.closest('aside'))).toBe(true);
			await s.page.keyboard.press('Escape');
			await panel.waitFor({ state: 'detached' });
			await expect.poll(() => focusedMark(s.page).then((m) => m?.label)).toBe(moved.label);
			expect(errorsSince(from)).toEqual([]);
		});
});

describe('chart marks by keyboard in an embed', () => {
	it('moves between the trend embed’s points and opens the explorer with Enter', async () => {
		const from = s.consoleErrors.length;
		await s.page.goto(`${s.baseUrl}embed/trend?regions=350128&from=2020&to=2021&lang=en`);
		await s.page.locator(MARKS).first().waitFor({ timeout: 30_000 });
		await tabTo(s.page, MARKS);
		const first = (await focusedMark(s.page))!;
		expect(first).not.toBeNull();
		await s.page.keyboard.press('ArrowRight');
		await expect.poll(() => focusedMark(s.page).then((m) => m?.label)).not.toBe(first.label);
		await s.page.locator('figure[data-chart] .tooltip').waitFor();

		const opened = s.context.waitForEvent('page');
		await s.page.keyboard.press('Enter');
		const explorer = await opened;
		await explorer.waitForURL(/\/explore\?/);
		const url = new URL(explorer.url());
		expect(url.searchParams.get('regions')).toBe('350128');
		await explorer.close();
		// The embed's mark keeps the focus and the page logged no error.
		expect(await focusedMark(s.page)).not.toBeNull();
		expect(errorsSince(from)).toEqual([]);
	});
});
