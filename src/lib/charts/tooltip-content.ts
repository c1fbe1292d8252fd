/**
 * What a mark's tooltip says, as data: the same content becomes the visible tooltip and the mark's
 * accessible name, so hovering, focusing and listening agree.
 */
import type { MarkInfo } from './chart-types';
import type { ChartStrings } from '../i18n/chart-phrases';
import { SMALL_DENOMINATOR } from '../contract/small-denominator';
import type { Formatter } from './number-format';

export interface TooltipContent {
	/** Series, region or category name. */
	title: string;
	/** Year (and region for a segment). */
	meta: string;
	/** The formatted value, or the "no data" text. */
	value: string;
	/** Numerator/denominator, share, total… */
	details: string[];
	/** Caveats: approximate, failed checks, format change, incomplete. */
	notes: string[];
	/**
	 * A trend point's neighbours in its year: the other lines' values, highest first (as OWID's
	 * grapher lists every entity on hover). Shown in the visible tooltip only: the mark's accessible
	 * name stays its own, and the arrow keys reach the others.
	 */
	others?: { heading: string; lines: string[] };
}

export interface MarkTooltipInput {
	title: string;
	meta: string;
	mark: MarkInfo;
	/** Formats the value itself. */
	format: Formatter;
	/** Formats numerator and denominator (counts). */
	formatCount: Formatter;
	strings: ChartStrings;
	details?: string[];
	notes?: string[];
}

/**
 * The notes of a derived value: a sum of printed parts that lacks some (named), a rate over a small
 * denominator, a report covering part of a year.
 */
export function derivedNotes(mark: MarkInfo, strings: ChartStrings): string[] {
	const notes: string[] = [];
	if (mark.complete === false && strings.incomplete)
		notes.push(strings.incomplete.replace('{parts}', (mark.missing ?? []).join(', ')));
	if (mark.small && strings.smallDenominator)
		notes.push(strings.smallDenominator.replace('{n}', String(SMALL_DENOMINATOR)));
	if (mark.periodMonths != null && strings.partialYear)
		notes.push(strings.partialYear.replace('{months}', String(mark.periodMonths)));
	return notes;
}

export function markTooltip(input: MarkTooltipInput): TooltipContent {
	const { mark, strings } = input;
	const details: string[] = [];
	if (mark.numerator != null || mark.denominator != null) {
		const part = (v: number | null | undefined) => (v == null ? '–' : input.formatCount(v));
		details.push(`${part(mark.numerator)} / ${part(mark.denominator)}`);
	}
	details.push(...(input.details ?? []));
	const notes: string[] = [];
	if (mark.approx) notes.push(strings.approx);
	if (mark.checkNotes?.length) notes.push(...mark.checkNotes);
	else if (mark.failedChecks.length > 0)
		notes.push(`${strings.failedCheck}: ${mark.failedChecks.join(', ')}`);
	notes.push(...derivedNotes(mark, strings));
	if (mark.imported && strings.importedNote) notes.push(strings.importedNote);
	notes.push(...(input.notes ?? []));
	return {
		title: input.title,
		meta: input.meta,
		value: mark.value === null ? strings.noData : input.format(mark.value),
		details,
		notes
	};
}

/** The tooltip as one line, for a mark's aria-label (Chinese punctuation for 'zh'). */
export function tooltipText(content: TooltipContent, locale = 'en'): string {
	const zh = locale.toLowerCase().startsWith('zh');
	const head = [content.title, content.meta].filter(Boolean).join(zh ? '，' : ', ');
	return [`${head}${zh ? '：' : ': '}${content.value}`, ...content.details, ...content.notes].join(
		zh ? '；' : '; '
	);
}

export interface TooltipPlacement {
	/** The box's left edge, px. */
	left: number;
	/** The mark's y, px: the box sits above it, or below it when `below`. */
	top: number;
	/** Below the mark (when there is no room above). */
	below: boolean;
}

/**
 * Where the tooltip box goes for a mark at (x, y) in a container `width` wide, the box being
 * `boxWidth` wide (0 until measured): centred on the mark, moved in as far as needed to stay inside
 * the container (flush left when wider than it), above the mark but below it near the top.
 */
export function tooltipPlacement(
	x: number,
	y: number,
	width: number,
	boxWidth = 0
): TooltipPlacement {
	const left = Math.max(0, Math.min(x - boxWidth / 2, width - boxWidth));
	return { left, top: y, below: y < 72 };
}
