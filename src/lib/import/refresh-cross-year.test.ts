import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../dataset/import-record';
import { withCrossYear } from './refresh-cross-year';

/** An import record with just what the cross-year check reads, and one check of its own. */
function record(id: string, year: number, over: number, forward: number): ImportRecord {
	const fact = (metric: string, value: number) => ({
		report_id: id,
		region_id: 'imported-abc',
		year,
		metric,
		applicant: 'total',
		value,
		raw: String(value),
		approx: false,
		span_start: 0,
		span_end: 0,
		method: 'table'
	});
	return {
		report_id: id,
		added: '2026-01-01T00:00:00.000Z',
		origin: `${id}.txt`,
		report: {
			report_id: id,
			region_id: 'imported-abc',
			region: '测试区',
			unit: '测试区人民政府',
			unit_scope: 'whole-region',
			year,
			format: 'post2019_2021',
			title: '',
			source: `${id}.txt`,
			text_chars: 0,
			n_facts: 2,
			n_checks_failed: 0,
			n_warnings: 0,
			imported: true,
			period_months: 12
		},
		newRegion: null,
		facts: [fact('requests_carried_over', over), fact('requests_carried_forward', forward)],
		checks: [
			{
				report_id: id,
				check: 'table3_balance',
				applicant: 'total',
				status: 'pass',
				expected: 1,
				actual: 1,
				detail: ''
			}
		],
		warnings: [],
		harmonized: [],
		corrections: [],
		text: ''
	};
}

describe('cross-year checks of stored imports', () => {
	it('are computed again when the year before is imported later, and counted as failed', () => {
		const later = withCrossYear(record('imp_2021', 2021, 12, 0), [], []);
		expect(later.checks.map((c) => [c.check, c.status])).toEqual([
			['table3_balance', 'pass'],
			['carried_over_vs_previous_year', 'not_assessable']
		]);
		const before = record('imp_2020', 2020, 0, 15);
		const again = withCrossYear(later, [], [later, before]);
		expect(again.checks.map((c) => [c.check, c.status, c.expected, c.actual])).toEqual([
			['table3_balance', 'pass', 1, 1],
			['carried_over_vs_previous_year', 'fail', 15, 12]
		]);
		expect(again.report.n_checks_failed).toBe(1);
		// Nothing changed: the same record, so nothing is saved.
		expect(withCrossYear(again, [], [again, before])).toBe(again);
		// The year before deleted: not assessable again.
		expect(withCrossYear(again, [], [again]).checks.at(-1)!.status).toBe('not_assessable');
	});
});
