/**
 * The explorer's view tabs on a phone (issue #20): at 375 px every tab shows its short name (the
 * registry's `shortLabel`) in both languages while its accessible name stays the long one; all six
 * fit beside the Settings button, or else the strip says it scrolls (a fade at the edge with tabs
 * behind it) and the selected tab is fully in view and not covered, also when the view comes from
 * the URL or the arrow keys. At 1280 px the tabs show their long names. Positions are read from
 * the page's boxes, the names from the registry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../src/lib/i18n/explorer-strings.ts';
import { VIEW_DEFS, type ViewId } from '../../src/lib/views/registry.ts';
import { openSession, type Session } from './browser.ts';
import { openExplorer } from './explorer-page.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});

type Lang = 'zh' | 'en';
const LANGS: Lang[] = ['en', 'zh'];
const strip = () => s.page.getByRole('tablist');

interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}
interface TabsLayout {
	viewport: number;
	strip: Box;
	scrollWidth: number;
	clientWidth: number;
	moreBefore: boolean;
	moreAfter: boolean;
	mask: string;
	/** The Settings button (the phone layout), null where it is not shown. */
	settings: Box | null;
	tabs: {
		id: string;
		text: string;
		selected: boolean;
		box: Box;
		/** Whether the tab itself is the topmost element at its left edge, centre and right edge. */
		onTop: boolean;
	}[];
}

/** What a person sees of the tab strip: each tab's visible text and box, the strip's fades. */
function layout(): Promise<TabsLayout> {
	return s.page.evaluate(() => {
		const box = (e: Element) => {
			const r = e.getBoundingClientRect();
			return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
		};
		const list = document.querySelector<HTMLElement>('[role="tablist"]')!;
		const settings = document.querySelector<HTMLElement>('[data-testid="open-settings"]');
		const shown = settings && settings.getBoundingClientRect().width > 0;
		const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')].map((tab) => {
			const r = tab.getBoundingClientRect();
			const y = r.top + r.height / 2;
			const onTop = [r.left + 2, r.left + r.width / 2, r.right - 2].every((x) => {
				const hit = document.elementFromPoint(x, y);
				return hit !== null && tab.contains(hit);
			});
			return {
				id: tab.id.replace(/^tab-/, ''),
				text: tab.innerText.trim(),
				selected: tab.getAttribute('aria-selected') === 'true',
				box: box(tab),
				onTop
			};
		});
		return {
			viewport: document.documentElement.clientWidth,
			strip: box(list),
			scrollWidth: list.scrollWidth,
			clientWidth: list.clientWidth,
			moreBefore: list.hasAttribute('data-more-before'),
			moreAfter: list.hasAttribute('data-more-after'),
			mask: getComputedStyle(list).maskImage,
			settings: shown ? box(settings) : null,
			tabs
		};
	});
}

/** The fade width the strip declares (px): a tab under it is not fully seen. */
function fadeWidth(): Promise<number> {
	return strip().evaluate((e) => parseFloat(getComputedStyle(e).getPropertyValue('--fade')));
}

/** Within, give or take the pixel a strip scrolled to its end can round to. */
const within = (b: Box, outer: { left: number; right: number }) =>
	b.left >= outer.left - 1 && b.right <= outer.right + 1;
const overlaps = (a: Box, b: Box) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Whether the selected tab is fully seen: in the viewport and the strip, clear of a fade on either
 * side, off the Settings button, and nothing drawn over it.
 */
function selectedInView(l: TabsLayout, fade: number): boolean {
	const tab = l.tabs.find((t) => t.selected);
	if (!tab) return false;
	const clear = {
		left: l.strip.left + (l.moreBefore ? fade : 0),
		right: l.strip.right - (l.moreAfter ? fade : 0)
	};
	return (
		within(tab.box, { left: 0, right: l.viewport }) &&
		within(tab.box, clear) &&
		!(l.settings && overlaps(tab.box, l.settings)) &&
		tab.onTop
	);
}

/** Whether every tab is seen whole: none scrolled away, none under the Settings button. */
function allInView(l: TabsLayout): boolean {
	return l.tabs.every(
		(t) =>
			within(t.box, { left: 0, right: l.viewport }) &&
			within(t.box, l.strip) &&
			!(l.settings && overlaps(t.box, l.settings)) &&
			t.onTop
	);
}

const openAt = async (width: number, query: string) => {
	await s.page.setViewportSize({ width, height: 812 });
	await openExplorer(s.page, s.baseUrl, query);
};

describe('the view tabs on a phone (375 px)', () => {
	for (const lang of LANGS) {
		it(`show the short names in ${lang}, the long ones as their accessible names`, async () => {
			await openAt(375, `?lang=${lang}`);
			const l = await layout();
			expect(l.tabs.map((t) => t.id)).toEqual(VIEW_DEFS.map((v) => v.id));
			expect(l.tabs.map((t) => t.text)).toEqual(VIEW_DEFS.map((v) => v.shortLabel(lang)));
			// Some short names differ from the long ones (the check below reads the accessible name).
			expect(VIEW_DEFS.some((v) => v.shortLabel(lang) !== v.label(lang))).toBe(true);
			for (const v of VIEW_DEFS) {
				const tab = s.page.getByRole('tab', { name: v.label(lang), exact: true });
				await expect(tab.getAttribute('id')).resolves.toBe(`tab-${v.id}`);
			}
			// One line beside the Settings button: all of them seen, or the strip says it scrolls.
			expect(new Set(l.tabs.map((t) => Math.round(t.box.top))).size).toBe(1);
			expect(l.settings).not.toBeNull();
			const fade = await fadeWidth();
			await expect.poll(async () => selectedInView(await layout(), fade)).toBe(true);
			const now = await layout();
			if (!allInView(now)) {
				expect(now.scrollWidth).toBeGreaterThan(now.clientWidth);
				expect(now.moreBefore || now.moreAfter).toBe(true);
				expect(now.mask).not.toBe('none');
			}
		});
	}

	it('fade the edge with tabs behind it, and follow the scroll', async () => {
		await openAt(375, '?lang=en');
		const start = await layout();
		// Six English names do not fit beside Settings in 375 px: the strip scrolls.
		expect(start.scrollWidth).toBeGreaterThan(start.clientWidth);
		await expect.poll(async () => (await layout()).moreAfter).toBe(true);
		const atStart = await layout();
		expect(atStart.moreBefore).toBe(false);
		expect(atStart.mask).toContain('gradient');
		// A person swipes the strip to its end: the fade moves to the start.
		const b = (await strip().boundingBox())!;
		await s.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
		await s.page.mouse.wheel(start.scrollWidth, 0);
		await expect
			.poll(async () => {
				const l = await layout();
				return [l.moreBefore, l.moreAfter];
			})
			.toEqual([true, false]);
		const last = (await layout()).tabs.at(-1)!;
		expect(last.onTop).toBe(true);
		expect(within(last.box, start.strip)).toBe(true);
	});

	const urlViews: [Lang, ViewId][] = [
		...VIEW_DEFS.map((v): [Lang, ViewId] => ['en', v.id]),
		['zh', 'change'],
		['zh', 'table'],
		['zh', 'sources']
	];
	for (const [lang, view] of urlViews) {
		it(`show the selected tab of /explore?view=${view} (${lang}) whole, not under Settings`, async () => {
			await openAt(375, `?view=${view}&lang=${lang}`);
			const fade = await fadeWidth();
			await expect.poll(async () => selectedInView(await layout(), fade)).toBe(true);
			const l = await layout();
			expect(l.tabs.find((t) => t.selected)?.id).toBe(view);
			expect(l.tabs.find((t) => t.selected)?.text).toBe(
				VIEW_DEFS.find((v) => v.id === view)!.shortLabel(lang)
			);
		});
	}

	it('keep the selected tab in view as the arrow keys move along the strip', async () => {
		await openAt(375, '?lang=en');
		const fade = await fadeWidth();
		await s.page.getByRole('tab', { selected: true }).focus();
		for (const v of [...VIEW_DEFS.slice(1), VIEW_DEFS[0]]) {
			await s.page.keyboard.press('ArrowRight');
			await expect
				.poll(() => s.page.getByRole('tab', { selected: true }).getAttribute('id'))
				.toBe(`tab-${v.id}`);
			await expect.poll(async () => selectedInView(await layout(), fade)).toBe(true);
		}
	});
});

describe('the view tabs on a desktop (1280 px)', () => {
	for (const lang of LANGS) {
		it(`show the long names in ${lang}, all of them, no fade`, async () => {
			await openAt(1280, `?lang=${lang}`);
			const l = await layout();
			expect(l.tabs.map((t) => t.text)).toEqual(VIEW_DEFS.map((v) => v.label(lang)));
			expect(l.settings).toBeNull();
			expect(allInView(l)).toBe(true);
			expect([l.moreBefore, l.moreAfter, l.mask]).toEqual([false, false, 'none']);
		});
	}
});
