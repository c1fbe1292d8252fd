import { describe, expect, it } from 'vitest';
import { crossYearChecksOf, type YearReport } from './import-cross-year';

const report = (
	report_id: string,
	year: number,
	carried: { over?: number; forward?: number },
	unit = '平潭综合实验区管委会',
	format = 'post2019_2021'
): YearReport => ({
	report_id,
	region_id: '350128',
	unit,
	year,
	format,
	facts: [
		...(carried.over === undefined
			? []
			: [
					{
						metric: 'requests_carried_over',
						applicant: 'total' as const,
						value: carried.over,
						method: 'table' as const
					}
				]),
		...(carried.forward === undefined
			? []
			: [
					{
						metric: 'requests_carried_forward',
						applicant: 'total' as const,
						value: carried.forward,
						method: 'table' as const
					}
				])
	]
});

describe('cross-year checks of an import', () => {
	it("compares the import's carried over with the year before's carried forward", () => {
		const rows = crossYearChecksOf(report('imp', 2021, { over: 34 }), [
			report('ours_2020', 2020, { forward: 34 })
		]);
		expect(rows).toEqual([
			expect.objectContaining({
				report_id: 'imp',
				check: 'carried_over_vs_previous_year',
				applicant: 'total',
				status: 'pass',
				expected: 34,
				actual: 34
			})
		]);
		expect(rows[0]!.detail).toContain('ours_2020');
		const failed = crossYearChecksOf(report('imp', 2021, { over: 0 }), [
			report('ours_2020', 2020, { forward: 103 })
		]);
		expect(failed[0]).toMatchObject({ status: 'fail', expected: 103, actual: 0 });
	});

	it('is not assessable without the year before of the same region and unit', () => {
		const rows = crossYearChecksOf(report('imp', 2021, { over: 5 }), [
			report('other_unit_2020', 2020, { forward: 5 }, '平潭综合实验区'),
			report('ours_2019', 2019, { forward: 5 })
		]);
		expect(rows.map((r) => [r.report_id, r.status])).toEqual([['imp', 'not_assessable']]);
	});

	it("gives a next-year report its check against the import when nothing else fills the import's year", () => {
		const next = report('ours_2022', 2022, { over: 7 });
		expect(
			crossYearChecksOf(report('imp', 2021, { forward: 7, over: 0 }), [next]).map((r) => [
				r.report_id,
				r.status
			])
		).toEqual([
			['imp', 'not_assessable'],
			['ours_2022', 'pass']
		]);
		// Our own 2021 report is already the year before of ours_2022: nothing is added for it.
		expect(
			crossYearChecksOf(report('imp', 2021, { forward: 7, over: 0 }), [
				report('ours_2021', 2021, { forward: 7 }),
				next
			]).map((r) => r.report_id)
		).toEqual(['imp']);
	});

	it('uses a corrected cell, and skips pre-2019 reports as the data build does', () => {
		const corrected: YearReport = {
			...report('imp', 2021, {}),
			facts: [
				{ metric: 'requests_carried_over', applicant: 'total', value: 9, method: 'corrected' }
			]
		};
		expect(
			crossYearChecksOf(corrected, [report('ours_2020', 2020, { forward: 9 })])[0]
		).toMatchObject({ status: 'pass', actual: 9 });
		expect(
			crossYearChecksOf(report('imp', 2017, { over: 1 }, undefined, 'pre2019'), [
				report('ours_2016', 2016, { forward: 1 }, undefined, 'pre2019')
			])
		).toEqual([]);
	});
});
