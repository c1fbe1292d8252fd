import { describe, expect, it } from 'vitest';
import { chartModel, type ChartColumn } from './chart-data';
import { resultChartLayout } from './result-chart-layout';

const cols: ChartColumn[] = [
	{ name: 'region', kind: 'text', year: false },
	{ name: 'year', kind: 'number', year: true },
	{ name: 'n', kind: 'number', year: false }
];
const rows = [
	{ region: '内蒙古自治区呼伦贝尔市', year: 2020, n: 30 },
	{ region: '北京', year: 2020, n: 10 },
	{ region: '北京', year: 2021, n: 20 }
];
const base = { x: 'region', y: 'n', series: null, sort: 'value', orient: 'auto' } as const;

describe('resultChartLayout', () => {
	it('draws horizontal bars with room for the longest Chinese label', () => {
		const m = chartModel(rows, cols, { ...base, mark: 'bar' });
		const l = resultChartLayout(m, 600, 'zh-CN');
		expect(l.horizontal).toBe(true);
		// 30 and 30: a tie keeps the result's order.
		expect(l.categoryLabels.map((c) => c.text)).toEqual(['内蒙古自治区呼伦贝尔市', '北京']);
		// 11 characters of 12 px: the label column is at least 132 px.
		expect(l.plot.left).toBeGreaterThanOrEqual(132);
		const [first, second] = l.marks;
		expect(first!.w).toBeCloseTo(second!.w, 5); // 30 and 30
		expect(first!.yPos).toBeLessThan(second!.yPos);
		// Each bar's value at its end, inside the chart.
		expect(first!.valueLabel).toMatchObject({ x: first!.x + first!.w + 4, anchor: 'start' });
		expect(first!.x + first!.w + 4 + 2 * 7).toBeLessThanOrEqual(600);
	});

	it('cuts a label that does not fit and keeps its full text', () => {
		const m = chartModel(rows, cols, { ...base, mark: 'bar' });
		const l = resultChartLayout(m, 200, 'zh-CN');
		const long = l.categoryLabels.find((c) => c.full.startsWith('内蒙古'))!;
		expect(long.text).not.toBe(long.full);
		expect(long.text.endsWith('…')).toBe(true);
	});

	it('draws vertical bars from zero and lines with a year axis', () => {
		const m = chartModel(
			[
				{ region: 'A', year: 2020, n: 5 },
				{ region: 'B', year: 2021, n: 10 }
			],
			cols,
			{ ...base, mark: 'bar' }
		);
		const l = resultChartLayout(m, 600, 'en');
		expect(l.horizontal).toBe(false);
		expect(l.marks[0]!.h).toBeCloseTo(2 * l.marks[1]!.h, 5);
		expect(l.marks[0]!.yPos + l.marks[0]!.h).toBeCloseTo(l.zero!, 5);

		const lines = resultChartLayout(
			chartModel(rows, cols, { ...base, mark: 'line', x: 'year', series: 'region' }),
			600,
			'en'
		);
		expect(lines.lines).toHaveLength(2);
		expect(lines.xTicks.map((t) => t.label)).toEqual(['2020', '2021']);
		expect(lines.legend.map((l) => l.key)).toEqual(['内蒙古自治区呼伦贝尔市', '北京']);
		expect(lines.marks.map((m) => m.aria)).toContain('北京 · year 2021: n 20');
	});

	it('puts a date x on calendar ticks at their place in time', () => {
		const dateCols: ChartColumn[] = [
			{ name: 'day', kind: 'date', year: false },
			{ name: 'n', kind: 'number', year: false }
		];
		const m = chartModel(
			[
				{ day: '2021-01-01', n: 1 },
				{ day: '2021-07-01', n: 3 },
				{ day: '2022-01-01', n: 2 }
			],
			dateCols,
			{ ...base, x: 'day', mark: 'line' }
		);
		const l = resultChartLayout(m, 600, 'en');
		// A year on a 600 px chart (room for six ticks): the first day of each quarter, year-month.
		expect(l.xTicks.map((t) => t.label)).toEqual([
			'2021-01',
			'2021-04',
			'2021-07',
			'2021-10',
			'2022-01'
		]);
		// Each tick stands at its share of the time between the first and the last day.
		const [first, last] = [l.xTicks[0]!.at, l.xTicks.at(-1)!.at];
		const july = l.xTicks[2]!.at;
		expect((july - first) / (last - first)).toBeCloseTo(181 / 365, 5);
		// The middle point sits at the July tick's place.
		expect(l.marks[1]!.x).toBeCloseTo(first + ((last - first) * 181) / 365, 5);
	});
});
