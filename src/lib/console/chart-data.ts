/**
 * "Chart this result", the data side (pure): the kind of each result column, the chart a result
 * suggests (text + number → bars; a year or date + number + text → lines by series; two numbers →
 * points), a link's settings checked against the result's columns, and the marks' data.
 *
 * Bars put x on a categorical axis (any column; a number is a label there), sorted by value or
 * kept in the result's order. Lines and points put a number or date x on a continuous axis and
 * text on a categorical one. Rows sharing a series and x are added up (and counted in a note); a
 * row whose y is NULL is a gap, never a zero; a row whose x is NULL is left out and counted.
 */
import { estimateTextWidth } from '../charts/text-measure';
import type { ChartRequest, ChartSettings, Mark, Orient } from './chart-settings';
import type { ResultColumn } from './result-columns';

export type ColumnKind = 'number' | 'date' | 'text';

export interface ChartColumn {
	name: string;
	kind: ColumnKind;
	/** A number column that holds years (by its name, or every value an integer 1900–2100). */
	year: boolean;
}

export const MAX_SERIES = 12;
export const MAX_CATEGORIES = 100;

export function columnKind(type: string, numeric: boolean): ColumnKind {
	if (numeric) return 'number';
	if (/^(Date|Timestamp)/i.test(type)) return 'date';
	return 'text';
}

/** The value as a number, if it is one (numbers, bigint, numeric text such as a DECIMAL). */
export function toNumber(v: unknown): number | null {
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
	return null;
}

function toTime(v: unknown): number | null {
	if (v instanceof Date) return v.getTime();
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (typeof v === 'string') {
		const t = Date.parse(v);
		return Number.isNaN(t) ? null : t;
	}
	return null;
}

export function chartColumns(
	columns: readonly ResultColumn[],
	rows: readonly Record<string, unknown>[]
): ChartColumn[] {
	return columns.map((c) => {
		const kind = columnKind(c.type, c.numeric);
		let year = false;
		if (kind === 'number') {
			if (/year|年/i.test(c.name)) year = true;
			else {
				const values = rows.map((r) => toNumber(r[c.name])).filter((v) => v !== null);
				year =
					values.length > 0 &&
					!/^Float|^Decimal/i.test(c.type) &&
					values.every((v) => Number.isInteger(v) && v >= 1900 && v <= 2100);
			}
		}
		return { name: c.name, kind, year };
	});
}

/** The chart a result suggests, or null when it has no number to draw. */
export function defaultChart(cols: readonly ChartColumn[]): ChartSettings | null {
	const time = cols.find((c) => c.kind === 'date') ?? cols.find((c) => c.year);
	const measures = cols.filter((c) => c.kind === 'number' && c !== time && !c.year);
	const texts = cols.filter((c) => c.kind === 'text');
	const base = { sort: 'value', orient: 'auto' } as const;
	if (time && measures.length)
		return {
			...base,
			mark: 'line',
			x: time.name,
			y: measures[0]!.name,
			series: texts[0]?.name ?? null
		};
	if (texts.length && measures.length)
		return { ...base, mark: 'bar', x: texts[0]!.name, y: measures[0]!.name, series: null };
	const numbers = cols.filter((c) => c.kind === 'number');
	if (numbers.length >= 2)
		return { ...base, mark: 'point', x: numbers[0]!.name, y: numbers[1]!.name, series: null };
	if (numbers.length === 1 && cols.length > 1) {
		const other = cols.find((c) => c !== numbers[0])!;
		return { ...base, mark: 'bar', x: other.name, y: numbers[0]!.name, series: null };
	}
	return null;
}

export interface ChartProblem {
	param: 'x' | 'y' | 'series';
	value: string;
	/** What is drawn instead ('' for no series). */
	used: string;
	reason: 'no_column' | 'not_number';
}

/**
 * The settings to draw: a request (a link's or the reader's) where the result allows it, the
 * suggested chart elsewhere, with a problem for each named column the result does not allow.
 */
export function resolveChart(
	request: ChartRequest | null,
	cols: readonly ChartColumn[]
): { settings: ChartSettings | null; problems: ChartProblem[] } {
	const suggested = defaultChart(cols);
	if (!suggested) return { settings: null, problems: [] };
	if (!request) return { settings: suggested, problems: [] };
	const problems: ChartProblem[] = [];
	const has = (name: string) => cols.some((c) => c.name === name);
	const isNumber = (name: string) => cols.some((c) => c.name === name && c.kind === 'number');
	let y = suggested.y;
	if (request.y !== undefined) {
		if (isNumber(request.y)) y = request.y;
		else
			problems.push({
				param: 'y',
				value: request.y,
				used: y,
				reason: has(request.y) ? 'not_number' : 'no_column'
			});
	}
	let x = suggested.x === y ? (cols.find((c) => c.name !== y)?.name ?? y) : suggested.x;
	if (request.x !== undefined) {
		if (has(request.x)) x = request.x;
		else problems.push({ param: 'x', value: request.x, used: x, reason: 'no_column' });
	}
	let series: string | null = null;
	if (request.series) {
		if (has(request.series)) series = request.series;
		else problems.push({ param: 'series', value: request.series, used: '', reason: 'no_column' });
	}
	return {
		settings: {
			mark: request.mark ?? suggested.mark,
			x,
			y,
			series: series === x || series === y ? null : series,
			sort: request.sort ?? 'value',
			orient: request.orient ?? 'auto'
		},
		problems
	};
}

export interface ChartPoint {
	/** The category label, or the number / time (ms) on a continuous axis. */
	x: string | number;
	/** null: every row here had a NULL y (a gap, not a zero). */
	y: number | null;
}

export interface ChartSeries {
	key: string;
	points: ChartPoint[];
}

export interface ChartModel {
	mark: Mark;
	xKind: 'category' | 'number' | 'date';
	/** Categorical x: the categories in drawing order. */
	categories: string[];
	/** One series per value of the series column (one series without it). */
	series: ChartSeries[];
	/** Horizontal bars (bars only). */
	horizontal: boolean;
	x: string;
	y: string;
	seriesColumn: string | null;
	/** Rows left out or combined, for the notes under the chart. */
	notes: {
		noX: number;
		combined: number;
		seriesCut: number;
		categoriesCut: number;
	};
}

const NULL_LABEL = 'NULL';

function categoryOf(v: unknown): string | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'string') return v;
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	return String(v);
}

/** Horizontal bars when a label would not fit under a vertical bar, or there are many bars. */
export function prefersHorizontal(categories: readonly string[], orient: Orient): boolean {
	if (orient !== 'auto') return orient === 'h';
	if (categories.length > 12) return true;
	return categories.some((c) => estimateTextWidth(c, 12) > 64);
}

export function chartModel(
	rows: readonly Record<string, unknown>[],
	cols: readonly ChartColumn[],
	s: ChartSettings
): ChartModel {
	const xCol = cols.find((c) => c.name === s.x);
	const xKind: ChartModel['xKind'] =
		s.mark === 'bar' || !xCol || xCol.kind === 'text'
			? 'category'
			: xCol.kind === 'date'
				? 'date'
				: 'number';
	const notes = { noX: 0, combined: 0, seriesCut: 0, categoriesCut: 0 };
	const order: string[] = [];
	const seen = new Set<string>();
	const bySeries = new Map<string, Map<string | number, { y: number | null; n: number }>>();
	const cutSeries = new Set<string>();
	for (const r of rows) {
		const raw = r[s.x];
		const x =
			xKind === 'category' ? categoryOf(raw) : xKind === 'date' ? toTime(raw) : toNumber(raw);
		if (x === null) {
			notes.noX++;
			continue;
		}
		const key = s.series ? (categoryOf(r[s.series]) ?? NULL_LABEL) : s.y;
		let points = bySeries.get(key);
		if (!points) {
			if (bySeries.size >= MAX_SERIES) {
				cutSeries.add(key);
				continue;
			}
			bySeries.set(key, (points = new Map()));
		}
		if (xKind === 'category' && !seen.has(x as string)) {
			seen.add(x as string);
			order.push(x as string);
		}
		const y = toNumber(r[s.y]);
		const at = points.get(x);
		if (!at) points.set(x, { y, n: 1 });
		else {
			notes.combined += at.n === 1 ? 2 : 1;
			at.n++;
			if (y !== null) at.y = (at.y ?? 0) + y;
		}
	}
	notes.seriesCut = cutSeries.size;

	let categories = order;
	if (xKind === 'category' && s.sort === 'value' && s.mark === 'bar') {
		const total = (c: string) => {
			let sum = 0;
			for (const points of bySeries.values()) sum += points.get(c)?.y ?? 0;
			return sum;
		};
		const totals = new Map(order.map((c) => [c, total(c)]));
		categories = [...order].sort((a, b) => totals.get(b)! - totals.get(a)!);
	}
	if (categories.length > MAX_CATEGORIES) {
		notes.categoriesCut = categories.length - MAX_CATEGORIES;
		categories = categories.slice(0, MAX_CATEGORIES);
	}
	const rank = new Map(categories.map((c, i) => [c, i]));
	const series: ChartSeries[] = [...bySeries].map(([key, points]) => ({
		key,
		points: [...points]
			.filter(([x]) => xKind !== 'category' || rank.has(x as string))
			.map(([x, v]) => ({ x, y: v.y }))
			.sort((a, b) =>
				xKind === 'category'
					? rank.get(a.x as string)! - rank.get(b.x as string)!
					: (a.x as number) - (b.x as number)
			)
	}));
	return {
		mark: s.mark,
		xKind,
		categories: xKind === 'category' ? categories : [],
		series,
		horizontal: s.mark === 'bar' && prefersHorizontal(categories, s.orient),
		x: s.x,
		y: s.y,
		seriesColumn: s.series,
		notes
	};
}
