/**
 * Number formatting for the charts, with d3-format per locale ('zh', 'en'; anything else falls back
 * to 'en'). Percent values are fractions (0.25 → 25%); relative values are ratios to a base year
 * (2.5 → 250%).
 */
import { formatLocale, precisionFixed, type FormatLocaleDefinition } from 'd3-format';
import type { ValueFormat } from '$lib/explorer/view-types';

/** 'ratio' is a relative-change series: values are ratios to the base year's value. */
export type NumberKind = ValueFormat | 'ratio';

const DEFINITIONS: Record<string, FormatLocaleDefinition> = {
	en: { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] },
	zh: { decimal: '.', thousands: ',', grouping: [3], currency: ['¥', ''] }
};

function locale(tag: string) {
	const lang = tag.toLowerCase().slice(0, 2);
	return formatLocale(DEFINITIONS[lang] ?? DEFINITIONS.en!);
}

export type Formatter = (value: number) => string;

/** A value as the tooltip and the labels show it. */
export function valueFormatter(tag: string, kind: NumberKind): Formatter {
	const l = locale(tag);
	if (kind === 'percent') return l.format('.1~%');
	if (kind === 'ratio') return l.format(',.1~%');
	const integer = l.format(',d');
	const decimal = l.format(',.2~f');
	return (v) => (Number.isInteger(v) ? integer(v) : decimal(v));
}

/** Axis tick labels for evenly spaced ticks `step` apart. */
export function tickFormatter(tag: string, kind: NumberKind, step: number): Formatter {
	const l = locale(tag);
	const p = precisionFixed(Math.abs(step) || 1);
	if (kind === 'count') return l.format(`,.${p}f`);
	return l.format(`,.${Math.max(0, p - 2)}%`);
}

/** Axis tick labels for a log scale (uneven steps): as few decimals as each tick needs. */
export function logTickFormatter(tag: string, kind: NumberKind, smallest: number): Formatter {
	const l = locale(tag);
	const p = Math.min(6, precisionFixed(smallest || 1));
	if (kind === 'count') return l.format(`,.${p}~f`);
	return l.format(`,.${Math.max(0, p - 2)}~%`);
}

/** A plain integer (years, counts of things) in the locale. */
export function integerFormatter(tag: string): Formatter {
	return locale(tag).format(',d');
}
