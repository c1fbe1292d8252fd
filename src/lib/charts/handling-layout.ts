/**
 * Geometry of the handling chart (HandlingData): one 100%-stacked horizontal bar per region-year,
 * segments in category order. Shares are value / max(total, sum of the printed values), so a
 * complete bar whose parts add up to its total fills exactly 100% and nothing ever overflows.
 * A segment whose value is absent is not drawn and its bar is marked incomplete (the unaccounted
 * rest stays visibly empty); a bar whose total is null or 0 is a "no data" row.
 * Before 2019 (the builder says so with `unprinted`), where a category is not printed, the shares are
 * of the answers given and what the printed categories do not account for is a "not printed"
 * segment of its own; when they account for every answer the bar is complete. A bar of printed
 * counts without the answers given (`countsOnly`) is no bar: one mark of text with the counts.
 */
import { max, sum } from 'd3-array';
import type {
	HandlingBarData,
	HandlingCategory,
	HandlingData,
	HandlingSegmentData
} from './chart-types';
import type { ChartStrings } from '../i18n/chart-phrases';
import { gridNeighbor, nearestBy } from './chart-focus';
import { round1, type Box, type Margin } from './geometry';
import { valueFormatter } from './number-format';
import { textColorOn } from './palette';
import { CHART_STRINGS_EN, phrases } from '../i18n/chart-phrases';
import { estimateTextWidth, truncateText } from './text-measure';
import { markTooltip, tooltipText, type TooltipContent } from './tooltip-content';

export interface HandlingSegmentLayout {
	/** Unique: bar key, year and category. */
	id: string;
	rowIndex: number;
	category: HandlingCategory;
	value: number;
	/** Share of the bar, 0–1 (what the width shows). */
	share: number;
	x: number;
	y: number;
	width: number;
	height: number;
	/** The share printed inside the segment (centred on x, y) when it fits, else null. */
	inside: { text: string; x: number; y: number } | null;
	/** Text color on the category color, or null (use the theme's). */
	textColor: string | null;
	hollow: boolean;
	/** A category's value, the "not printed" rest of the answers, or a row's counts as text. */
	kind: 'value' | 'unprinted' | 'counts';
	mark: HandlingSegmentData;
	tooltip: TooltipContent;
	ariaLabel: string;
}

export type HandlingStatus = 'complete' | 'incomplete' | 'no-data' | 'counts';

/** The "not printed" rest's category (legend and segment), not one of the data's. */
export const NOT_PRINTED_ID = 'not_printed';
/** Its colour: the theme's muted text, drawn hatched (HandlingBars). */
export const NOT_PRINTED_COLOR = 'var(--ogi-muted)';
/** The mark of a row of printed counts without a total. */
const COUNTS_ID = 'counts';

export interface HandlingRow {
	index: number;
	id: string;
	key: string;
	label: string;
	fullLabel: string;
	year: number;
	total: number | null;
	top: number;
	mid: number;
	status: HandlingStatus;
	/** Drawn segments (absent and zero ones are not drawn). */
	segments: HandlingSegmentLayout[];
	/** Categories whose value is absent. */
	missing: HandlingCategory[];
	/** The bar's full extent (outlined), or null for a "no data" row. */
	frame: { x: number; y: number; width: number; height: number } | null;
	/** Text beside the bar: "incomplete" or "no data", or null. */
	note: string | null;
}

export interface HandlingLayout {
	width: number;
	height: number;
	margin: Margin;
	plot: Box;
	rows: HandlingRow[];
	/** All drawn segments, row by row (the focusable marks). */
	segments: HandlingSegmentLayout[];
	xTicks: { value: number; label: string; at: number }[];
	categories: HandlingCategory[];
	/** The "not printed" legend entry, when a bar has such a segment. */
	notPrinted: HandlingCategory | null;
	ariaLabel: string;
}

export interface HandlingLayoutOptions {
	width?: number;
	strings?: ChartStrings;
}

const LABEL_FONT = 12;
const INSIDE_FONT = 10;
export const HANDLING_ROW_HEIGHT = 28;
const BAR_HEIGHT = 18;

export interface BarShares {
	status: HandlingStatus;
	/** Share per category id (absent categories are missing from the map). */
	shares: Map<string, number>;
	missing: string[];
	/** Share of the "not printed" rest (before 2019), 0 when there is none. */
	unprinted: number;
}

/** Shares of one bar, in category order; see the module comment for the denominator. */
export function barShares(
	bar: HandlingBarData,
	categories: readonly HandlingCategory[]
): BarShares {
	const byCategory = new Map(bar.segments.map((s) => [s.category, s]));
	const notInEra = new Set(bar.notInEra ?? []);
	const missing = categories
		.filter((c) => {
			if (notInEra.has(c.id)) return false;
			const v = byCategory.get(c.id)?.value;
			return v === null || v === undefined;
		})
		.map((c) => c.id);
	if (bar.countsOnly) return { status: 'counts', shares: new Map(), missing, unprinted: 0 };
	if (bar.total === null || bar.total === 0)
		return { status: 'no-data', shares: new Map(), missing, unprinted: 0 };
	const present = categories.flatMap((c) => {
		const v = byCategory.get(c.id)?.value;
		return v === null || v === undefined ? [] : [{ id: c.id, value: v }];
	});
	const denominator = Math.max(
		bar.total,
		sum(present, (d) => d.value)
	);
	// Before 2019 the builder gives the answers the printed categories leave: 0 means they account for
	// every answer, so the categories not printed are 0 and the bar is complete.
	const rest = bar.unprinted ?? null;
	return {
		status: (rest === null ? missing.length > 0 : rest > 0) ? 'incomplete' : 'complete',
		shares: new Map(present.map((d) => [d.id, denominator > 0 ? d.value / denominator : 0])),
		missing,
		unprinted: rest !== null && denominator > 0 ? rest / denominator : 0
	};
}

export function handlingLayout(
	data: HandlingData,
	options: HandlingLayoutOptions = {}
): HandlingLayout {
	const width = Math.max(280, Math.round(options.width ?? 640));
	const strings = options.strings ?? CHART_STRINGS_EN;
	const ph = phrases(strings.locale);
	const fmtCount = valueFormatter(strings.locale, 'count');
	const fmtShare = valueFormatter(strings.locale, 'percent');
	const categoryById = new Map(data.categories.map((c) => [c.id, c]));
	const notPrintedCategory: HandlingCategory = {
		id: NOT_PRINTED_ID,
		label: strings.notPrinted ?? strings.missing,
		color: NOT_PRINTED_COLOR
	};

	const shares = data.bars.map((b) => barShares(b, data.categories));
	const noteOf = (s: BarShares) => (s.status === 'incomplete' ? strings.missing : null);
	const rowLabel = (b: HandlingBarData) => `${b.label} ${b.year}`;
	const labelWidth = max(data.bars, (b) => estimateTextWidth(rowLabel(b), LABEL_FONT)) ?? 0;
	const noteWidth = max(shares, (s) => {
		const note = noteOf(s);
		return note ? estimateTextWidth(note, 11) : 0;
	});
	const margin: Margin = {
		top: 24,
		bottom: 8,
		left: Math.ceil(Math.max(48, Math.min(labelWidth + 10, width * 0.34))),
		right: Math.ceil(Math.min((noteWidth ?? 0) + 14, width * 0.22)) || 12
	};
	const height = margin.top + data.bars.length * HANDLING_ROW_HEIGHT + margin.bottom;
	const plot: Box = {
		left: margin.left,
		right: width - margin.right,
		top: margin.top,
		bottom: height - margin.bottom
	};
	const span = plot.right - plot.left;
	const xAt = (share: number) => round1(plot.left + share * span);
	const tickCount = span < 200 ? 2 : 4;
	const xTicks = Array.from({ length: tickCount + 1 }, (_, i) => i / tickCount).map((v) => ({
		value: v,
		label: fmtShare(v),
		at: xAt(v)
	}));

	const segments: HandlingSegmentLayout[] = [];
	const rows: HandlingRow[] = data.bars.map((bar, index) => {
		const s = shares[index]!;
		const top = plot.top + index * HANDLING_ROW_HEIGHT;
		const mid = top + HANDLING_ROW_HEIGHT / 2;
		const y = mid - BAR_HEIGHT / 2;
		const id = `${bar.key}|${bar.year}`;
		const year = `${bar.year}`;
		const room = margin.left - 10 - estimateTextWidth(` ${year}`, LABEL_FONT);
		const rowSegments: HandlingSegmentLayout[] = [];
		const meta = `${bar.label} ${bar.year}${ph.yearSuffix}`;
		const totalText = bar.total === null ? '–' : fmtCount(bar.total);
		const notPrinted = (bar.notPrinted ?? []).join(strings.locale.startsWith('zh') ? '、' : ', ');
		const barNotes =
			s.status === 'incomplete'
				? [strings.missing]
				: bar.unprinted === 0 && notPrinted && strings.accountedFor
					? [strings.accountedFor.replace('{parts}', notPrinted).replace('{total}', totalText)]
					: [];
		const add = (
			kind: HandlingSegmentLayout['kind'],
			category: HandlingCategory,
			mark: HandlingSegmentData,
			x0: number,
			x1: number,
			details: string[],
			notes: string[],
			text: string
		) => {
			const tooltip = markTooltip({
				title: category.label,
				meta,
				mark,
				format: fmtCount,
				formatCount: fmtCount,
				strings,
				details,
				notes
			});
			const counts = kind === 'counts';
			if (counts) tooltip.value = strings.countsOnly ?? strings.missing;
			const layout: HandlingSegmentLayout = {
				id: `${id}|${category.id}`,
				rowIndex: index,
				category,
				value: mark.value ?? 0,
				share: mark.share ?? 0,
				x: x0,
				y,
				width: round1(x1 - x0),
				height: BAR_HEIGHT,
				inside: counts
					? { text: truncateText(text, x1 - x0 - 8, INSIDE_FONT), x: round1(x0 + 4), y: mid }
					: estimateTextWidth(text, INSIDE_FONT) + 6 <= x1 - x0
						? { text, x: round1((x0 + x1) / 2), y: mid }
						: null,
				textColor: kind === 'value' ? textColorOn(category.color) : null,
				hollow: kind === 'value' && mark.failedChecks.length > 0,
				kind,
				mark,
				tooltip,
				ariaLabel: tooltipText(tooltip, strings.locale)
			};
			rowSegments.push(layout);
			segments.push(layout);
		};
		const notPrintedNote =
			notPrinted && strings.incomplete ? [strings.incomplete.replace('{parts}', notPrinted)] : [];
		let cumulative = 0;
		for (const category of data.categories) {
			const share = s.shares.get(category.id);
			const segment = bar.segments.find((d) => d.category === category.id);
			if (share === undefined || !segment || segment.value === null) continue;
			const x0 = xAt(cumulative);
			cumulative += share;
			const x1 = xAt(cumulative);
			if (x1 - x0 <= 0) continue;
			const shareText = fmtShare(share);
			add(
				'value',
				category,
				{ ...segment, share },
				x0,
				x1,
				[ph.shareOf(strings.share, shareText, strings.of, totalText)],
				barNotes,
				shareText
			);
		}
		if (s.unprinted > 0 && bar.unprinted !== undefined) {
			const shareText = fmtShare(s.unprinted);
			add(
				'unprinted',
				notPrintedCategory,
				{
					category: NOT_PRINTED_ID,
					value: bar.unprinted,
					share: s.unprinted,
					approx: false,
					failedChecks: [],
					source: bar.unprintedSource ?? null
				},
				xAt(cumulative),
				xAt(Math.min(1, cumulative + s.unprinted)),
				[
					(strings.notPrintedOf ?? '{n} / {total}')
						.replace('{n}', fmtCount(bar.unprinted))
						.replace('{total}', totalText),
					ph.shareOf(strings.share, shareText, strings.of, totalText)
				],
				notPrintedNote,
				shareText
			);
		}
		if (s.status === 'counts') {
			// The printed counts as text, one mark (its source: the report, every printed category).
			const printed = bar.segments.filter((v) => v.value !== null);
			const label = (c: string) => categoryById.get(c)?.label ?? c;
			const text = printed.map((v) => `${label(v.category)} ${fmtCount(v.value!)}`);
			const sep = strings.locale.startsWith('zh') ? '；' : '; ';
			const source = printed[0]?.source;
			add(
				'counts',
				{ id: COUNTS_ID, label: text.join(sep), color: 'none' },
				{
					category: COUNTS_ID,
					value: null,
					share: null,
					approx: printed.some((v) => v.approx),
					failedChecks: [...new Set(printed.flatMap((v) => v.failedChecks))],
					source: source ? { ...source, metrics: printed.flatMap((v) => v.source!.metrics) } : null
				},
				plot.left,
				plot.right,
				notPrintedNote,
				[],
				[...text, strings.countsOnly ?? strings.missing].join(sep)
			);
		}
		return {
			index,
			id,
			key: bar.key,
			label: `${truncateText(bar.label, room, LABEL_FONT)} ${year}`,
			fullLabel: rowLabel(bar),
			year: bar.year,
			total: bar.total,
			top,
			mid,
			status: s.status,
			segments: rowSegments,
			missing: s.missing.map((c) => categoryById.get(c)!),
			frame:
				s.status === 'no-data' || s.status === 'counts'
					? null
					: { x: plot.left, y, width: round1(span), height: BAR_HEIGHT },
			note: s.status === 'no-data' ? strings.noData : noteOf(s)
		};
	});

	return {
		width,
		height,
		margin,
		plot,
		rows,
		segments,
		xTicks,
		categories: data.categories,
		notPrinted: segments.some((x) => x.kind === 'unprinted') ? notPrintedCategory : null,
		ariaLabel: handlingFinding(data, rows, fmtShare, strings)
	};
}

const FINDING_ROWS = 6;

function handlingFinding(
	data: HandlingData,
	rows: HandlingRow[],
	fmtShare: (v: number) => string,
	strings: ChartStrings
): string {
	const ph = phrases(strings.locale);
	const parts = rows.slice(0, FINDING_ROWS).map((r) => {
		const name = `${r.fullLabel}${ph.yearSuffix}`;
		if (r.status === 'no-data') return ph.none(name, strings.noData);
		const counts = r.segments[0]?.tooltip;
		if (r.status === 'counts')
			return ph.none(name, counts ? `${counts.title}${ph.listSeparator}${counts.value}` : '');
		const largest = r.segments
			.filter((s) => s.kind === 'value')
			.reduce<HandlingSegmentLayout | null>(
				(best, s) => (best === null || s.share > best.share ? s : best),
				null
			);
		const text = largest
			? ph.largestShare(name, largest.category.label, fmtShare(largest.share))
			: ph.none(name, strings.noData);
		return r.status === 'incomplete' ? text + ph.paren(strings.missing) : text;
	});
	if (rows.length > FINDING_ROWS) parts.push(ph.more(rows.length - FINDING_ROWS));
	return ph.lead(data.title, '') + parts.join(ph.listSeparator) + ph.end;
}

/** The segment at (x, y), or null. */
export function segmentAt(
	layout: HandlingLayout,
	x: number,
	y: number
): HandlingSegmentLayout | null {
	const row = layout.rows[Math.floor((y - layout.plot.top) / HANDLING_ROW_HEIGHT)];
	if (!row) return null;
	return row.segments.find((s) => x >= s.x && x < s.x + s.width) ?? null;
}

/**
 * The segment an arrow key moves to: Left/Right within the bar, Up/Down to the same category (or
 * the nearest segment) of the next bar that has segments, Home/End to the bar's ends.
 */
export function handlingNeighbor(
	layout: HandlingLayout,
	from: HandlingSegmentLayout,
	key: string
): HandlingSegmentLayout | null {
	return gridNeighbor(
		layout.rows.map((r) => r.segments),
		from.rowIndex,
		from,
		key,
		(candidates, from) =>
			candidates.find((s) => s.category.id === from.category.id) ?? segmentCentre(candidates, from)
	);
}

const segmentCentre = nearestBy<HandlingSegmentLayout>((s) => s.x + s.width / 2);
