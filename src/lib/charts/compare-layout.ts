/**
 * Geometry of the ranked comparison (CompareData): horizontal bars sorted by value, largest first;
 * regions without a value come last as "no data" rows (no bar: absent is not zero). When each
 * region shows its own latest year, the axis says so and every value label carries its year.
 */
import { max, min, tickStep } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { CompareBarData, CompareData } from './chart-types';
import type { ChartStrings } from '../i18n/chart-phrases';
import { compareZh } from '../i18n/compare-zh';
import { listNeighbor } from './chart-focus';
import { round1, type Box, type Margin } from './geometry';
import { tickFormatter, valueFormatter } from './number-format';
import { CHART_STRINGS_EN, phrases } from '../i18n/chart-phrases';
import { estimateTextWidth, truncateText } from './text-measure';
import { markTooltip, tooltipText, type TooltipContent } from './tooltip-content';

export interface CompareRow {
	/** Rank order, 0 first. */
	index: number;
	key: string;
	label: string;
	fullLabel: string;
	year: number;
	value: number | null;
	/** Top of the row band. */
	top: number;
	/** Vertical centre of the row. */
	mid: number;
	/** The bar, or null for a "no data" row. */
	bar: { x: number; y: number; width: number; height: number } | null;
	/** Value (and year) next to the bar, or the "no data" text. */
	valueLabel: { text: string; x: number };
	hollow: boolean;
	mark: CompareBarData;
	tooltip: TooltipContent;
	ariaLabel: string;
}

export interface CompareLayout {
	width: number;
	height: number;
	margin: Margin;
	plot: Box;
	rows: CompareRow[];
	/** Rows that have a bar (the focusable marks), in rank order. */
	bars: CompareRow[];
	xTicks: { value: number; label: string; at: number }[];
	zero: number;
	axisLabel: string;
	hasHollow: boolean;
	ariaLabel: string;
}

export interface CompareLayoutOptions {
	width?: number;
	strings?: ChartStrings;
}

const LABEL_FONT = 12;
const VALUE_FONT = 11;
export const ROW_HEIGHT = 26;
const BAR_HEIGHT = 16;

/** Largest value first; ties by label then key; nulls last, by label. */
export function rankBars(bars: readonly CompareBarData[]): CompareBarData[] {
	const byLabel = (a: CompareBarData, b: CompareBarData) =>
		compareZh(a.label, b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
	return [...bars].sort((a, b) => {
		if (a.value === null || b.value === null)
			return a.value === b.value ? byLabel(a, b) : a.value === null ? 1 : -1;
		return b.value - a.value || byLabel(a, b);
	});
}

export function compareLayout(
	data: CompareData,
	options: CompareLayoutOptions = {}
): CompareLayout {
	const width = Math.max(280, Math.round(options.width ?? 640));
	const strings = options.strings ?? CHART_STRINGS_EN;
	const ph = phrases(strings.locale);
	const fmt = valueFormatter(strings.locale, data.valueFormat);
	const fmtCount = valueFormatter(strings.locale, 'count');
	const latest = data.year === 'latest';
	const ranked = rankBars(data.bars);
	const values = ranked.flatMap((b) => (b.value === null ? [] : [b.value]));

	const valueText = (b: CompareBarData) =>
		b.value === null
			? strings.noData
			: `${b.approx ? '≈' : ''}${fmt(b.value)}${latest ? ` (${b.year})` : ''}`;
	const labelWidth = max(ranked, (b) => estimateTextWidth(b.label, LABEL_FONT)) ?? 0;
	const valueWidth = max(ranked, (b) => estimateTextWidth(valueText(b), VALUE_FONT)) ?? 0;
	const margin: Margin = {
		top: 36,
		bottom: 8,
		left: Math.ceil(Math.max(40, Math.min(labelWidth + 10, width * 0.32))),
		right: Math.ceil(Math.min(valueWidth + 10, width * 0.3))
	};
	const height = margin.top + ranked.length * ROW_HEIGHT + margin.bottom;
	const plot: Box = {
		left: margin.left,
		right: width - margin.right,
		top: margin.top,
		bottom: height - margin.bottom
	};

	const count = Math.max(2, Math.floor((plot.right - plot.left) / 70));
	let lo = Math.min(0, min(values) ?? 0);
	let hi = Math.max(0, max(values) ?? 1);
	if (lo === hi) hi = lo + 1;
	const x = scaleLinear().domain([lo, hi]).nice(count).range([plot.left, plot.right]);
	[lo, hi] = x.domain() as [number, number];
	const tickFormat = tickFormatter(strings.locale, data.valueFormat, tickStep(lo, hi, count));
	const xTicks = x.ticks(count).map((v) => ({ value: v, label: tickFormat(v), at: round1(x(v)) }));
	const zero = round1(x(0));

	const rows: CompareRow[] = ranked.map((b, index) => {
		const top = plot.top + index * ROW_HEIGHT;
		const mid = top + ROW_HEIGHT / 2;
		let bar: CompareRow['bar'] = null;
		let labelX = plot.left + 4;
		if (b.value !== null) {
			const x0 = round1(x(Math.min(0, b.value)));
			const x1 = round1(x(Math.max(0, b.value)));
			// A zero is a value: a hairline at the axis, never a gap.
			bar = {
				x: x0,
				y: mid - BAR_HEIGHT / 2,
				width: Math.max(1, round1(x1 - x0)),
				height: BAR_HEIGHT
			};
			labelX = round1(x0 + bar.width + 4);
		}
		const tooltip = markTooltip({
			title: b.label,
			meta: `${b.year}${ph.yearSuffix}`,
			mark: b,
			format: fmt,
			formatCount: fmtCount,
			strings
		});
		return {
			index,
			key: b.key,
			label: truncateText(b.label, margin.left - 10, LABEL_FONT),
			fullLabel: b.label,
			year: b.year,
			value: b.value,
			top,
			mid,
			bar,
			valueLabel: { text: valueText(b), x: labelX },
			hollow: b.failedChecks.length > 0,
			mark: b,
			tooltip,
			ariaLabel: tooltipText(tooltip, strings.locale)
		};
	});

	const yearText = latest ? strings.latestYear : `${data.year}${ph.yearSuffix}`;
	return {
		width,
		height,
		margin,
		plot,
		rows,
		bars: rows.filter((r) => r.bar !== null),
		xTicks,
		zero,
		axisLabel: data.xLabel ? `${data.xLabel} · ${yearText}` : yearText,
		hasHollow: rows.some((r) => r.bar !== null && r.hollow),
		ariaLabel: compareFinding(data, rows, fmt, strings)
	};
}

function compareFinding(
	data: CompareData,
	rows: CompareRow[],
	fmt: (v: number) => string,
	strings: ChartStrings
): string {
	const ph = phrases(strings.locale);
	const latest = data.year === 'latest';
	const span = latest
		? strings.latestYear
		: data.title.includes(String(data.year))
			? ''
			: `${data.year}`;
	const item = (r: CompareRow) =>
		`${r.fullLabel} ${latest ? ph.atYear(fmt(r.value!), r.year) : fmt(r.value!)}`;
	const valued = rows.filter((r) => r.value !== null);
	const missing = rows.filter((r) => r.value === null);
	const parts: string[] = [];
	if (valued.length === 1) parts.push(ph.single(item(valued[0]!)));
	if (valued.length > 1)
		parts.push(ph.highestLowest(item(valued[0]!), item(valued[valued.length - 1]!)));
	if (missing.length > 0)
		parts.push(
			ph.withoutData(missing.length, rows.length) +
				ph.paren(missing.map((r) => r.fullLabel).join(ph.itemSeparator))
		);
	return ph.lead(data.title, span) + parts.join(ph.listSeparator) + ph.end;
}

/** The bar row at height y (anywhere along the row), or null. */
export function barAt(layout: CompareLayout, y: number): CompareRow | null {
	const index = Math.floor((y - layout.plot.top) / ROW_HEIGHT);
	const row = layout.rows[index];
	return row && row.bar ? row : null;
}

/** The bar an arrow key moves to: Up/Down by rank, Home/End to the ends. */
export function compareNeighbor(
	layout: CompareLayout,
	from: CompareRow,
	key: string
): CompareRow | null {
	return listNeighbor(layout.bars, from, key);
}
