import { describe, expect, it } from 'vitest';
import { multiTrendLayout } from './multi-trend-layout';
import { singleSeriesTrend, type TrendPoint } from './trend-layout';

function layoutOf(data: TrendPoint[]) {
	return multiTrendLayout(
		singleSeriesTrend({ title: 'Requests', description: '', unitLabel: 'requests', data })
	);
}

describe('singleSeriesTrend (the home page chart)', () => {
	it('leaves a gap for a missing value and for a missing year (no interpolation)', () => {
		const layout = layoutOf([
			{ year: 2019, value: 10 },
			{ year: 2020, value: null },
			{ year: 2021, value: 20 },
			{ year: 2023, value: 30 }
		]);
		// Three isolated points: no line joins any of them.
		expect(layout.series[0]!.segments).toEqual([]);
		expect(layout.marks.map((p) => p.year)).toEqual([2019, 2021, 2023]);
	});

	it('draws a zero as a point on the baseline, not as a gap', () => {
		const layout = layoutOf([
			{ year: 2019, value: 0 },
			{ year: 2020, value: 4 }
		]);
		expect(layout.marks).toHaveLength(2);
		expect(layout.marks[0]!.y).toBe(layout.plot.bottom);
		expect(layout.series[0]!.segments).toHaveLength(1);
	});

	it('puts integer years on the x axis', () => {
		const layout = layoutOf([
			{ year: 2011, value: 1 },
			{ year: 2025, value: 2 }
		]);
		expect(layout.xTicks.every((t) => Number.isInteger(t.value))).toBe(true);
		expect(layout.xTicks.length).toBeGreaterThan(2);
	});

	it('keeps report ids as sources and approx flags, without a direct label', () => {
		const data = singleSeriesTrend({
			title: 'Requests',
			description: '',
			unitLabel: 'requests',
			data: [{ year: 2019, value: 10, report_id: 'r-2019', approx: true }]
		});
		expect(data.series[0]!.points[0]).toMatchObject({
			approx: true,
			source: { report_id: 'r-2019', year: 2019 }
		});
		const layout = multiTrendLayout(data);
		expect(layout.series[0]!.directLabel).toBeNull();
		expect(layout.ariaLabel).toBe('Requests, 2019: only 2019, 10.');
	});
});
