/**
 * The visual system (issue #20), as a reader sees it: the page and its native controls follow the
 * reader's light or dark preference (a select's background and text included), a button reached
 * with the keyboard shows the theme's focus ring, the explorer's heading names the page instead of
 * repeating the site's brand, and the header's navigation fits a phone's width. Both languages.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser.ts';
import { openExplorer } from './explorer-page.ts';
import { SERIES_COLORS_DARK, SERIES_COLORS_LIGHT } from '../../src/lib/charts/palette.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});

/** A page in a fresh context with the reader's colour-scheme preference. */
async function withScheme<T>(
	colorScheme: 'light' | 'dark',
	width: number,
	run: (page: Page) => Promise<T>
): Promise<T> {
	const context = await s.browser.newContext({ colorScheme, viewport: { width, height: 900 } });
	try {
		return await run(await context.newPage());
	} finally {
		await context.close();
	}
}

/** WCAG relative luminance of a computed `rgb(…)` / `rgba(…)` colour (0 black … 1 white). */
function luminance(css: string): number {
	const m = css.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/);
	if (!m) throw new Error(`not an rgb colour: ${css}`);
	const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
		const c = Number(v) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The computed colours of the body and of the page's first select. */
function colours(page: Page) {
	return page.evaluate(() => {
		const select = document.querySelector('main select');
		if (!select) throw new Error('no select on the page');
		const body = getComputedStyle(document.body);
		const sel = getComputedStyle(select);
		return {
			body: body.backgroundColor,
			text: body.color,
			selectBg: sel.backgroundColor,
			selectText: sel.color,
			scheme: getComputedStyle(document.documentElement).colorScheme
		};
	});
}

const LANGS = ['zh', 'en'] as const;

describe('light and dark', () => {
	for (const lang of LANGS) {
		it(`follows a dark preference, native select included (${lang})`, async () => {
			await withScheme('dark', 1280, async (page) => {
				await openExplorer(page, s.baseUrl, `?regions=350128&lang=${lang}`);
				const c = await colours(page);
				expect(luminance(c.body), c.body).toBeLessThan(0.05);
				expect(luminance(c.text), c.text).toBeGreaterThan(0.6);
				expect(luminance(c.selectBg), c.selectBg).toBeLessThan(0.05);
				expect(luminance(c.selectText), c.selectText).toBeGreaterThan(0.6);
				expect(c.scheme).toContain('dark');
			});
		});

		it(`follows a light preference, native select included (${lang})`, async () => {
			await withScheme('light', 1280, async (page) => {
				await openExplorer(page, s.baseUrl, `?regions=350128&lang=${lang}`);
				const c = await colours(page);
				expect(luminance(c.body), c.body).toBeGreaterThan(0.8);
				expect(luminance(c.text), c.text).toBeLessThan(0.05);
				expect(luminance(c.selectBg), c.selectBg).toBeGreaterThan(0.8);
				expect(luminance(c.selectText), c.selectText).toBeLessThan(0.05);
			});
		});
	}
});

describe('the theme before any module runs', () => {
	for (const scheme of ['light', 'dark'] as const)
		it(`is on <html> when the parser is done, so the charts' colours need no script (${scheme})`, async () => {
			await withScheme(scheme, 1280, async (page) => {
				// 'interactive': the document is parsed, no module script has run (no hydration yet).
				await page.addInitScript(() =>
					document.addEventListener(
						'readystatechange',
						() => {
							(globalThis as { __themeAtParse?: string }).__themeAtParse =
								document.documentElement.dataset.theme ?? 'none';
						},
						{ once: true }
					)
				);
				await page.goto(`${s.baseUrl}explore?lang=en`);
				await page.waitForFunction(() => '__themeAtParse' in globalThis);
				await expect(
					page.evaluate(() => (globalThis as { __themeAtParse?: string }).__themeAtParse)
				).resolves.toBe(scheme);
			});
		});

	// With JavaScript off nothing sets data-theme: the chart's series colours must follow the
	// preference through the stylesheet alone (theme.css), like the page's other colours.
	for (const scheme of ['light', 'dark'] as const)
		it(`draws the chart's series in the ${scheme} palette with JavaScript off`, async () => {
			const context = await s.browser.newContext({
				colorScheme: scheme,
				javaScriptEnabled: false,
				viewport: { width: 1280, height: 900 }
			});
			try {
				const page = await context.newPage();
				await page.goto(`${s.baseUrl}explore?lang=en`);
				const seen = await page.evaluate(() => {
					const chart = document.querySelector('figure[data-chart="trend"]');
					if (!chart) throw new Error('no trend chart in the HTML');
					const style = getComputedStyle(chart);
					// The first series' group: its line and points are drawn in --series-color.
					const group = [...chart.querySelectorAll<SVGGElement>('g.series')].find((g) =>
						g.style.getPropertyValue('--series-color').includes('--ogi-series-1,')
					);
					const mark = group?.querySelector('path, circle');
					if (!mark) throw new Error('no mark of the first series');
					const drawn = getComputedStyle(mark);
					return {
						theme: document.documentElement.dataset.theme ?? 'none',
						series1: style.getPropertyValue('--ogi-series-1').trim().toLowerCase(),
						colour: mark.tagName === 'path' ? drawn.stroke : drawn.fill,
						body: getComputedStyle(document.body).backgroundColor
					};
				});
				expect(seen.theme).toBe('none');
				expect(seen.series1).toBe(
					(scheme === 'dark' ? SERIES_COLORS_DARK : SERIES_COLORS_LIGHT)[0]!.toLowerCase()
				);
				const hex = (scheme === 'dark' ? SERIES_COLORS_DARK : SERIES_COLORS_LIGHT)[0]!;
				const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
				expect(seen.colour).toBe(`rgb(${r}, ${g}, ${b})`);
				expect(luminance(seen.body) < 0.2).toBe(scheme === 'dark');
			} finally {
				await context.close();
			}
		});
});

describe('focus', () => {
	for (const scheme of ['light', 'dark'] as const)
		it(`shows the theme's focus ring on a button reached with the keyboard (${scheme})`, async () => {
			await withScheme(scheme, 1280, async (page) => {
				await openExplorer(page, s.baseUrl, '?regions=350128&lang=en');
				// Tab from the top of the page until a button has the focus.
				let tag = '';
				for (let i = 0; i < 60 && tag !== 'BUTTON'; i++) {
					await page.keyboard.press('Tab');
					tag = await page.evaluate(() => document.activeElement?.tagName ?? '');
				}
				expect(tag).toBe('BUTTON');
				const ring = await page.evaluate(() => {
					const el = document.activeElement as HTMLElement;
					const style = getComputedStyle(el);
					// The focus token's colour, resolved the way the browser resolves it.
					const probe = document.createElement('span');
					probe.style.color = 'var(--color-focus)';
					document.body.append(probe);
					const focus = getComputedStyle(probe).color;
					probe.remove();
					return {
						focusVisible: el.matches(':focus-visible'),
						outlineStyle: style.outlineStyle,
						outlineWidth: parseFloat(style.outlineWidth),
						outlineColor: style.outlineColor,
						boxShadow: style.boxShadow,
						focus
					};
				});
				expect(ring.focusVisible).toBe(true);
				const outlined = ring.outlineStyle !== 'none' && ring.outlineWidth >= 2;
				expect(outlined || ring.boxShadow !== 'none', JSON.stringify(ring)).toBe(true);
				// The ring is the theme's focus colour (not the browser's default ring).
				expect(outlined ? ring.outlineColor : ring.boxShadow).toContain(ring.focus);
			});
		});
});

describe('headings and navigation', () => {
	for (const lang of LANGS)
		it(`gives the explorer a heading of its own, not the site's brand (${lang})`, async () => {
			await openExplorer(s.page, s.baseUrl, `?regions=350128&lang=${lang}`);
			const brand = (await s.page.locator('header.top .brand').innerText()).trim();
			const h1 = s.page.locator('main h1');
			await expect.poll(() => h1.count()).toBe(1);
			const heading = (await h1.innerText()).trim();
			expect(heading.length).toBeGreaterThan(0);
			expect(heading).not.toBe(brand);
			// Neither half of the brand (its Latin and its Chinese name) is repeated.
			for (const part of brand.split(/\s+/).filter((p) => p.length > 1 && p !== 'OGI'))
				expect(heading).not.toContain(part);
			expect(await s.page.evaluate(() => document.documentElement.lang)).toBe(
				lang === 'zh' ? 'zh-CN' : 'en'
			);
		});

	it('keeps the header links on one line at 1280 px and within the screen at 375 px', async () => {
		for (const width of [1280, 375])
			await withScheme('light', width, async (page) => {
				await page.goto(`${s.baseUrl}?lang=en`);
				const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
				await expect.poll(() => links.count()).toBeGreaterThan(3);
				const boxes = await links.evaluateAll((els) =>
					els.map((e) => {
						const r = e.getBoundingClientRect();
						// The baseline of the link's text: the bottom of its first line box's text.
						const range = document.createRange();
						range.selectNodeContents(e);
						const text = range.getClientRects()[0]!;
						return { left: r.left, right: r.right, textBottom: text.bottom };
					})
				);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow).toBeLessThanOrEqual(0);
				for (const b of boxes) {
					expect(b.left).toBeGreaterThanOrEqual(0);
					expect(b.right).toBeLessThanOrEqual(width);
				}
				if (width === 1280) {
					const bottoms = boxes.map((b) => b.textBottom);
					expect(Math.max(...bottoms) - Math.min(...bottoms)).toBeLessThanOrEqual(1);
				}
			});
	});
});
