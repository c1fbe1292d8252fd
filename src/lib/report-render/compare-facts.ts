/**
 * Scores the facts an extraction gave against what a reader finds in the same text: exact values,
 * expected values missing, values that are wrong, blank cells read as a value, and undecidable
 * cells guessed. One definition for the metamorphic test and `npm run ingest -- --accuracy`.
 */
import type { Fact } from '../extract/types';

export interface ExpectedValue {
	metric: string;
	applicant?: string;
	value: number;
	source: 'table' | 'prose';
}

export interface Undecidable {
	metric?: string;
	applicant?: string;
}

export interface FactScore {
	expected: number;
	exact: number;
	missing: string[];
	wrong: string[];
	blanksRead: string[];
	guesses: string[];
}

const kind = (method: string) => (method === 'prose' ? 'prose' : 'table');
const key = (metric: string, applicant: string | undefined, k: string) =>
	`${metric}|${applicant ?? 'total'}|${k}`;

export function scoreFacts(
	facts: readonly Fact[],
	expected: readonly ExpectedValue[],
	absent: readonly Undecidable[] = [],
	ambiguous: readonly Undecidable[] = []
): FactScore {
	const wanted = new Map<string, number[]>();
	for (const f of expected) {
		const k = key(f.metric, f.applicant, f.source);
		wanted.set(k, [...(wanted.get(k) ?? []), f.value]);
	}
	const got = new Set(facts.map((f) => `${key(f.metric, f.applicant, kind(f.method))}=${f.value}`));
	const cellOf = (u: Undecidable) => `${u.metric}|${u.applicant ?? 'total'}`;
	const blanks = new Set(absent.filter((a) => a.metric).map(cellOf));
	const undecided = new Set(ambiguous.filter((a) => a.metric).map(cellOf));
	const score: FactScore = {
		expected: expected.length,
		exact: 0,
		missing: [],
		wrong: [],
		blanksRead: [],
		guesses: []
	};
	for (const f of expected) {
		if (got.has(`${key(f.metric, f.applicant, f.source)}=${f.value}`)) score.exact++;
		else score.missing.push(`${f.metric}/${f.applicant ?? 'total'} = ${f.value}`);
	}
	for (const f of facts) {
		const label = `${f.metric}/${f.applicant} = ${f.value} (${f.method}, "${f.raw}")`;
		const cell = `${f.metric}|${f.applicant}`;
		if (f.method !== 'prose' && blanks.has(cell)) score.blanksRead.push(label);
		else if (f.method !== 'prose' && undecided.has(cell)) score.guesses.push(label);
		else if (!(wanted.get(key(f.metric, f.applicant, kind(f.method))) ?? []).includes(f.value))
			score.wrong.push(label);
	}
	return score;
}
