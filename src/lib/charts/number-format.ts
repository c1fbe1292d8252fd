/**
 * Number formatting for the charts, with Intl.NumberFormat per locale ('zh…' → zh-CN, anything
 * else → en; both group thousands with commas). Percent values are fractions (0.25 → 25%);
 * relative values are ratios to a base year (2.5 → 250%). Negative numbers take the typographic
 * minus sign (U+2212) of chart labels; a value that rounds to zero shows no sign.
 */
import type { ValueFormat } from './chart-types';

/** 'ratio' is a relative-change series: values are ratios to the base year's value. */
export type NumberKind = ValueFormat | 'ratio';

export type Formatter = (value: number) => string;

function intlFormatter(tag: string, options: Intl.NumberFormatOptions): Formatter {
	const locale = tag.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
	const f = new Intl.NumberFormat(locale, { signDisplay: 'negative', ...options });
	return (v) => f.format(v).replace('-', '\u2212');
}

/** Decimals that tell apart ticks `step` apart (what d3's precisionFixed computed): 0.25 → 2. */
function decimalsFor(step: number): number {
	return Math.max(0, -Math.floor(Math.log10(Math.abs(step)) + 1e-9));
}

const fixed = (digits: number): Intl.NumberFormatOptions => ({
	minimumFractionDigits: digits,
	maximumFractionDigits: digits
});
const upTo = (digits: number): Intl.NumberFormatOptions => ({
	minimumFractionDigits: 0,
	maximumFractionDigits: digits
});

/** A value as the tooltip and the labels show it. */
export function valueFormatter(tag: string, kind: NumberKind): Formatter {
	if (kind === 'percent')
		return intlFormatter(tag, { style: 'percent', useGrouping: false, ...upTo(1) });
	if (kind === 'ratio') return intlFormatter(tag, { style: 'percent', ...upTo(1) });
	const integer = intlFormatter(tag, upTo(0));
	const decimal = intlFormatter(tag, upTo(2));
	return (v) => (Number.isInteger(v) ? integer(v) : decimal(v));
}

/** Axis tick labels for evenly spaced ticks `step` apart. */
export function tickFormatter(tag: string, kind: NumberKind, step: number): Formatter {
	const p = decimalsFor(Math.abs(step) || 1);
	if (kind === 'count') return intlFormatter(tag, fixed(p));
	return intlFormatter(tag, { style: 'percent', ...fixed(Math.max(0, p - 2)) });
}

/** Axis tick labels for a log scale (uneven steps): as few decimals as each tick needs. */
export function logTickFormatter(tag: string, kind: NumberKind, smallest: number): Formatter {
	const p = Math.min(6, decimalsFor(smallest || 1));
	if (kind === 'count') return intlFormatter(tag, upTo(p));
	return intlFormatter(tag, { style: 'percent', ...upTo(Math.max(0, p - 2)) });
}

/** A plain integer (years, counts of things) in the locale. */
export function integerFormatter(tag: string): Formatter {
	return intlFormatter(tag, upTo(0));
}
