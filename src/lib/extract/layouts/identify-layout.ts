/**
 * Tells which official layout a report follows, from the registry (index.ts): the layout whose
 * cues the text prints most. A report printing no cue is of the layout in force in its year only
 * when it prints no statistics table either (a prose-only report); a table no layout recognizes,
 * cues of two layouts in equal number, or a year no layout covers make the layout `unknown`, with
 * a warning that says why. No layout is a fallback for another.
 */
import type { ReportFormat, Warning } from '../types';
import { LAYOUTS, LAYOUT_IDS, type LayoutId } from './index';

export interface IdentifiedLayout {
	format: ReportFormat;
	/** Why the layout is unknown, or that only the year decided it. */
	warning?: Warning;
}

/**
 * Marks of a statistics table of the kind every layout since 2019 prints (表三's first and last
 * rows; the applicant columns), whatever its other headings: where they are printed, a layout must
 * be recognized by its cues before any table is read.
 */
const TABLE_MARKS: readonly (readonly RegExp[])[] = [
	[/本\s*年\s*新\s*收/, /结\s*转\s*下\s*年/],
	[/商\s*业\s*企\s*业/, /科\s*研\s*机\s*构/, /法\s*律\s*服\s*务\s*机\s*构/]
];

const known = LAYOUT_IDS.join(', ');

function unknown(message: string): IdentifiedLayout {
	return { format: 'unknown', warning: { code: 'unknown_layout', message } };
}

export function identifyLayout(text: string, year: number | null): IdentifiedLayout {
	const counts = LAYOUTS.map((l) => ({ id: l.id, n: l.cues.filter((c) => c.test(text)).length }));
	const best = Math.max(...counts.map((c) => c.n));
	if (best > 0) {
		const top = counts.filter((c) => c.n === best).map((c) => c.id);
		if (top.length === 1) return { format: top[0]! };
		return unknown(
			`the report prints as many headings of the ${top.join(' and ')} layouts (${best} each); which one it follows is not decided, so no table is read`
		);
	}
	if (TABLE_MARKS.some((marks) => marks.every((m) => m.test(text))))
		return unknown(
			`the report prints a statistics table (申请人情况, 本年新收…结转下年) whose headings match no known layout (${known}); no table is read`
		);
	if (year === null)
		return unknown(
			`no heading of a known layout (${known}) is printed and the report year was not found; no figure is read`
		);
	const inForce = LAYOUTS.filter((l) => year >= l.years.from && year <= (l.years.to ?? Infinity));
	if (inForce.length !== 1)
		return unknown(`no known layout (${known}) is in force for ${year}; no figure is read`);
	const layout = inForce[0]!;
	if (layout.years.to !== null) return { format: layout.id satisfies LayoutId };
	return {
		format: layout.id,
		warning: {
			code: 'layout_from_year',
			message: `no heading of a known layout is printed (no statistics table); the prose is read as ${layout.id}, the layout in force since ${layout.years.from}`
		}
	};
}
