import { describe, expect, it } from 'vitest';
import type { TrendData } from './chart-types';
import { logTrend, pt, relativeTrend, requestsTrend } from './__fixtures__/chart-fixtures';
import {
	logTicks,
	multiTrendLayout,
	nearestMark,
	trendNeighbor,
	type MultiTrendLayout
} from './multi-trend-layout';
import { CHART_STRINGS_ZH } from '../i18n/chart-phrases';

function series(layout: MultiTrendLayout, key: string) {
	return layout.series.find((s) => s.key === key)!;
}

/** The points a path string passes through. */
function pathPoints(d: string): number[][] {
	return d
		.split(/[ML]/)
		.filter(Boolean)
		.map((p) => p.split(',').map(Number));
}

function trend(points: TrendData['series'][number]['points'], extra: Partial<TrendData> = {}) {
	return {
		...requestsTrend,
		series: [{ key: 's', label: 'S', points }],
		...extra
	} satisfies TrendData;
}

describe('multiTrendLayout: gaps', () => {
	const layout = multiTrendLayout(requestsTrend);

	it('breaks the line at a null value: no segment spans it, the null year has no point', () => {
		const pingtan = series(layout, '350128');
		expect(pingtan.marks.map((m) => m.year)).toEqual([2014, 2015, 2017, 2018, 2019, 2020, 2021]);
		const x2016 = layout.xTicks.find((t) => t.value === 2016)!.at;
		for (const segment of pingtan.segments) {
			const xs = pathPoints(segment.d).map((p) => p[0]!);
			// No segment goes from before 2016 to after it.
			expect(xs.some((x) => x < x2016) && xs.some((x) => x > x2016)).toBe(false);
		}
	});

	it('breaks the line at a missing year (a year with no report at all)', () => {
		const fuzhou = series(layout, '350100');
		expect(fuzhou.marks.map((m) => m.year)).toEqual([2014, 2015, 2018, 2019, 2020, 2021]);
		const paths = fuzhou.segments.map((s) => pathPoints(s.d).length);
		// 2014–2015, then 2018–2019 (dashed), then 2019–2021: nothing joins 2015 to 2018.
		expect(paths).toEqual([2, 2, 3]);
	});

	it('never draws a null as zero', () => {
		const l = multiTrendLayout(trend([pt('s', 2019, null), pt('s', 2020, null)]));
		expect(l.marks).toEqual([]);
		expect(l.series[0]!.segments).toEqual([]);
		expect(l.ariaLabel).toBe('Information requests: S: no data.');
	});
});

describe('multiTrendLayout: format changes, failed checks, approx', () => {
	const layout = multiTrendLayout(requestsTrend);

	it('draws the segment across a report-format change dashed, and only that one', () => {
		const pingtan = series(layout, '350128');
		const dashed = pingtan.segments.filter((s) => s.dashed);
		expect(dashed).toHaveLength(1);
		const [a, b] = pathPoints(dashed[0]!.d);
		const m2018 = pingtan.marks.find((m) => m.year === 2018)!;
		const m2019 = pingtan.marks.find((m) => m.year === 2019)!;
		expect([a, b]).toEqual([
			[m2018.x, m2018.y],
			[m2019.x, m2019.y]
		]);
		expect(layout.hasFormatChange).toBe(true);
		expect(m2019.formatChange).toBe(true);
		expect(m2019.tooltip.notes).toContain('report format changed');
		// Xiamen starts in 2019: no change to mark.
		expect(series(layout, '350200').segments.every((s) => !s.dashed)).toBe(true);
	});

	it('does not dash when the format is unknown (null)', () => {
		const l = multiTrendLayout(
			trend([pt('s', 2018, 1, { format: null }), pt('s', 2019, 2, { format: 'post2019_2019' })])
		);
		expect(l.series[0]!.segments.map((s) => s.dashed)).toEqual([false]);
	});

	it('draws points with failed checks hollow and names the checks in the tooltip', () => {
		const hollow = layout.marks.filter((m) => m.hollow);
		expect(hollow.map((m) => `${m.series}|${m.year}`)).toEqual(['350128|2019']);
		expect(hollow[0]!.tooltip.notes).toContain('failed check: table3_total');
		expect(hollow[0]!.ariaLabel).toContain('table3_total');
		expect(layout.hasHollow).toBe(true);
	});

	it('says approx. in the tooltip of an approximate value', () => {
		const m = layout.marks.find((d) => d.series === '350128' && d.year === 2020)!;
		expect(m.tooltip).toMatchObject({ title: '平潭', meta: '2020', value: '120' });
		expect(m.tooltip.notes).toEqual(['approx.']);
	});
});

describe('multiTrendLayout: scales', () => {
	it('leaves values ≤ 0 out of a log scale and says so in the aria-label', () => {
		const layout = multiTrendLayout(logTrend);
		expect(series(layout, 'a').marks.map((m) => m.year)).toEqual([2017, 2019, 2020]);
		expect(series(layout, 'a').dropped).toEqual([2018]);
		expect(series(layout, 'b').dropped).toEqual([2019]);
		// The dropped year is a gap, not a line to a fake value.
		expect(series(layout, 'a').segments.map((s) => pathPoints(s.d).length)).toEqual([2]);
		const note =
			'2 points with a value of 0 or less are not drawn on the log scale: A 2018; B 2019.';
		expect(layout.ariaLabel).toContain(note);
		expect(layout.droppedNote).toBe(note);
		// The finding itself uses the real values, zero included.
		expect(layout.ariaLabel).toContain('A rose from 3 to 2,400');
		const ys = layout.marks.map((m) => m.y);
		expect(Math.min(...ys)).toBeGreaterThanOrEqual(layout.plot.top);
		expect(Math.max(...ys)).toBeLessThanOrEqual(layout.plot.bottom);
	});

	// One line far above the others (珠海 2017's ~3,600 requests against the rest under ~250), zeros
	// in both. Years from 2019 on (one report format, no dashed segment). Default size 640 × 380:
	// plot from y 28 to 356; drawn values 1…3,600, so the domain is niced to 1…10,000, 4 decades of
	// 82 px each, and y(v) = 356 − 82·log10(v).
	const spread: TrendData = {
		...requestsTrend,
		scale: 'log',
		series: [
			{
				key: 'z',
				label: 'Z',
				points: [120, 3600, 0, 50, 80, 95].map((v, i) => pt('z', 2019 + i, v))
			},
			{ key: 'p', label: 'P', points: [10, 0, 0, 12, 1, 4].map((v, i) => pt('p', 2019 + i, v)) }
		]
	};

	it('puts powers of ten on a log axis, one decade per 82 px here', () => {
		const layout = multiTrendLayout(spread);
		expect(layout.plot).toMatchObject({ top: 28, bottom: 356 });
		expect(layout.yTicks.map((t) => [t.label, t.value, t.at])).toEqual([
			['1', 1, 356],
			['10', 10, 274],
			['100', 100, 192],
			['1,000', 1000, 110],
			['10,000', 10000, 28]
		]);
		// 356 − 82 × log10(120) = 185.507…
		expect(series(layout, 'z').marks[0]).toMatchObject({ year: 2019, value: 120, y: 185.5 });
		expect(layout.yLabel).toBe(requestsTrend.yLabel);
	});

	it('breaks a line at a zero on a log scale and counts the points not drawn', () => {
		const layout = multiTrendLayout(spread);
		const z = series(layout, 'z');
		const p = series(layout, 'p');
		expect(z.marks.map((m) => m.year)).toEqual([2019, 2020, 2022, 2023, 2024]);
		expect(p.marks.map((m) => m.year)).toEqual([2019, 2022, 2023, 2024]);
		expect([z.dropped, p.dropped]).toEqual([[2021], [2020, 2021]]);
		// Z: 2019–2020, then 2022–2024; nothing joins 2020 to 2022. P: 2019 stands alone.
		const xs = (s: typeof z) => s.segments.map((g) => pathPoints(g.d).map(([x]) => x));
		const x = (s: typeof z, year: number) => s.marks.find((m) => m.year === year)!.x;
		expect(xs(z)).toEqual([
			[x(z, 2019), x(z, 2020)],
			[x(z, 2022), x(z, 2023), x(z, 2024)]
		]);
		expect(xs(p)).toEqual([[x(p, 2022), x(p, 2023), x(p, 2024)]]);
		expect(layout.droppedNote).toBe(
			'3 points with a value of 0 or less are not drawn on the log scale: Z 2021; P 2020, 2021.'
		);
		expect(multiTrendLayout(spread, { strings: CHART_STRINGS_ZH }).droppedNote).toBe(
			'3个数值为0或以下的点无法在对数刻度上绘出：Z 2021年；P 2020、2021年。'
		);
		// The same data on a linear scale: zeros drawn, one unbroken line each, no note.
		const linear = multiTrendLayout({ ...spread, scale: 'linear' });
		expect(linear.droppedNote).toBeNull();
		expect(linear.marks).toHaveLength(12);
		expect(series(linear, 'z').segments.map((g) => pathPoints(g.d).length)).toEqual([6]);
	});

	it('draws rates (0–100 %) on a log scale, a rate of 0 left out', () => {
		// Drawn 25 %…100 %: niced to 10 %…100 %, one decade over the plot's 328 px.
		const layout = multiTrendLayout(
			trend([pt('s', 2019, 0.25), pt('s', 2020, 0), pt('s', 2021, 0.5), pt('s', 2022, 1)], {
				valueFormat: 'percent',
				scale: 'log'
			})
		);
		expect(layout.yTicks.map((t) => t.label)).toEqual(['10%', '20%', '50%', '100%']);
		expect(layout.yTicks.map((t) => t.at)).toEqual([356, 257.3, 126.7, 28]);
		// 356 − 328 × (1 + log10(v)): 0.2 → 257.26…, 0.25 → 225.47…, 0.5 → 126.73…
		expect(layout.marks.map((m) => [m.year, m.y])).toEqual([
			[2019, 225.5],
			[2021, 126.7],
			[2022, 28]
		]);
		expect(layout.droppedNote).toBe(
			'1 point with a value of 0 or less is not drawn on the log scale: S 2020.'
		);
	});

	it('thins log ticks to 1-2-5 and then to powers of ten', () => {
		const ticks = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
		expect(logTicks(ticks, 8)).toEqual([1, 2, 5, 10, 20, 50, 100]);
		expect(logTicks(ticks, 4)).toEqual([1, 10, 100]);
		const layout = multiTrendLayout(logTrend);
		expect(layout.yTicks.map((t) => t.label)).toEqual(['1', '10', '100', '1,000', '10,000']);
	});

	it('draws a linear scale from zero with formatted ticks', () => {
		const layout = multiTrendLayout(requestsTrend);
		expect(layout.yTicks[0]).toMatchObject({ value: 0, at: layout.plot.bottom });
		expect(layout.yTicks.every((t) => t.at >= layout.plot.top)).toBe(true);
	});

	it('formats percent values (fractions) as %', () => {
		const layout = multiTrendLayout(
			trend([pt('s', 2019, 0.25), pt('s', 2020, 0.375)], { valueFormat: 'percent' })
		);
		expect(layout.marks.map((m) => m.tooltip.value)).toEqual(['25%', '37.5%']);
		expect(layout.yTicks.every((t) => t.label.endsWith('%'))).toBe(true);
		expect(layout.ariaLabel).toContain('rose from 25% to 37.5%');
	});

	it('relative: values are ratios shown as %, with a reference line at 1 (100%)', () => {
		const layout = multiTrendLayout(relativeTrend, { strings: CHART_STRINGS_ZH });
		const one = layout.marks.find((m) => m.value === 1)!;
		expect(layout.reference).toEqual({ y: one.y, label: '100% = 2019年' });
		expect(layout.marks.find((m) => m.value === 1.25)!.tooltip.value).toBe('125%');
		// The rate's numerator and denominator are on hover.
		expect(layout.marks.find((m) => m.value === 1.25)!.tooltip.details).toEqual(['50 / 50']);
	});
});

describe('multiTrendLayout: direct labels', () => {
	it('labels each line at its end, apart from each other, inside the plot height', () => {
		const layout = multiTrendLayout(requestsTrend);
		const labels = layout.series.map((s) => s.directLabel!).sort((a, b) => a.y - b.y);
		expect(labels).toHaveLength(3);
		for (let i = 1; i < labels.length; i++)
			expect(labels[i]!.y - labels[i - 1]!.y).toBeGreaterThanOrEqual(14 - 1e-9);
		for (const l of labels) {
			expect(l.x).toBeGreaterThan(layout.plot.right);
			expect(l.y).toBeGreaterThanOrEqual(layout.plot.top);
			expect(l.y).toBeLessThanOrEqual(layout.plot.bottom);
		}
		// 平潭 (154), Fuzhou (150) and Xiamen (146) end within a few px: the outer ones moved, with leaders.
		expect(series(layout, '350128').directLabel!.leader).not.toBeNull();
		expect(series(layout, '350200').directLabel!.leader).not.toBeNull();
	});

	it('labels a line that ends before the last year with that year, with no leader across the plot', () => {
		const data: TrendData = {
			...requestsTrend,
			series: [
				{ key: 'a', label: 'A', points: [pt('a', 2018, 10), pt('a', 2019, 20)] },
				{ key: 'b', label: 'B', points: [pt('b', 2018, 100), pt('b', 2021, 90)] }
			]
		};
		const layout = multiTrendLayout(data);
		const a = series(layout, 'a');
		expect(a.directLabel!.y).toBe(a.marks[1]!.y);
		expect(a.directLabel!.leader).toBeNull();
		expect(a.directLabel!.text).toBe('A (2019)');
		expect(series(layout, 'b').directLabel!.leader).toBeNull();
		expect(series(layout, 'b').directLabel!.text).toBe('B');
		// Narrow, with a long name: the name first, the year only in the full text.
		const long = 'A region with a rather long name';
		const narrow = multiTrendLayout(
			{ ...data, series: [{ ...data.series[0]!, label: long }, data.series[1]!] },
			{ width: 300 }
		);
		const label = series(narrow, 'a').directLabel!;
		expect(label.text).not.toMatch(/2019/);
		expect(label.text.startsWith('A ')).toBe(true);
		expect(label.full).toBe(`${long} (2019)`);
	});

	it('truncates long labels with an ellipsis when narrow, and uses fewer ticks', () => {
		const wide = multiTrendLayout(requestsTrend, { width: 760 });
		const narrow = multiTrendLayout(requestsTrend, { width: 320 });
		const label = series(narrow, '350100').directLabel!;
		expect(label.text.endsWith('…')).toBe(true);
		expect(label.full).toBe('Fuzhou Municipal People’s Government');
		expect(narrow.margin.right).toBeLessThanOrEqual(320 * 0.3 + 1);
		expect(narrow.xTicks.length).toBeLessThan(wide.xTicks.length);
		expect(narrow.plot.right - narrow.plot.left).toBeGreaterThan(150);
	});
});

describe('multiTrendLayout: the finding and the marks', () => {
	it('states the finding from first and last values per series', () => {
		expect(multiTrendLayout(requestsTrend).ariaLabel).toBe(
			'Information requests, 2014–2021: 平潭 rose from 23 to 154; ' +
				'Fuzhou Municipal People’s Government fell from 200 to 150; ' +
				'厦门 rose from 140 (2019) to 146 (2021).'
		);
		expect(multiTrendLayout(requestsTrend, { strings: CHART_STRINGS_ZH }).ariaLabel).toBe(
			'Information requests，2014–2021：平潭从23增至154；' +
				'Fuzhou Municipal People’s Government从200降至150；' +
				'厦门从140（2019年）增至146（2021年）。'
		);
		// A single series is named in the sentence too (the title may not name it).
		const flat = multiTrendLayout(trend([pt('s', 2019, 5), pt('s', 2020, 5)]));
		expect(flat.ariaLabel).toBe('Information requests, 2019–2020: S unchanged at 5.');
		expect(flat.series[0]!.directLabel).toBeNull();
	});

	it('rounds coordinates to 0.1', () => {
		const layout = multiTrendLayout(requestsTrend, { width: 333 });
		for (const m of layout.marks) {
			expect(Math.round(m.x * 10) / 10).toBe(m.x);
			expect(Math.round(m.y * 10) / 10).toBe(m.y);
		}
		for (const s of layout.series) for (const g of s.segments) expect(g.d).not.toMatch(/\d\.\d\d/);
	});

	it('finds the nearest mark within a radius', () => {
		const layout = multiTrendLayout(requestsTrend);
		const m = layout.marks[3]!;
		expect(nearestMark(layout.marks, m.x + 3, m.y - 2)).toBe(m);
		expect(nearestMark(layout.marks, -100, -100)).toBeNull();
	});

	it('moves along a series with Left/Right and across series with Up/Down', () => {
		const layout = multiTrendLayout(requestsTrend);
		const p2018 = layout.marks.find((m) => m.series === '350128' && m.year === 2018)!;
		expect(trendNeighbor(layout, p2018, 'ArrowRight')!.year).toBe(2019);
		expect(trendNeighbor(layout, p2018, 'ArrowLeft')!.year).toBe(2017);
		expect(trendNeighbor(layout, p2018, 'Home')!.year).toBe(2014);
		const down = trendNeighbor(layout, p2018, 'ArrowDown')!;
		expect([down.series, down.year]).toEqual(['350100', 2018]);
		const xiamen = trendNeighbor(layout, down, 'ArrowDown')!;
		expect([xiamen.series, xiamen.year]).toEqual(['350200', 2019]);
		expect(trendNeighbor(layout, p2018, 'ArrowUp')).toBe(p2018);
		expect(trendNeighbor(layout, p2018, 'x')).toBeNull();
	});
});

describe("multiTrendLayout: the reader's imports", () => {
	it('puts an import on its line as a ring, off the line where we have that year', () => {
		const layout = multiTrendLayout(
			trend([
				pt('350128', 2019, 10),
				pt('350128', 2020, 20),
				pt('350128', 2020, 25, { imported: true }),
				pt('350128', 2021, 30, { imported: true })
			])
		);
		const s = series(layout, 's');
		expect(s.marks.map((m) => [m.year, m.value, m.imported])).toEqual([
			[2019, 10, false],
			[2020, 20, false],
			[2020, 25, true],
			[2021, 30, true]
		]);
		// One line through 2019, 2020 (ours) and 2021 (the import in a year we lack): not through 25.
		expect(s.segments).toHaveLength(1);
		const through = pathPoints(s.segments[0]!.d);
		const y25 = s.marks[2]!.y;
		expect(through).toHaveLength(3);
		expect(through.map((p) => p[1])).not.toContain(y25);
		expect(layout.hasImported).toBe(true);
		expect(s.marks[2]!.tooltip.notes).toContain(
			'a report you imported in this browser, not checked by us'
		);
		expect(multiTrendLayout(trend([pt('350128', 2019, 10)])).hasImported).toBe(false);
	});
});

describe('multiTrendLayout: the other lines in a point’s year', () => {
	const data: TrendData = {
		...requestsTrend,
		series: ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((label, i) => ({
			key: label.toLowerCase(),
			label,
			// 2020: A 10, B 20, … G 70; 2021: only A and B.
			points: [
				pt(label, 2020, (i + 1) * 10),
				...(i < 2 ? [pt(label, 2021, i === 0 ? 5 : 1200)] : [])
			]
		}))
	};
	const layout = multiTrendLayout(data);
	const at = (key: string, year: number) =>
		layout.marks.find((m) => m.series === key && m.year === year)!;

	it('lists the others highest first, at most five, and counts the rest', () => {
		// A 2020 = 10: the six others are G 70 … B 20; five are named, one is counted.
		expect(at('a', 2020).tooltip.others).toEqual({
			heading: 'same year',
			lines: ['G 70', 'F 60', 'E 50', 'D 40', 'C 30', '+1']
		});
		// 2021 has A and B only: each names the other, with its value as the tooltip formats it.
		expect(at('a', 2021).tooltip.others!.lines).toEqual(['B 1,200']);
		expect(at('b', 2021).tooltip.others!.lines).toEqual(['A 5']);
	});

	it('keeps the mark’s accessible name its own, and says it in Chinese with Chinese strings', () => {
		expect(at('a', 2021).ariaLabel).not.toContain('B');
		const zh = multiTrendLayout(data, { strings: CHART_STRINGS_ZH });
		const m = zh.marks.find((x) => x.series === 'b' && x.year === 2021)!;
		expect(m.tooltip.others).toEqual({ heading: '同年', lines: ['A 5'] });
	});

	it('lists nothing for a line alone in its year', () => {
		const alone = multiTrendLayout(trend([pt('s', 2019, 3), pt('s', 2020, 4)]));
		expect(alone.marks.every((m) => m.tooltip.others === undefined)).toBe(true);
	});
});
