/**
 * The identity across years for one region and unit:
 * requests_carried_forward(N−1) = requests_carried_over(N), per applicant column.
 * Evaluated on whatever set of reports is loaded (the data build, or the build plus imports).
 */
import { layoutSpec } from './layouts';
import type { Check, ExtractResult } from './types';

export interface CrossYearCheck extends Check {
	report_id: string;
}

export function crossYearChecks(results: readonly ExtractResult[]): CrossYearCheck[] {
	const byUnit = new Map<string, ExtractResult[]>();
	for (const r of results) {
		if (r.report.year === null || layoutSpec(r.report.format)?.era !== 'post2019') continue;
		const key = `${r.report.region_id}|${r.report.unit}`;
		byUnit.set(key, [...(byUnit.get(key) ?? []), r]);
	}
	const checks: CrossYearCheck[] = [];
	for (const reports of byUnit.values()) {
		const byYear = new Map(reports.map((r) => [r.report.year!, r]));
		for (const current of reports) {
			const previous = byYear.get(current.report.year! - 1);
			const tableValue = (r: ExtractResult, metric: string, applicant: string) =>
				r.facts.find(
					(f) => f.metric === metric && f.applicant === applicant && f.method !== 'prose'
				)?.value;
			const applicants = [
				...new Set(
					current.facts.filter((f) => f.metric === 'requests_carried_over').map((f) => f.applicant)
				)
			];
			for (const applicant of applicants) {
				const actual = tableValue(current, 'requests_carried_over', applicant);
				const expected = previous
					? tableValue(previous, 'requests_carried_forward', applicant)
					: undefined;
				const assessable = actual !== undefined && expected !== undefined;
				checks.push({
					report_id: current.report.report_id,
					check: 'carried_over_vs_previous_year',
					applicant: applicant as Check['applicant'],
					status: assessable ? (actual === expected ? 'pass' : 'fail') : 'not_assessable',
					expected: expected ?? null,
					actual: actual ?? null,
					detail: previous
						? `requests_carried_over (${current.report.year}) = requests_carried_forward of ${previous.report.report_id}`
						: `no ${current.report.year! - 1} report of this unit is loaded`
				});
			}
		}
	}
	return checks;
}
