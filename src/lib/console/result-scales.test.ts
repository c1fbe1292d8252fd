import { scaleBand, scalePoint, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { bandScale, linePath, pointScale, utcDateTicks } from './result-scales';

describe("the console chart's own scales", () => {
	it('place bands as a d3 band scale with the same padding does', () => {
		// Three bands over 0–100, inner padding 0.2, outer 0.1: step 100 / (3 - 0.2 + 0.2) = 33.33.
		const b = bandScale(['a', 'b', 'c'], [0, 100], 0.2, 0.1);
		expect(b.step()).toBeCloseTo(100 / 3, 9);
		expect(b.bandwidth()).toBeCloseTo((100 / 3) * 0.8, 9);
		expect(b('a')).toBeCloseTo((100 / 3) * 0.1, 9);
		expect(b('z')).toBeUndefined();
		for (const n of [1, 2, 5, 17])
			for (const [inner, outer] of [
				[0, 0],
				[0.2, 0.1],
				[0.5, 0.3]
			] as const) {
				const keys = Array.from({ length: n }, (_, i) => `k${i}`);
				const d3 = scaleBand<string>().domain(keys).range([40, 560]);
				d3.paddingInner(inner).paddingOuter(outer);
				const ours = bandScale(keys, [40, 560], inner, outer);
				expect(ours.bandwidth()).toBeCloseTo(d3.bandwidth(), 9);
				for (const k of keys) expect(ours(k)).toBeCloseTo(d3(k)!, 9);
			}
	});

	it('place points as a d3 point scale does', () => {
		for (const n of [1, 2, 6]) {
			const keys = Array.from({ length: n }, (_, i) => `k${i}`);
			const d3 = scalePoint<string>().domain(keys).range([10, 310]).padding(0.5);
			const ours = pointScale(keys, [10, 310], 0.5);
			expect(ours.step()).toBeCloseTo(d3.step(), 9);
			for (const k of keys) expect(ours(k)).toBeCloseTo(d3(k)!, 9);
		}
	});

	it('pick calendar dates as a UTC time scale does, from days to decades', () => {
		expect(utcDateTicks(Date.UTC(2019, 4, 13, 7), Date.UTC(2019, 4, 16, 7), 6)).toHaveLength(3);
		const day = 86_400_000;
		const t0 = Date.UTC(2019, 4, 13, 7);
		for (const span of [3, 10, 40, 200, 400, 1000, 3000, 12_000, 40_000])
			for (const count of [2, 4, 6, 10]) {
				// Finer than a day d3 goes to hours; the axis writes dates, so ours stays at days.
				if (span < count) continue;
				const t1 = t0 + span * day;
				const d3 = scaleUtc().domain([t0, t1]).ticks(count);
				expect(
					utcDateTicks(t0, t1, count).map((d) => d.toISOString()),
					`${span} days, ${count} ticks`
				).toEqual(d3.map((d) => d.toISOString()));
			}
		// Read by hand: a year on six ticks is the first of each quarter.
		expect(
			utcDateTicks(Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1), 6).map((d) =>
				d.toISOString().slice(0, 7)
			)
		).toEqual(['2021-01', '2021-04', '2021-07', '2021-10', '2022-01']);
	});

	it('draw a line with its gaps as d3-shape draws it', () => {
		const pts = [
			{ x: 10.123456, y: 20 },
			null,
			{ x: 30, y: 40.5 },
			{ x: 50, y: 10 },
			null,
			null,
			{ x: 70, y: 0 }
		];
		const d3 = line<{ x: number; y: number } | null>()
			.defined((p) => p !== null)
			.x((p) => p!.x)
			.y((p) => p!.y);
		expect(linePath(pts)).toBe(d3(pts));
		expect(linePath(pts)).toBe('M10.123,20ZM30,40.5L50,10M70,0Z');
		expect(linePath([])).toBe('');
	});
});
