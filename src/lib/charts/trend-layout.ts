/**
 * Geometry of a trend chart: d3 scales and the line path, computed outside the DOM so it can be
 * tested. Missing values are gaps in the line (no interpolation): absent is not zero.
 */
import { extent, max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export interface TrendPoint {
	year: number;
	value: number | null;
}

export interface TrendLayout {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
	path: string;
	points: { year: number; value: number; x: number; y: number }[];
	xTicks: { value: number; x: number }[];
	yTicks: { value: number; y: number }[];
}

export function trendLayout(data: readonly TrendPoint[], width = 640, height = 320): TrendLayout {
	const margin = { top: 16, right: 24, bottom: 32, left: 56 };
	const years = extent(data, (d) => d.year) as [number, number] | [undefined, undefined];
	const x0 = years[0] ?? 0;
	const x1 = years[1] ?? 1;
	const x = scaleLinear()
		.domain(x0 === x1 ? [x0 - 1, x1 + 1] : [x0, x1])
		.range([margin.left, width - margin.right]);
	const top = max(data, (d) => d.value ?? undefined) ?? 1;
	const y = scaleLinear()
		.domain([0, top || 1])
		.nice()
		.range([height - margin.bottom, margin.top]);
	const generator = line<TrendPoint>()
		.defined((d) => d.value !== null)
		.x((d) => x(d.year))
		.y((d) => y(d.value ?? 0));
	// A year with no report at all is also a gap: insert an empty point for it.
	const filled: TrendPoint[] = [];
	for (const d of [...data].sort((a, b) => a.year - b.year)) {
		const prev = filled[filled.length - 1];
		if (prev && d.year - prev.year > 1) filled.push({ year: prev.year + 1, value: null });
		filled.push(d);
	}
	const span = x1 - x0;
	const xTicks = x
		.ticks(Math.min(span || 1, 10))
		.filter((t) => Number.isInteger(t))
		.map((t) => ({ value: t, x: x(t) }));
	return {
		width,
		height,
		margin,
		path: generator(filled) ?? '',
		points: data
			.filter((d) => d.value !== null)
			.map((d) => ({ year: d.year, value: d.value!, x: x(d.year), y: y(d.value!) })),
		xTicks,
		yTicks: y.ticks(5).map((t) => ({ value: t, y: y(t) }))
	};
}
