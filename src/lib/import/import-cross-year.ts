/**
 * The cross-year checks of an imported report, computed by the data build's own code
 * (src/lib/extract/cross-year-checks.ts) on the import and its neighbours of the same region and
 * unit, from our published reports or the reader's other imports: the import's own check (its
 * 上年结转 against the year before's 结转下年度继续办理), and the check of a next-year report that has
 * no other report for the import's year.
 */
import type { CheckRow } from '../contract/rows';
import { crossYearChecks } from '../extract/cross-year-checks';
import type { ExtractResult, Fact, ReportFormat } from '../extract/types';

export const CROSS_YEAR_CHECK = 'carried_over_vs_previous_year';

/** A fact row (ours, imported or corrected) as the cross-year check reads it. */
interface FactRow {
	report_id: string;
	metric: string;
	applicant: string;
	value: number;
	method: string;
}

/** What the cross-year check reads of a report. */
export interface YearReport {
	report_id: string;
	region_id: string;
	unit: string;
	year: number | null;
	format: string;
	/** `method` as in the contract: the engine's, or `corrected` for a reader's correction. */
	facts: readonly (Pick<Fact, 'metric' | 'applicant' | 'value'> & { method: string })[];
}

const CARRY_METRICS = new Set(['requests_carried_over', 'requests_carried_forward']);

/** Reports and facts (ours or imported rows) as YearReports; only the carry-over facts are kept. */
export function yearReports(
	reports: readonly Omit<YearReport, 'facts'>[],
	facts: readonly FactRow[]
): YearReport[] {
	const byReport = new Map<string, YearReport['facts'][number][]>();
	for (const f of facts) {
		if (!CARRY_METRICS.has(f.metric)) continue;
		const list = byReport.get(f.report_id) ?? [];
		list.push({
			metric: f.metric,
			applicant: f.applicant as Fact['applicant'],
			value: f.value,
			method: f.method
		});
		byReport.set(f.report_id, list);
	}
	return reports.map((r) => ({
		report_id: r.report_id,
		region_id: r.region_id,
		unit: r.unit,
		year: r.year,
		format: r.format,
		facts: byReport.get(r.report_id) ?? []
	}));
}

/** The shape crossYearChecks reads: the report's identity and its facts. */
function asResult(r: YearReport): ExtractResult {
	return {
		report: {
			report_id: r.report_id,
			region_id: r.region_id,
			region: '',
			unit: r.unit,
			unit_scope: '',
			year: r.year,
			format: r.format as ReportFormat,
			province: '',
			level: '',
			parent_id: '',
			source: '',
			title: ''
		},
		// crossYearChecks tells only prose from the rest; a correction reads as a table cell.
		facts: r.facts.map((f) => ({
			...f,
			method: f.method as Fact['method'],
			raw: String(f.value),
			approx: false,
			span_start: 0,
			span_end: 0
		})),
		checks: [],
		warnings: [],
		text: ''
	};
}

/**
 * The cross-year checks that involve `target`, against `others` (the first report of a year wins,
 * so list ours before imports): target's own, then a next-year report's where `others` has no
 * report of target's year (else that report is the next year's neighbour already).
 */
export function crossYearChecksOf(target: YearReport, others: readonly YearReport[]): CheckRow[] {
	if (target.year === null) return [];
	const year = target.year;
	const sameUnit = others.filter(
		(o) =>
			o.report_id !== target.report_id &&
			o.region_id === target.region_id &&
			o.unit === target.unit &&
			o.year !== null
	);
	const previous = sameUnit.find((o) => o.year === year - 1);
	const own = crossYearChecks(previous ? [previous, target].map(asResult) : [asResult(target)]);
	const next = sameUnit.some((o) => o.year === year)
		? []
		: sameUnit
				.filter((o) => o.year === year + 1)
				.flatMap((n) =>
					crossYearChecks([target, n].map(asResult)).filter((c) => c.report_id === n.report_id)
				);
	return [...own.filter((c) => c.report_id === target.report_id), ...next].map((c) => ({
		report_id: c.report_id,
		check: c.check,
		applicant: c.applicant,
		status: c.status,
		expected: c.expected,
		actual: c.actual,
		detail: c.detail
	}));
}

/** A record's YearReport: its report row and its facts (corrections included). */
export function yearReportOfRecord(record: {
	report: Omit<YearReport, 'facts'>;
	facts: readonly FactRow[];
}): YearReport {
	return yearReports([record.report], record.facts)[0]!;
}
