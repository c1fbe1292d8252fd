import { describe, expect, it } from 'vitest';
import { resultTrend } from './chart-data';

describe('resultTrend', () => {
	const rows = [
		{ year: 2020, region: 'A', n: 1 },
		{ year: 2021, region: 'A', n: 2 },
		{ year: 2021, region: 'A', n: 3 },
		{ year: 2020, region: 'B', n: null },
		{ year: 2019, region: 'B', n: 5 }
	];

	it('splits series, sums duplicates and skips missing values', () => {
		const d = resultTrend(rows, { x: 'year', y: 'n', series: 'region' });
		expect(d.series.map((s) => [s.key, s.points.map((p) => [p.year, p.value])])).toEqual([
			[
				'A',
				[
					[2020, 1],
					[2021, 5]
				]
			],
			['B', [[2019, 5]]]
		]);
	});

	it('draws one series without a series column', () => {
		const d = resultTrend(rows, { x: 'year', y: 'n', series: null });
		expect(d.series).toHaveLength(1);
		expect(d.series[0]!.points.map((p) => p.year)).toEqual([2019, 2020, 2021]);
	});
});
