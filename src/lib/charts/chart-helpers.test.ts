import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_STRINGS_EN } from '../i18n/chart-phrases';
import { logTickFormatter, tickFormatter, valueFormatter } from './number-format';
import {
	BACKGROUND_DARK,
	BACKGROUND_LIGHT,
	SERIES_COLORS_DARK,
	SERIES_COLORS_LIGHT,
	contrastRatio,
	seriesColor,
	textColorOn
} from './palette';
import { estimateTextWidth, truncateText } from './text-measure';
import { markTooltip, tooltipPlacement, tooltipText } from './tooltip-content';
import { mark, source } from './__fixtures__/chart-fixtures';

describe('number formatting', () => {
	it('formats counts, percents (fractions) and ratios per locale', () => {
		expect(valueFormatter('en', 'count')(1234567)).toBe('1,234,567');
		expect(valueFormatter('zh', 'count')(1234.5)).toBe('1,234.5');
		expect(valueFormatter('zh-CN', 'percent')(0.1234)).toBe('12.3%');
		expect(valueFormatter('en', 'percent')(0.5)).toBe('50%');
		expect(valueFormatter('en', 'ratio')(2.5)).toBe('250%');
		expect(valueFormatter('fr', 'count')(-3)).toBe('−3');
		// a value that rounds to zero has no sign; grouping in percent only for relative values
		expect(valueFormatter('en', 'percent')(-0.0001)).toBe('0%');
		expect(valueFormatter('en', 'count')(-0)).toBe('0');
		expect(valueFormatter('en', 'percent')(12.345)).toBe('1234.5%');
		expect(valueFormatter('en', 'ratio')(12.345)).toBe('1,234.5%');
	});

	it('formats ticks with the precision their step needs', () => {
		expect(tickFormatter('en', 'count', 500)(1500)).toBe('1,500');
		expect(tickFormatter('en', 'count', 0.5)(1)).toBe('1.0');
		expect(tickFormatter('en', 'percent', 0.25)(0.75)).toBe('75%');
		expect(tickFormatter('en', 'percent', 0.005)(0.075)).toBe('7.5%');
		expect(logTickFormatter('en', 'count', 0.1)(1000)).toBe('1,000');
		expect(logTickFormatter('en', 'count', 0.1)(0.1)).toBe('0.1');
	});
});

describe('palette', () => {
	it('has twelve colors per theme, each at least 3:1 against its background (WCAG 1.4.11)', () => {
		expect(SERIES_COLORS_LIGHT).toHaveLength(12);
		expect(SERIES_COLORS_DARK).toHaveLength(12);
		for (const c of SERIES_COLORS_LIGHT)
			expect(contrastRatio(c, BACKGROUND_LIGHT), c).toBeGreaterThanOrEqual(3);
		for (const c of SERIES_COLORS_DARK)
			expect(contrastRatio(c, BACKGROUND_DARK), c).toBeGreaterThanOrEqual(3);
		expect(new Set(SERIES_COLORS_LIGHT).size).toBe(12);
		expect(new Set(SERIES_COLORS_DARK).size).toBe(12);
	});

	it("is the set theme.css defines as colour roles: light, dark (preference and [data-theme='dark']), print", () => {
		const css = readFileSync(new URL('../shared/theme.css', import.meta.url), 'utf8');
		const values = [...css.matchAll(/--color-series-(\d+): (#[0-9a-f]{6})/gi)].map((m) =>
			m[2]!.toUpperCase()
		);
		expect(values).toEqual([
			...SERIES_COLORS_LIGHT,
			...SERIES_COLORS_DARK,
			...SERIES_COLORS_DARK,
			...SERIES_COLORS_LIGHT
		]);
	});

	it("is what ChartFrame falls back to without the site's stylesheet (the light set)", () => {
		const css = readFileSync(new URL('./ChartFrame.svelte', import.meta.url), 'utf8');
		const fallbacks = [
			...css.matchAll(/--ogi-series-(\d+): var\(--color-series-\1, (#[0-9a-f]{6})\)/gi)
		].map((m) => m[2]!.toUpperCase());
		expect(fallbacks).toEqual([...SERIES_COLORS_LIGHT]);
	});

	it("is checked against the site's own surfaces (theme.css --color-surface, light and dark)", () => {
		const css = readFileSync(new URL('../shared/theme.css', import.meta.url), 'utf8');
		const surfaces = [...css.matchAll(/--color-surface: (#[0-9a-f]{6});/gi)].map((m) =>
			m[1]!.toUpperCase()
		);
		// The light block, then the dark one under prefers-color-scheme and under [data-theme='dark'].
		expect(surfaces.slice(0, 3)).toEqual([BACKGROUND_LIGHT, BACKGROUND_DARK, BACKGROUND_DARK]);
	});

	it('refers to colors through custom properties, cycling after twelve', () => {
		expect(seriesColor(0)).toBe('var(--ogi-series-1, #0072B2)');
		expect(seriesColor(12)).toBe(seriesColor(0));
		expect(textColorOn('#1b7837')).toBe('#FFFFFF');
		expect(textColorOn('#ffee99')).toBe('#111111');
		expect(textColorOn('var(--x)')).toBeNull();
	});
});

describe('text measure', () => {
	it('counts CJK characters as wider than Latin ones', () => {
		expect(estimateTextWidth('平潭', 12)).toBe(24);
		expect(estimateTextWidth('ab', 12)).toBeLessThan(estimateTextWidth('平潭', 12));
	});

	it('truncates with an ellipsis to fit, and leaves short text alone', () => {
		expect(truncateText('平潭', 100, 12)).toBe('平潭');
		const cut = truncateText('平潭综合实验区管理委员会', 60, 12);
		expect(cut).toBe('平潭综合…');
		expect(estimateTextWidth(cut, 12)).toBeLessThanOrEqual(60);
	});
});

describe('tooltip content', () => {
	it('shows label, year, value, approx., numerator/denominator and failed checks', () => {
		const content = markTooltip({
			title: '平潭',
			meta: '2021',
			mark: mark(0.4, {
				approx: true,
				numerator: 4,
				denominator: 10,
				failedChecks: ['a', 'b'],
				source: source('x', 2021)
			}),
			format: valueFormatter('en', 'percent'),
			formatCount: valueFormatter('en', 'count'),
			strings: CHART_STRINGS_EN
		});
		expect(content).toEqual({
			title: '平潭',
			meta: '2021',
			value: '40%',
			details: ['4 / 10'],
			notes: ['approx.', 'failed check: a, b']
		});
		expect(tooltipText(content)).toBe('平潭, 2021: 40%; 4 / 10; approx.; failed check: a, b');
		expect(tooltipText({ ...content, details: [], notes: [] }, 'zh')).toBe('平潭，2021：40%');
		expect(tooltipText({ ...content, title: '' })).toMatch(/^2021: 40%/);
	});

	it('places the tooltip above the mark, centred, moved inside the container at its edges', () => {
		// Room on both sides: centred on the mark.
		expect(tooltipPlacement(320, 200, 640, 200)).toEqual({ left: 220, top: 200, below: false });
		// Near the left or right side: flush with it, not cut off.
		expect(tooltipPlacement(30, 200, 320, 200).left).toBe(0);
		expect(tooltipPlacement(110, 200, 320, 240).left).toBe(0);
		expect(tooltipPlacement(300, 200, 320, 200).left).toBe(120);
		// Wider than the container: flush left.
		expect(tooltipPlacement(100, 200, 200, 240).left).toBe(0);
		// Before the box is measured it starts at the mark.
		expect(tooltipPlacement(50, 200, 320).left).toBe(50);
		expect(tooltipPlacement(320, 20, 640, 100).below).toBe(true);
	});
});
