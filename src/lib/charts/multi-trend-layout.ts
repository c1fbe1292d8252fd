/**
 * Geometry of the multi-series trend chart, computed outside the DOM: scales, line segments, point
 * marks, direct labels, ticks and the sentence that states the finding.
 *
 * - A null value or a missing year is a gap: lines join only consecutive years that both have a
 *   value (no interpolation; absent is not zero).
 * - A segment between two years whose report `format` differs is drawn dashed.
 * - A reader's imported report (`imported`) is a point of its unit's line, drawn as a dashed ring; one
 *   of a year the line already has a report of stands at that year off the line (the line goes
 *   through our report).
 * - On a log scale, values ≤ 0 cannot be drawn: they are left out (the line breaks there, it is not
 *   joined across) and counted and named in a note under the chart and in the aria-label.
 * - relativeTo: values are ratios to the base year, formatted as percentages, with a reference
 *   line at 1 (100%).
 */
import { max, min, tickStep } from 'd3-array';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import type { TrendData, TrendPointData, TrendSeriesData } from './chart-types';
import type { ChartStrings } from '../i18n/chart-phrases';
import { gridNeighbor, nearestBy } from './chart-focus';
import { round1, type Box, type Margin } from './geometry';
import { placeLabels } from './label-placement';
import { logTickFormatter, tickFormatter, valueFormatter, type NumberKind } from './number-format';
import { seriesColor } from './palette';
import { CHART_STRINGS_EN, phrases } from '../i18n/chart-phrases';
import { estimateTextWidth, truncateText } from './text-measure';
import { markTooltip, tooltipText, type TooltipContent } from './tooltip-content';

export interface TrendMark {
	/** Position in `marks` (focus order: series by series, years ascending). */
	index: number;
	series: string;
	seriesIndex: number;
	year: number;
	value: number;
	x: number;
	y: number;
	color: string;
	/** Failed checks involve this value: drawn hollow. */
	hollow: boolean;
	/** The reader's imported report: drawn as a dashed ring (the legend says so). */
	imported: boolean;
	approx: boolean;
	/** The report format differs from the previous year's. */
	formatChange: boolean;
	point: TrendPointData;
	tooltip: TooltipContent;
	ariaLabel: string;
}

export interface TrendSegment {
	d: string;
	/** Joins two years of different report formats. */
	dashed: boolean;
}

export interface TrendLabel {
	text: string;
	/** The full label when `text` is truncated. */
	full: string;
	x: number;
	y: number;
	/** Leader from the line end to a label that had to move, or null. */
	leader: string | null;
}

export interface TrendSeriesLayout {
	key: string;
	label: string;
	index: number;
	color: string;
	segments: TrendSegment[];
	marks: TrendMark[];
	/** Years whose value is ≤ 0 on a log scale (not drawn). */
	dropped: number[];
	directLabel: TrendLabel | null;
}

export interface Tick {
	value: number;
	label: string;
	/** x for an x tick, y for a y tick. */
	at: number;
}

export interface MultiTrendLayout {
	width: number;
	height: number;
	margin: Margin;
	plot: Box;
	series: TrendSeriesLayout[];
	marks: TrendMark[];
	xTicks: Tick[];
	yTicks: Tick[];
	/** The 100% line of a relative chart. */
	reference: { y: number; label: string } | null;
	hasFormatChange: boolean;
	hasHollow: boolean;
	/** Some point is a reader's imported report (the legend names its marker). */
	hasImported: boolean;
	/** Names the values a log scale leaves out, or null. */
	droppedNote: string | null;
	yLabel: string;
	ariaLabel: string;
}

export interface TrendLayoutOptions {
	width?: number;
	height?: number;
	strings?: ChartStrings;
	/** Direct labels at the line ends; default: when there is more than one series. */
	directLabels?: boolean;
}

const AXIS_FONT = 11;
const LABEL_FONT = 12;
const LABEL_GAP = 14;

interface Prepared {
	source: TrendSeriesData;
	index: number;
	points: TrendPointData[];
	drawable: (p: TrendPointData) => boolean;
}

export function trendHeight(width: number): number {
	return Math.round(Math.max(240, Math.min(380, width * 0.6)));
}

export function multiTrendLayout(
	data: TrendData,
	options: TrendLayoutOptions = {}
): MultiTrendLayout {
	const width = Math.max(280, Math.round(options.width ?? 640));
	const height = Math.round(options.height ?? trendHeight(width));
	const strings = options.strings ?? CHART_STRINGS_EN;
	const ph = phrases(strings.locale);
	const log = data.scale === 'log';
	const kind: NumberKind = data.relativeTo !== null ? 'ratio' : data.valueFormat;
	const fmt = valueFormatter(strings.locale, kind);
	const fmtCount = valueFormatter(strings.locale, 'count');
	const showLabels = options.directLabels ?? data.series.length > 1;

	const prepared: Prepared[] = data.series.map((source, index) => ({
		source,
		index,
		points: [...source.points].sort((a, b) => a.year - b.year),
		drawable: (p) => p.value !== null && Number.isFinite(p.value) && (!log || p.value > 0)
	}));
	const allPoints = prepared.flatMap((s) => s.points);
	const drawn = prepared.flatMap((s) => s.points.filter(s.drawable)).map((p) => p.value!);

	// y scale
	const yCount = Math.max(2, Math.floor((height - 52) / 60));
	let y;
	let yTickValues: number[];
	let yTickFormat: (v: number) => string;
	if (log) {
		let lo = min(drawn) ?? 1;
		let hi = max(drawn) ?? 10;
		if (data.relativeTo !== null) [lo, hi] = [Math.min(lo, 1), Math.max(hi, 1)];
		if (lo === hi) lo = hi / 10;
		y = scaleLog().domain([lo, hi]).nice();
		yTickValues = logTicks(y.ticks(yCount), yCount);
		yTickFormat = logTickFormatter(strings.locale, kind, min(yTickValues) ?? 1);
	} else {
		let lo = Math.min(0, min(drawn) ?? 0);
		let hi = Math.max(max(drawn) ?? 1, data.relativeTo !== null ? 1 : lo);
		if (data.relativeTo !== null) lo = Math.min(lo, 1);
		if (hi === lo) hi = lo + 1;
		y = scaleLinear().domain([lo, hi]).nice(yCount);
		const [d0, d1] = y.domain() as [number, number];
		yTickValues = y.ticks(yCount);
		yTickFormat = tickFormatter(strings.locale, kind, tickStep(d0, d1, yCount));
	}
	const yTickLabels = yTickValues.map((v) => yTickFormat(v));

	// margins
	// A line that ends before the last year is labelled with the year it ends (below).
	const lastYear = max(allPoints, (p) => p.year);
	const endSuffix = (s: Prepared): string => {
		const end = max(s.points.filter(s.drawable), (p) => p.year);
		return end !== undefined && lastYear !== undefined && end < lastYear
			? ` (${end}${ph.yearSuffix})`
			: '';
	};
	const labelWidth = showLabels
		? (max(prepared, (s) => estimateTextWidth(s.source.label + endSuffix(s), LABEL_FONT)) ?? 0)
		: 0;
	const margin: Margin = {
		top: 28,
		bottom: 24,
		left: Math.ceil(
			Math.max(24, (max(yTickLabels, (t) => estimateTextWidth(t, AXIS_FONT)) ?? 0) + 10)
		),
		right: showLabels ? Math.ceil(Math.min(labelWidth + 16, width * 0.3)) : 16
	};
	const plot: Box = {
		left: margin.left,
		right: width - margin.right,
		top: margin.top,
		bottom: height - margin.bottom
	};
	y.range([plot.bottom, plot.top]);

	// x scale: every year that appears, with or without a value
	const years = allPoints.map((p) => p.year);
	const y0 = min(years) ?? 0;
	const y1 = max(years) ?? 1;
	const x = scaleLinear()
		.domain(y0 === y1 ? [y0 - 1, y1 + 1] : [y0, y1])
		.range([plot.left, plot.right]);
	const xCount = Math.max(2, Math.floor((plot.right - plot.left) / 52));
	const xTicks: Tick[] = x
		.ticks(Math.min(xCount, Math.max(1, y1 - y0)))
		.filter((t) => Number.isInteger(t))
		.map((t) => ({ value: t, label: String(t), at: round1(x(t)) }));

	const yTicks: Tick[] = yTickValues.map((v, i) => ({
		value: v,
		label: yTickLabels[i]!,
		at: round1(y(v))
	}));

	const path = line<{ x: number; y: number }>()
		.x((d) => d.x)
		.y((d) => d.y);

	const marks: TrendMark[] = [];
	const seriesLayouts: TrendSeriesLayout[] = prepared.map((s) => {
		const color = seriesColor(s.index);
		const seriesMarks: TrendMark[] = [];
		const segments: TrendSegment[] = [];
		const dropped: number[] = [];
		let run: { x: number; y: number }[] = [];
		const flush = () => {
			if (run.length > 1) segments.push({ d: path(run) ?? '', dashed: false });
			run = [];
		};
		let prev: TrendPointData | undefined;
		let prevXY: { x: number; y: number } | undefined;
		const addMark = (p: TrendPointData, xy: { x: number; y: number }, formatChange: boolean) => {
			const tooltip = markTooltip({
				title: s.source.label,
				meta: `${p.year}${ph.yearSuffix}`,
				mark: p,
				format: fmt,
				formatCount: fmtCount,
				strings,
				notes: formatChange ? [strings.formatChange] : []
			});
			const mark: TrendMark = {
				index: marks.length,
				series: s.source.key,
				seriesIndex: s.index,
				year: p.year,
				value: p.value!,
				...xy,
				color,
				hollow: p.failedChecks.length > 0,
				imported: p.imported === true,
				approx: p.approx,
				formatChange,
				point: p,
				tooltip,
				ariaLabel: tooltipText(tooltip, strings.locale)
			};
			marks.push(mark);
			seriesMarks.push(mark);
		};
		for (const p of s.points) {
			const drawable = s.drawable(p);
			const xy = drawable ? { x: round1(x(p.year)), y: round1(y(p.value!)) } : null;
			// An import of a year the line has our report of: a mark, off the line.
			if (p.imported && s.points.some((q) => q.year === p.year && !q.imported)) {
				if (xy) addMark(p, xy, false);
				continue;
			}
			const formatChange =
				prev !== undefined &&
				prev.format !== null &&
				p.format !== null &&
				prev.format !== p.format &&
				p.year - prev.year === 1;
			if (!xy) {
				if (p.value !== null && log) dropped.push(p.year);
				flush();
				prev = p;
				prevXY = undefined;
				continue;
			}
			const joined = prevXY !== undefined && prev !== undefined && p.year - prev.year === 1;
			if (joined && formatChange) {
				flush();
				segments.push({ d: path([prevXY!, xy]) ?? '', dashed: true });
				run = [xy];
			} else if (joined) {
				run.push(xy);
			} else {
				flush();
				run = [xy];
			}
			addMark(p, xy, formatChange);
			prev = p;
			prevXY = xy;
		}
		flush();
		return {
			key: s.source.key,
			label: s.source.label,
			index: s.index,
			color,
			segments,
			marks: seriesMarks,
			dropped,
			directLabel: null
		};
	});

	if (strings.sameYear) addSameYear(marks, strings.sameYear);

	if (showLabels) {
		const ends = seriesLayouts
			.map((s) => ({ s, end: s.marks[s.marks.length - 1] }))
			.filter((d): d is { s: TrendSeriesLayout; end: TrendMark } => d.end !== undefined);
		const placed = placeLabels(
			ends.map((d) => ({ id: d.s.key, y: d.end.y })),
			LABEL_GAP,
			plot.top,
			plot.bottom
		);
		const room = margin.right - 12;
		for (const { s, end } of ends) {
			const p = placed.find((d) => d.id === s.key)!;
			const ly = round1(p.y);
			const moved = Math.abs(ly - end.y) > 1;
			// A line that ends before the last year: a dotted line across the plot to the label would
			// read as data (a value carried forward). Its label says the year it ends instead, and
			// no leader is drawn.
			const endYear = endSuffix(prepared[s.index]!);
			const early = endYear !== '';
			// The name comes first: where name and year do not both fit (a narrow chart), the name
			// alone, truncated as any label; its full text (with the year) is the label's title.
			const withYear = s.label + endYear;
			const text =
				estimateTextWidth(withYear, LABEL_FONT) <= room
					? withYear
					: truncateText(s.label, room, LABEL_FONT);
			s.directLabel = {
				text,
				full: withYear,
				x: plot.right + 9,
				y: ly,
				leader: moved && !early ? `M${round1(end.x + 5)},${end.y}L${plot.right + 7},${ly}` : null
			};
		}
	}

	const reference =
		data.relativeTo !== null
			? {
					y: round1(y(1)),
					label: `${fmt(1)} = ${data.relativeTo}${ph.yearSuffix}`
				}
			: null;

	return {
		width,
		height,
		margin,
		plot,
		series: seriesLayouts,
		marks,
		xTicks,
		yTicks,
		reference,
		hasFormatChange: seriesLayouts.some((s) => s.segments.some((g) => g.dashed)),
		hasHollow: marks.some((m) => m.hollow),
		hasImported: marks.some((m) => m.imported),
		droppedNote: droppedNote(data, prepared, strings),
		yLabel: data.yLabel,
		ariaLabel: trendFinding(data, prepared, fmt, strings)
	};
}

/** Log ticks thinned to about `count`: 1-2-5 per decade, then powers of ten only. */
export function logTicks(ticks: number[], count: number): number[] {
	const mantissa = (v: number) => Math.round(v / 10 ** Math.floor(Math.log10(v) + 1e-9));
	let out = ticks;
	if (out.length > count) out = out.filter((v) => [1, 2, 5].includes(mantissa(v)));
	if (out.length > count) out = out.filter((v) => mantissa(v) === 1);
	return out;
}

function trendFinding(
	data: TrendData,
	prepared: Prepared[],
	fmt: (v: number) => string,
	strings: ChartStrings
): string {
	const ph = phrases(strings.locale);
	const valued = prepared.flatMap((s) => s.points.filter((p) => p.value !== null));
	const start = min(valued, (p) => p.year);
	const end = max(valued, (p) => p.year);
	const span = start === undefined ? '' : start === end ? `${start}` : `${start}–${end}`;
	const parts = prepared.map((s) => {
		const label = s.source.label;
		const known = s.points.filter((p) => p.value !== null);
		const first = known[0];
		const last = known[known.length - 1];
		if (!first || !last) return ph.none(label, strings.noData);
		if (first === last) return ph.only(label, fmt(first.value!), first.year);
		const withYears = first.year !== start || last.year !== end;
		const from = withYears ? ph.atYear(fmt(first.value!), first.year) : fmt(first.value!);
		const to = withYears ? ph.atYear(fmt(last.value!), last.year) : fmt(last.value!);
		if (last.value! > first.value!) return ph.rose(label, from, to);
		if (last.value! < first.value!) return ph.fell(label, from, to);
		return ph.same(label, from);
	});
	const sentence = ph.lead(data.title, span) + parts.join(ph.listSeparator) + ph.end;
	const dropped = droppedNote(data, prepared, strings);
	return dropped ? `${sentence}${ph.end === '.' ? ' ' : ''}${dropped}` : sentence;
}

/** The sentence naming values a log scale cannot draw, or null. */
function droppedNote(data: TrendData, prepared: Prepared[], strings: ChartStrings): string | null {
	if (data.scale !== 'log') return null;
	const ph = phrases(strings.locale);
	const found = prepared
		.map((s) => ({
			label: s.source.label,
			years: s.points.filter((p) => p.value !== null && p.value <= 0).map((p) => p.year)
		}))
		.filter((d) => d.years.length > 0);
	const count = found.reduce((n, d) => n + d.years.length, 0);
	const items = found.map((d) => ph.seriesYears(d.label, d.years.join(ph.itemSeparator)));
	return count > 0 ? ph.notDrawnOnLog(count, items.join(ph.listSeparator)) + ph.end : null;
}

/** The mark nearest to (px, py) within `radius`, or null. */
export function nearestMark(
	marks: readonly TrendMark[],
	px: number,
	py: number,
	radius = 24
): TrendMark | null {
	let best: TrendMark | null = null;
	let bestD = radius * radius;
	for (const m of marks) {
		const d = (m.x - px) ** 2 + (m.y - py) ** 2;
		if (d <= bestD) [best, bestD] = [m, d];
	}
	return best;
}

/**
 * The mark an arrow key moves to from `from`: Left/Right along the series, Up/Down to the nearest
 * year of the series above/below in the list, Home/End to the series' ends. Null for other keys.
 */
export function trendNeighbor(
	layout: MultiTrendLayout,
	from: TrendMark,
	key: string
): TrendMark | null {
	return gridNeighbor(
		layout.series.map((s) => s.marks),
		from.seriesIndex,
		from,
		key,
		nearestYear
	);
}

const nearestYear = nearestBy<TrendMark>((m) => m.year);

/** How many other lines a point's tooltip lists for its year; the rest are counted ("+3"). */
export const SAME_YEAR_MAX = 5;

/**
 * Each point's tooltip lists the other lines' values in its year, highest first, so a reader who
 * hovers one line reads the year across all of them. A reader's imports are left out of the list
 * (each is a mark of its own on its unit's line).
 */
function addSameYear(marks: TrendMark[], heading: string): void {
	const byYear = new Map<number, TrendMark[]>();
	for (const m of marks) if (!m.imported) byYear.set(m.year, [...(byYear.get(m.year) ?? []), m]);
	for (const m of marks) {
		const others = (byYear.get(m.year) ?? [])
			.filter((o) => o.series !== m.series)
			.sort((a, b) => b.value - a.value);
		if (!others.length) continue;
		const lines = others
			.slice(0, SAME_YEAR_MAX)
			.map((o) => `${o.tooltip.title} ${o.tooltip.value}`);
		if (others.length > SAME_YEAR_MAX) lines.push(`+${others.length - SAME_YEAR_MAX}`);
		m.tooltip = { ...m.tooltip, others: { heading, lines } };
	}
}
