/**
 * What a page could not use in its URL (a parameter's value not allowed, too long, unknown…): a
 * Problem, shown to the reader in both languages, and the value made display-safe. The explorer's
 * and embeds' state (url-state.ts) and the console's URL (console/url-problems.ts) report them.
 */

export type ProblemCode =
	| 'not_allowed'
	| 'not_year'
	| 'unknown_metric'
	| 'too_long'
	| 'duplicate'
	| 'regions_invalid'
	| 'regions_too_many'
	| 'regions_empty'
	| 'measure_mismatch'
	| 'years_swapped'
	| 'outside_years'
	| 'unknown_param'
	| 'unknown_regions'
	| 'report_invalid';

export interface Problem {
	/** The parameter's name (for unknown_param: the name as typed, display-safe and truncated). */
	param: string;
	/** The value as given, display-safe (controls and bidi overrides replaced), at most 80 characters. */
	value: string;
	code: ProblemCode;
	message_en: string;
	message_zh: string;
}

/** Characters of a value a Problem shows. */
export const MAX_PROBLEM_VALUE_LENGTH = 80;

export const LONE_SURROGATE =
	/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0/C1 controls, zero-width and bidi controls: shown as U+FFFD so a value cannot disguise itself.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** A value as it can be shown in a message: unsafe characters replaced, at most `max` code points. */
export function displayValue(value: string, max = MAX_PROBLEM_VALUE_LENGTH): string {
	// Enough UTF-16 units for max + 1 code points; the rest of a huge value is never touched.
	const headLength = max * 2 + 2;
	const head = value.slice(0, headLength);
	const chars = Array.from(head.replace(LONE_SURROGATE, '\uFFFD').replace(UNSAFE_CHARS, '\uFFFD'));
	if (chars.length <= max && value.length <= headLength) return chars.join('');
	return chars.slice(0, max - 1).join('') + '…';
}
