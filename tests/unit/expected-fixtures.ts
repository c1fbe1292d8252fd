/**
 * Loads the hand-read expected values and runs the engine on each report:
 *   - tests/fixtures/expected/<stem>.json for data/reports/<stem>.txt;
 *   - tests/fixtures/expected-fetched/<stem>.json for reports that must never be committed, read in
 *     place from ../shared/reports-fetched/<stem>.txt beside the repository (absent: not loaded, and
 *     `fetchedReportsDir` is null so a test can say it skipped them).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

export interface ExpectedCase {
	stem: string;
	expected: Expected;
	result: ExtractResult;
}

const root = resolve(import.meta.dirname, '..', '..');
const fixturesDir = resolve(root, 'tests', 'fixtures', 'expected');
const fetchedFixturesDir = resolve(root, 'tests', 'fixtures', 'expected-fetched');

/** ../shared/reports-fetched beside the repository, or null when this checkout has no ../shared. */
const fetchedDir = resolve(root, '..', 'shared', 'reports-fetched');
export const fetchedReportsDir: string | null = existsSync(fetchedDir) ? fetchedDir : null;

/** Stems of the hand-read fixtures whose report text lives in ../shared/reports-fetched. */
export const fetchedStems: string[] = stemsIn(fetchedFixturesDir);

function stemsIn(dir: string): string[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.map((f) => f.replace(/\.json$/, ''))
		.sort();
}

function load(dir: string, reportsDir: string, stems: string[]): ExpectedCase[] {
	return stems.map((stem) => {
		const expected = JSON.parse(readFileSync(resolve(dir, `${stem}.json`), 'utf8')) as Expected;
		const text = readFileSync(resolve(reportsDir, `${stem}.txt`), 'utf8');
		return { stem, expected, result: extractReport(text, stem) };
	});
}

/** Our reports (data/reports), each with its hand-read fixture. */
export function loadExpected(): ExpectedCase[] {
	return load(fixturesDir, resolve(root, 'data', 'reports'), stemsIn(fixturesDir));
}

/** The fetched reports read in place; [] when ../shared/reports-fetched is absent. */
export function loadExpectedFetched(): ExpectedCase[] {
	if (!fetchedReportsDir) return [];
	const dir = fetchedReportsDir;
	return load(
		fetchedFixturesDir,
		dir,
		fetchedStems.filter((stem) => existsSync(resolve(dir, `${stem}.txt`)))
	);
}

export const kindOf = (method: string): 'table' | 'prose' =>
	method === 'prose' ? 'prose' : 'table';
export const keyOf = (metric: string, applicant: string | undefined, kind: string) =>
	`${metric}|${applicant ?? 'total'}|${kind}`;
