/**
 * The trend's tooltip reads the year across the chart (as OWID's grapher lists every entity on
 * hover): hovering one line's point lists the other lines' values in that year, highest first, in
 * the reader's language. The expected list is read from the chart's own marks (their data-value
 * and accessible names), not written here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});

describe("the trend's tooltip", () => {
	for (const lang of ['en', 'zh'] as const)
		it(`lists the other lines' values in the hovered point's year (${lang})`, async () => {
			await s.page.goto(`${s.baseUrl}explore?lang=${lang}`);
			const points = s.page.locator('figure[data-chart="trend"] circle.point:not(.imported)');
			await points.first().waitFor({ timeout: 30_000 });
			// The year with the most lines, and its points as the chart drew them.
			const marks = await points.evaluateAll((cs) =>
				cs.map((c) => ({
					series: c.getAttribute('data-series')!,
					year: Number(c.getAttribute('data-year')),
					value: Number(c.getAttribute('data-value')),
					// "Title, 2017: 3,561; …": the line's name and the value as shown.
					label: c.getAttribute('aria-label')!
				}))
			);
			const years = new Map<number, typeof marks>();
			for (const m of marks) years.set(m.year, [...(years.get(m.year) ?? []), m]);
			const [year, inYear] = [...years].sort((a, b) => b[1].length - a[1].length)[0]!;
			expect(inYear.length).toBeGreaterThan(2);
			// The highest point: nothing is drawn over it.
			const hovered = [...inYear].sort((a, b) => b.value - a.value)[0]!;
			const expected = inYear
				.filter((m) => m.series !== hovered.series)
				.sort((a, b) => b.value - a.value)
				.slice(0, 5)
				.map((m) => {
					const [head, rest] = m.label.split(lang === 'zh' ? '：' : ': ');
					const title = head!.split(lang === 'zh' ? '，' : ', ')[0];
					const value = rest!.split(lang === 'zh' ? '；' : '; ')[0];
					return `${title} ${value}`;
				});

			await s.page
				.locator(
					`figure[data-chart="trend"] circle.point[data-series="${hovered.series}"][data-year="${year}"]`
				)
				.hover();
			const tooltip = s.page.locator('figure[data-chart="trend"] .tooltip');
			await tooltip.locator('.others').waitFor();
			const lines = await tooltip.locator('.others > div').allTextContents();
			expect(lines[0]).toBe(lang === 'zh' ? '同年' : 'same year');
			expect(lines.slice(1, 1 + expected.length)).toEqual(expected);
		});
});
