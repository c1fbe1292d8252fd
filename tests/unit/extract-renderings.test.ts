/**
 * Metamorphic test of the extraction engine: every hand-read report's tables (tests/fixtures/
 * expected) rendered in every text form the engine meets (src/lib/report-render/renderings.ts),
 * once as read and once with cells blanked, must give the same facts:
 *   - never a wrong value, never a blank cell read as a value (every rendering);
 *   - every printed value, where the rendering keeps each cell's column (a blank stays visible);
 *   - where it does not (blanks vanish, cells run together), a value left out comes with a
 *     warning: undecided is said, never guessed.
 */
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/lib/extract/extract-report.ts';
import { scoreFacts } from '../../src/lib/report-render/compare-facts.ts';
import { renderedCases } from '../../src/lib/report-render/rendered-cases.ts';
import { handReadReports } from '../../scripts/data/hand-read-reports.ts';

// Every hand-read fixture, in tests/fixtures/expected and expected-fetched: only the values are
// needed, so the fetched reports' own texts need not be here.
const cases = renderedCases(handReadReports());

/**
 * Renderings the engine does not read completely yet: `case id` → why. The test fails when one of
 * them reads completely (then delete it here).
 */
const KNOWN_GAPS: Record<string, string> = {};

/**
 * Cases where the engine still gives a wrong value: `case id` → why. The test fails when one of them
 * reads right (then delete it here).
 */
const KNOWN_MISREADS: Record<string, string> = {
	'huaian_2024 run-together (blanked)':
		'run-together text whose blank cells vanished: a reading the row sums allow is not the printed one'
};

for (const { stem, rendering, blanked, text, expected, absent } of cases) {
	const id = `${stem} ${rendering.id}${blanked ? ' (blanked)' : ''}`;
	describe(id, () => {
		const result = extractReport(text, 'rendered');
		const score = scoreFacts(result.facts, expected, absent);

		it('gives no wrong value and reads no blank cell as a value', () => {
			if (KNOWN_MISREADS[id]) {
				expect(
					[...score.wrong, ...score.blanksRead].length,
					`${id} reads right now: remove it from KNOWN_MISREADS`
				).toBeGreaterThan(0);
				return;
			}
			expect(score.wrong).toEqual([]);
			expect(score.blanksRead).toEqual([]);
		});

		if (rendering.id === 'markdown-misheaded' && expected.some((f) => f.applicant !== 'total'))
			it('records that the arithmetic, not the header, decided the columns', () => {
				expect(result.warnings.map((w) => w.code)).toContain('header_mismatch');
			});

		it('finds every printed value, or says why one is left out', () => {
			const undecided = result.warnings.filter((w) =>
				['ambiguous_cells', 'unreadable_row'].includes(w.code)
			);
			if (KNOWN_GAPS[id]) {
				expect(
					score.missing.length,
					`${id} reads completely now: remove it from KNOWN_GAPS`
				).toBeGreaterThan(0);
				return;
			}
			// Cells apart by a visible boundary, and every blank visible (or none printed): all decidable.
			const decidable = !rendering.runTogether && (rendering.keepsBlanks || !absent.length);
			if (decidable) expect(score.missing).toEqual([]);
			else if (score.missing.length)
				expect(undecided.length, score.missing.join(', ')).toBeGreaterThan(0);
		});
	});
}

describe('the metamorphic cases', () => {
	it('cover every rendering of both layouts since 2019 and the pre-2019 统计表', () => {
		const renderings = new Set(cases.map((c) => c.rendering.id));
		expect(renderings.size).toBeGreaterThanOrEqual(9);
		expect(new Set(cases.map((c) => c.stem)).size).toBeGreaterThanOrEqual(15);
		expect(cases.some((c) => c.blanked && c.absent.some((a) => a.applicant === 'total'))).toBe(
			true
		);
	});
});
