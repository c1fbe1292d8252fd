/**
 * The extraction engine against values written by reading every report (tests/fixtures/expected).
 *
 * Held strictly for every report:
 *   - no wrong number: every fact the engine emits has the same metric, column and value in the
 *     hand-read expectations (a missing fact is better than a wrong one);
 *   - no blank read as a value, no ambiguous cell guessed;
 *   - every span lies inside the normalized text and covers the printed number.
 * Held strictly where the engine claims full coverage (SCOPE below): every expected fact is found.
 * Elsewhere recall is measured and printed, so progress is visible without a test that lies.
 */
import { describe, expect, it } from 'vitest';
import { LAYOUTS, post2019Rows } from '../../src/lib/extract/layouts/index.ts';
import {
	fetchedReportsDir,
	fetchedStems,
	keyOf,
	kindOf,
	loadExpected,
	loadExpectedFetched
} from './expected-fixtures.ts';

/**
 * Our reports, and the fetched ones (tests/fixtures/expected-fetched) read in place from
 * ../shared/reports-fetched: they are never committed, so a checkout without ../shared skips them.
 */
const fetched = loadExpectedFetched();
const cases = [...loadExpected(), ...fetched];
const fetchedMissing = fetchedStems.filter((stem) => !fetched.some((c) => c.stem === stem));

describe('fetched reports (read in place from ../shared/reports-fetched)', () => {
	it.skipIf(fetchedMissing.length > 0)(
		`are all present${fetchedMissing.length ? `: SKIPPED, ${fetchedReportsDir ?? '../shared/reports-fetched'} lacks ${fetchedMissing.join(', ')}` : ''}`,
		() => {
			expect(fetched.map((c) => c.stem)).toEqual(fetchedStems);
		}
	);
	if (fetchedMissing.length > 0)
		console.warn(
			`extract-accuracy: skipping ${fetchedMissing.join(', ')}: ../shared/reports-fetched is absent beside the repository`
		);
});

/**
 * Metrics (table cells) the engine must find completely, per report format: of a post-2019 layout,
 * its 表二, 表三 and 表四 cells and every figure stated in prose; of the pre-2019 统计表, every cell
 * with a metric id and every prose figure.
 */
const SCOPE: Record<string, (metric: string, source: string) => boolean> = Object.fromEntries(
	LAYOUTS.map((l) => {
		const rows = post2019Rows(l.id);
		if (!rows) return [l.id, () => true];
		const cells = new Set([
			...rows.table2.flatMap((r) => r.metrics),
			...rows.table3.map((r) => r.metric),
			...rows.table4
		]);
		return [l.id, (m: string, s: string) => s === 'prose' || cells.has(m)];
	})
);

/**
 * Expected cells in scope that the engine does not recover yet, with the reason. The test fails
 * both when another cell goes missing and when one of these is fixed (then delete it here).
 */
const KNOWN_GAPS: Record<string, { metrics: string[]; why: string }> = {};

describe.each(cases)('$stem', ({ stem, expected, result }) => {
	it('detects the report format', () => {
		expect(result.report.format).toBe(expected.format);
	});

	it('emits no number that a reader would not find there', () => {
		const wanted = new Map<string, number[]>();
		for (const f of expected.facts) {
			const k = keyOf(f.metric, f.applicant, f.source);
			wanted.set(k, [...(wanted.get(k) ?? []), f.value]);
		}
		const wrong = result.facts
			.filter(
				(f) => !(wanted.get(keyOf(f.metric, f.applicant, kindOf(f.method))) ?? []).includes(f.value)
			)
			.map((f) => `${f.metric}/${f.applicant} = ${f.value} (${f.method}, "${f.raw}")`);
		expect(wrong).toEqual([]);
	});

	it('reads no blank as a value and guesses no ambiguous cell', () => {
		const undecidable = [...(expected.absent ?? []), ...(expected.ambiguous ?? [])].map(
			(a) => `${a.metric}|${a.applicant ?? 'total'}`
		);
		const guessed = result.facts.filter(
			(f) => f.method !== 'prose' && undecidable.includes(`${f.metric}|${f.applicant}`)
		);
		expect(guessed.map((f) => `${f.metric}/${f.applicant}=${f.value}`)).toEqual([]);
	});

	it('emits each warning once', () => {
		const seen = result.warnings.map((w) => `${w.code}|${w.span_start}|${w.message}`);
		expect(seen.filter((w, i) => seen.indexOf(w) !== i)).toEqual([]);
	});

	it('ties every fact to the printed characters', () => {
		for (const f of result.facts) {
			expect(f.span_start).toBeGreaterThanOrEqual(0);
			expect(f.span_end).toBeGreaterThan(f.span_start);
			expect(f.span_end).toBeLessThanOrEqual(result.text.length);
			expect(result.text.slice(f.span_start, f.span_end)).toContain(
				f.raw.replace(/[^\d.]/g, '').slice(0, 1)
			);
			expect(result.text.slice(f.span_start, f.span_end)).toBe(f.raw);
			// Counts are never negative; only 表二's 本年增/减 (`*_change`) cells can be.
			expect(Number.isFinite(f.value) && (f.value >= 0 || f.metric.endsWith('_change'))).toBe(true);
		}
	});

	it('finds every expected cell in the tables it covers', () => {
		const inScope = SCOPE[expected.format] ?? (() => false);
		const got = new Set(
			result.facts.map((f) => `${keyOf(f.metric, f.applicant, kindOf(f.method))}=${f.value}`)
		);
		const missing = expected.facts
			.filter((f) => inScope(f.metric, f.source))
			.filter((f) => !KNOWN_GAPS[stem]?.metrics.includes(f.metric))
			.filter((f) => !got.has(`${keyOf(f.metric, f.applicant, f.source)}=${f.value}`))
			.map((f) => `${f.metric}/${f.applicant ?? 'total'} = ${f.value}`);
		expect(missing).toEqual([]);
		for (const metric of KNOWN_GAPS[stem]?.metrics ?? []) {
			const gap = expected.facts.filter((f) => f.metric === metric && inScope(f.metric, f.source));
			const recovered = gap.filter((f) =>
				got.has(`${keyOf(f.metric, f.applicant, f.source)}=${f.value}`)
			);
			expect(
				recovered.length,
				`${metric} is recovered now: remove it from KNOWN_GAPS`
			).toBeLessThan(gap.length);
		}
	});
});

describe('accuracy over all hand-read reports', () => {
	it('is measured and printed', () => {
		let expectedCount = 0;
		let found = 0;
		for (const { expected, result } of cases) {
			const got = new Set(
				result.facts.map((f) => `${keyOf(f.metric, f.applicant, kindOf(f.method))}=${f.value}`)
			);
			for (const f of expected.facts) {
				expectedCount++;
				if (got.has(`${keyOf(f.metric, f.applicant, f.source)}=${f.value}`)) found++;
			}
		}
		console.log(
			`extraction recall: ${found}/${expectedCount} expected facts (${((100 * found) / expectedCount).toFixed(1)}%)`
		);
		expect(expectedCount).toBeGreaterThan(1000);
	});
});
