/**
 * Number formatting per language, with Intl (cached formatters). Both languages use the same
 * (Western) digits and thousands separators; zh-CN and en differ in compact notation (1.2万 vs
 * 12K) and year suffixes. Absent values (null, undefined, NaN, ±Infinity) are shown as an em dash.
 */
import { htmlLang, type Lang } from './strings';

export const MISSING = '—';

/** How a value is shown: a count or a percentage (the charts' data carries it, chart-types.ts). */
export type ValueFormat = 'count' | 'percent';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const id = `${lang}|${key}`;
	let f = cache.get(id);
	if (!f) {
		f = new Intl.NumberFormat(htmlLang(lang), options);
		cache.set(id, f);
	}
	return f;
}

function isFiniteNumber(n: unknown): n is number {
	return typeof n === 'number' && Number.isFinite(n);
}

function clampDigits(digits: number): number {
	return Number.isFinite(digits) ? Math.min(6, Math.max(0, Math.trunc(digits))) : 1;
}

/** 1234567 → "1,234,567" (up to 3 decimals, e.g. amounts in 万元); null → "—". */
export function formatNumber(lang: Lang, n: number | null | undefined): string {
	if (!isFiniteNumber(n)) return MISSING;
	return formatter(lang, 'number', { maximumFractionDigits: 3 }).format(n);
}

/** A ratio as a percentage with a fixed number of decimals: 0.1234 → "12.3%"; null → "—". */
export function formatPercent(lang: Lang, r: number | null | undefined, digits = 1): string {
	if (!isFiniteNumber(r)) return MISSING;
	const d = clampDigits(digits);
	return formatter(lang, `percent${d}`, {
		style: 'percent',
		minimumFractionDigits: d,
		maximumFractionDigits: d
	}).format(r);
}

/** A value of a chart or table in its format: counts with separators, ratios as percentages. */
export function formatValue(
	lang: Lang,
	value: number | null | undefined,
	format: ValueFormat,
	digits = 1
): string {
	return format === 'percent' ? formatPercent(lang, value, digits) : formatNumber(lang, value);
}

/** A relative change from a ratio to the base year: 1.5 → "+50.0%", 0.8 → "-20.0%", 1 → "0.0%". */
export function formatChange(lang: Lang, ratio: number | null | undefined, digits = 1): string {
	if (!isFiniteNumber(ratio)) return MISSING;
	const d = clampDigits(digits);
	return formatter(lang, `change${d}`, {
		style: 'percent',
		signDisplay: 'exceptZero',
		minimumFractionDigits: d,
		maximumFractionDigits: d
	}).format(ratio - 1);
}

/** Short numbers for axis ticks: zh 1.2万, 3.4亿; en 12K, 3.4M. */
export function formatCompact(lang: Lang, n: number | null | undefined): string {
	if (!isFiniteNumber(n)) return MISSING;
	return formatter(lang, 'compact', { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

/** A year as a label: zh "2019年", en "2019"; 'latest' is left to the caller. */
export function formatYear(lang: Lang, year: number | null | undefined): string {
	if (!isFiniteNumber(year)) return MISSING;
	return lang === 'en' ? String(year) : `${year}年`;
}

/** Bytes for loading progress: "1.2 MB". */
export function formatBytes(lang: Lang, bytes: number | null | undefined): string {
	if (!isFiniteNumber(bytes) || bytes < 0) return MISSING;
	const units = ['B', 'KB', 'MB', 'GB'];
	let v = bytes;
	let i = 0;
	while (v >= 1024 && i < units.length - 1) {
		v /= 1024;
		i += 1;
	}
	const digits = i === 0 ? 0 : 1;
	return `${formatter(lang, `bytes${digits}`, { maximumFractionDigits: digits }).format(v)} ${units[i]}`;
}
