/** Loads the hand-read expected values (tests/fixtures/expected) and runs the engine on each report. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractReport } from '../../src/lib/extract/extract-report.ts';
import type { ExtractResult } from '../../src/lib/extract/types.ts';

export interface ExpectedFact {
	metric: string;
	applicant?: string;
	value: number;
	source: 'table' | 'prose';
	raw?: string;
	approx?: boolean;
}

export interface Expected {
	file: string;
	format: string;
	facts: ExpectedFact[];
	absent?: { metric: string; applicant?: string }[];
	ambiguous?: { metric: string; applicant?: string }[];
}

const root = resolve(import.meta.dirname, '..', '..');
const fixturesDir = resolve(root, 'tests', 'fixtures', 'expected');

export function loadExpected(): { stem: string; expected: Expected; result: ExtractResult }[] {
	return readdirSync(fixturesDir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => {
			const stem = f.replace(/\.json$/, '');
			const expected = JSON.parse(readFileSync(resolve(fixturesDir, f), 'utf8')) as Expected;
			const text = readFileSync(resolve(root, 'data', 'reports', `${stem}.txt`), 'utf8');
			return { stem, expected, result: extractReport(text, stem) };
		});
}

export const kindOf = (method: string): 'table' | 'prose' =>
	method === 'prose' ? 'prose' : 'table';
export const keyOf = (metric: string, applicant: string | undefined, kind: string) =>
	`${metric}|${applicant ?? 'total'}|${kind}`;
