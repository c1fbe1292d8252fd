/**
 * Positions of "Chart this result" (pure: d3 linear scales, result-scales.ts for bands, points, dates and lines): vertical or horizontal bars
 * (grouped by series), lines (one per series, gaps where y is NULL) and points, on a categorical,
 * numeric or time x. Label room is measured with text-measure.ts (a Chinese character is one em),
 * labels that do not fit are cut with an ellipsis and keep their full text for a <title>.
 */
// Only what the explorer's and embeds' charts use of d3 (the same modules, loaded with every first
// chart): bands, points, dates and line paths are result-scales.ts's.
import { max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { bandScale, linePath, pointScale, utcDateTicks } from './result-scales';
import { estimateTextWidth, truncateText } from '../charts/text-measure';
import { seriesColor } from '../charts/palette';
import { tickFormatter, valueFormatter } from '../charts/number-format';
import type { ChartModel } from './chart-data';

export interface Tick {
	at: number;
	label: string;
}

export interface Mark {
	/** Unique among the chart's marks; also the order keyboard focus follows. */
	id: string;
	series: string;
	/** The x as shown (category, number or date). */
	xText: string;
	y: number;
	yText: string;
	color: string;
	aria: string;
	shape: 'rect' | 'circle';
	x: number;
	yPos: number;
	w: number;
	h: number;
	/** The value written at a bar's end, when it fits. */
	valueLabel: { x: number; y: number; anchor: 'start' | 'middle' | 'end' } | null;
}

export interface CategoryLabel {
	key: string;
	text: string;
	full: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
}

export interface ResultChartLayout {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	horizontal: boolean;
	/** Value axis ticks: along x for horizontal bars, along y otherwise. */
	valueTicks: Tick[];
	/** Continuous x ticks (lines and points over a number or date). */
	xTicks: Tick[];
	categoryLabels: CategoryLabel[];
	marks: Mark[];
	lines: { key: string; d: string; color: string }[];
	legend: { key: string; color: string }[];
	/** The value-axis zero line, when zero is on the axis. */
	zero: number | null;
	xTitle: string;
	yTitle: string;
}

const FONT = 11;
const LABEL_FONT = 12;

function isYearScale(values: number[]): boolean {
	return values.length > 0 && values.every((v) => Number.isInteger(v) && v >= 1000 && v <= 3000);
}

function dateText(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

function dateTicks(ticks: Date[]): Tick[] {
	const allJan1 = ticks.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
	const allFirst = ticks.every((d) => d.getUTCDate() === 1);
	return ticks.map((d) => ({
		at: d.getTime(),
		label: d.toISOString().slice(0, allJan1 ? 4 : allFirst ? 7 : 10)
	}));
}

export function resultChartLayout(
	model: ChartModel,
	width: number,
	tag: string
): ResultChartLayout {
	const format = valueFormatter(tag, 'count');
	const values = model.series.flatMap((s) => s.points.flatMap((p) => (p.y === null ? [] : [p.y])));
	const lo = min(values) ?? 0;
	const hi = max(values) ?? 0;
	const colorOf = new Map(model.series.map((s, i) => [s.key, seriesColor(i)]));
	const legend = model.seriesColumn
		? model.series.map((s) => ({ key: s.key, color: colorOf.get(s.key)! }))
		: [];
	const seriesPart = (key: string) => (model.seriesColumn ? `${key} · ` : '');
	const xIsYear =
		model.xKind === 'number' &&
		isYearScale(model.series.flatMap((s) => s.points.map((p) => p.x as number)));
	const xText = (x: string | number) =>
		model.xKind === 'category'
			? String(x)
			: model.xKind === 'date'
				? dateText(x as number)
				: xIsYear
					? String(x)
					: format(x as number);
	const aria = (series: string, x: string | number, y: number) =>
		`${seriesPart(series)}${model.x} ${xText(x)}: ${model.y} ${format(y)}`;

	// Bars start at zero; lines and points show zero when it is near their values.
	const includeZero = model.mark === 'bar' || (lo >= 0 && lo <= hi / 2) || hi <= 0;
	const domain: [number, number] = includeZero
		? [Math.min(0, lo), Math.max(0, hi)]
		: [lo, hi === lo ? lo + 1 : hi];
	if (domain[0] === domain[1]) domain[1] = domain[0] + 1;
	const value = scaleLinear().domain(domain).nice();
	const step = (ticks: number[]) => (ticks.length > 1 ? ticks[1]! - ticks[0]! : 1);

	if (model.mark === 'bar' && model.horizontal) {
		const labelRoom = Math.min(
			Math.max(width * 0.4, 60),
			Math.max(0, ...model.categories.map((c) => estimateTextWidth(c, LABEL_FONT))) + 4
		);
		const rowHeight = Math.max(22, model.series.length * 12 + 8);
		const plot = {
			left: labelRoom + 10,
			right: width - Math.max(24, ...values.map((v) => estimateTextWidth(format(v), FONT) + 10)),
			top: 34,
			bottom: 34 + rowHeight * model.categories.length
		};
		value.range([plot.left, plot.right]);
		const ticks = value.ticks(Math.max(2, Math.floor((plot.right - plot.left) / 80)));
		const tf = tickFormatter(tag, 'count', step(ticks));
		return barLayout(model, 'horizontal', {
			width,
			height: plot.bottom + 8,
			plot,
			value,
			valueTicks: ticks.map((v) => ({ at: value(v), label: tf(v) })),
			zero: value(0),
			labelRoom,
			format,
			colorOf,
			aria,
			legend
		});
	}

	const height = 320;
	value.range([height - 40, 20]);
	const vTicks = value.ticks(6);
	const tf = tickFormatter(tag, 'count', step(vTicks));
	const tickRoom = Math.max(...vTicks.map((v) => estimateTextWidth(tf(v), FONT)));
	const plot = { left: tickRoom + 26, right: width - 12, top: 20, bottom: height - 40 };
	const valueTicks = vTicks.map((v) => ({ at: value(v), label: tf(v) }));
	const zero = domain[0] <= 0 && domain[1] >= 0 ? value(0) : null;

	if (model.mark === 'bar')
		return barLayout(model, 'vertical', {
			width,
			height,
			plot,
			value,
			valueTicks,
			zero,
			labelRoom: null,
			format,
			colorOf,
			aria,
			legend
		});

	// Lines and points.
	let xPos: (x: string | number) => number;
	let xTicks: Tick[] = [];
	let categoryLabels: CategoryLabel[] = [];
	if (model.xKind === 'category') {
		const point = pointScale(model.categories, [plot.left, plot.right], 0.5);
		xPos = (x) => point(x as string)!;
		const every = Math.max(
			1,
			Math.ceil(
				(Math.max(0, ...model.categories.map((c) => estimateTextWidth(c, LABEL_FONT))) + 8) /
					Math.max(1, point.step())
			)
		);
		const room = point.step() * every;
		categoryLabels = model.categories
			.filter((_, i) => i % every === 0)
			.map((c) => ({
				key: c,
				text: truncateText(c, room, LABEL_FONT),
				full: c,
				x: point(c)!,
				y: plot.bottom + 16,
				anchor: 'middle'
			}));
	} else {
		const xs = model.series.flatMap((s) => s.points.map((p) => p.x as number));
		const [x0, x1] = [min(xs), max(xs)];
		const d0 = x0 ?? 0;
		const d1 = x1 === undefined || x1 === x0 ? d0 + 1 : x1;
		if (model.xKind === 'date') {
			const time = scaleLinear().domain([d0, d1]).range([plot.left, plot.right]);
			xPos = (x) => time(x as number);
			const count = Math.max(2, Math.floor((plot.right - plot.left) / 90));
			xTicks = dateTicks(utcDateTicks(d0, d1, count)).map((t) => ({
				at: time(t.at),
				label: t.label
			}));
		} else {
			const lin = scaleLinear().domain([d0, d1]).range([plot.left, plot.right]);
			if (!xIsYear) lin.nice();
			xPos = (x) => lin(x as number);
			const ticks = lin
				.ticks(Math.max(2, Math.floor((plot.right - plot.left) / 70)))
				.filter((v) => !xIsYear || Number.isInteger(v));
			const xf = tickFormatter(tag, 'count', step(ticks));
			xTicks = ticks.map((v) => ({ at: lin(v), label: xIsYear ? String(v) : xf(v) }));
		}
	}
	const marks: Mark[] = [];
	const lines: ResultChartLayout['lines'] = [];
	for (const s of model.series) {
		if (model.mark === 'line')
			lines.push({
				key: s.key,
				d: linePath(s.points.map((p) => (p.y === null ? null : { x: xPos(p.x), y: value(p.y) }))),
				color: colorOf.get(s.key)!
			});
		for (const p of s.points) {
			if (p.y === null) continue;
			marks.push({
				id: `${s.key}\u0000${String(p.x)}`,
				series: s.key,
				xText: xText(p.x),
				y: p.y,
				yText: format(p.y),
				color: colorOf.get(s.key)!,
				aria: aria(s.key, p.x, p.y),
				shape: 'circle',
				x: xPos(p.x),
				yPos: value(p.y),
				w: 0,
				h: 0,
				valueLabel: null
			});
		}
	}
	return {
		width,
		height,
		plot,
		horizontal: false,
		valueTicks,
		xTicks,
		categoryLabels,
		marks,
		lines,
		legend,
		zero,
		xTitle: model.x,
		yTitle: model.y
	};
}

/** What a bar chart's layout takes from resultChartLayout: its frame and value axis, laid out. */
interface BarFrame {
	width: number;
	height: number;
	plot: ResultChartLayout['plot'];
	/** The value scale, its range along the plot's value axis. */
	value: (v: number) => number;
	valueTicks: Tick[];
	zero: number | null;
	/** The room for a category label beside its bars (horizontal); null: a band's step (vertical). */
	labelRoom: number | null;
	format: (v: number) => string;
	colorOf: Map<string, string>;
	aria: (series: string, x: string, y: number) => string;
	legend: ResultChartLayout['legend'];
}

/**
 * Bars grouped by series in bands of categories, in either orientation: the categories run down
 * (horizontal bars, the value along x) or across (vertical bars, the value along y). A bar spans
 * from zero to its value, at least 1 px; its value is written beyond its end where it fits.
 */
function barLayout(
	model: ChartModel,
	orientation: 'horizontal' | 'vertical',
	f: BarFrame
): ResultChartLayout {
	const horizontal = orientation === 'horizontal';
	const { plot, value } = f;
	const band = bandScale(
		model.categories,
		horizontal ? [plot.top, plot.bottom] : [plot.left, plot.right],
		0.2,
		0.1
	);
	const inner = bandScale(
		model.series.map((s) => s.key),
		[0, band.bandwidth()]
	);
	const thick = inner.bandwidth();
	const marks: Mark[] = [];
	for (const c of model.categories)
		for (const s of model.series) {
			const p = s.points.find((q) => q.x === c);
			if (!p || p.y === null) continue;
			// Along the value axis: from zero to the value (whichever is drawn first); across it: the
			// series' place in the category's band.
			const base = value(0);
			const end = value(p.y);
			const from = Math.min(base, end);
			const length = Math.max(1, Math.abs(end - base));
			const across = band(c)! + inner(s.key)!;
			const text = f.format(p.y);
			const negative = p.y < 0;
			const fits = horizontal ? thick >= 9 : estimateTextWidth(text, FONT) <= thick + 4;
			marks.push({
				id: `${s.key}\u0000${c}`,
				series: s.key,
				xText: c,
				y: p.y,
				yText: text,
				color: f.colorOf.get(s.key)!,
				aria: f.aria(s.key, c, p.y),
				shape: 'rect',
				x: horizontal ? from : across,
				yPos: horizontal ? across : from,
				w: horizontal ? length : thick,
				h: horizontal ? thick : length,
				valueLabel: !fits
					? null
					: horizontal
						? {
								x: end + (negative ? -4 : 4),
								y: across + thick / 2,
								anchor: negative ? 'end' : 'start'
							}
						: { x: across + thick / 2, y: end + (negative ? 12 : -4), anchor: 'middle' }
			});
		}
	return {
		width: f.width,
		height: f.height,
		plot,
		horizontal,
		valueTicks: f.valueTicks,
		xTicks: [],
		categoryLabels: model.categories.map((c) => ({
			key: c,
			text: truncateText(c, f.labelRoom ?? band.step(), LABEL_FONT),
			full: c,
			...(horizontal
				? { x: plot.left - 8, y: band(c)! + band.bandwidth() / 2, anchor: 'end' as const }
				: { x: band(c)! + band.bandwidth() / 2, y: plot.bottom + 16, anchor: 'middle' as const })
		})),
		marks,
		lines: [],
		legend: f.legend,
		zero: f.zero,
		xTitle: horizontal ? model.y : model.x,
		yTitle: horizontal ? model.x : model.y
	};
}
