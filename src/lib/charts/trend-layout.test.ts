import { describe, expect, it } from 'vitest';
import { trendLayout } from './trend-layout';

describe('trendLayout', () => {
	it('leaves a gap for a missing value and for a missing year (no interpolation)', () => {
		const layout = trendLayout([
			{ year: 2019, value: 10 },
			{ year: 2020, value: null },
			{ year: 2021, value: 20 },
			{ year: 2023, value: 30 }
		]);
		// Three separate segments: 2019 alone, 2021 alone, 2023 alone → three "M" commands.
		expect(layout.path.match(/M/g)).toHaveLength(3);
		expect(layout.points.map((p) => p.year)).toEqual([2019, 2021, 2023]);
	});

	it('draws a zero as a point on the baseline, not as a gap', () => {
		const layout = trendLayout([
			{ year: 2019, value: 0 },
			{ year: 2020, value: 4 }
		]);
		expect(layout.points).toHaveLength(2);
		expect(layout.points[0]!.y).toBe(layout.height - layout.margin.bottom);
		expect(layout.path.match(/M/g)).toHaveLength(1);
	});

	it('puts integer years on the x axis', () => {
		const layout = trendLayout([
			{ year: 2011, value: 1 },
			{ year: 2025, value: 2 }
		]);
		expect(layout.xTicks.every((t) => Number.isInteger(t.value))).toBe(true);
		expect(layout.xTicks[0]!.value).toBe(2011);
	});
});
