/**
 * One extracted report as the data build's table rows, each already a line of NDJSON in its
 * table's columns (what write-parquet.ts reads), plus the few facts the cross-year checks need.
 * Computed where the report was extracted (a worker thread), so the main thread only appends lines.
 */
import * as S from '../../src/lib/contract/table-schemas.ts';
import type { ExtractResult, Fact, ReportMeta } from '../../src/lib/extract/types.ts';
import { ndjsonLine } from './write-parquet.ts';

export interface ReportRows {
	report_id: string;
	/** `reports` row; its n_checks_failed is filled in by the build once cross-year checks are known */
	report: string;
	facts: string;
	checks: string;
	warnings: string;
	nFacts: number;
	nChecks: number;
	nWarnings: number;
	/**
	 * what crossYearChecks and crossYearReadings read: the report's identity, its 上年结转 /
	 * 结转下年度 facts and its 表二 上一年项目数量 / 本年增/减 facts; `undecided` is set when the
	 * report has 表二 rows an adjacent year may decide (the build then holds the report back).
	 */
	carried: {
		report: ReportMeta;
		facts: Pick<Fact, 'metric' | 'applicant' | 'value' | 'method'>[];
		undecided?: true;
	};
}

const CARRIED = new Set(['requests_carried_over', 'requests_carried_forward']);
const carriedFact = (metric: string) =>
	CARRIED.has(metric) || metric.endsWith('_prev_items') || metric.endsWith('_change');
const lines = (rows: readonly object[], schema: S.TableSchema) =>
	rows.map((r) => ndjsonLine(r as Record<string, unknown>, schema)).join('');

export function reportRows(r: ExtractResult): ReportRows {
	const id = r.report.report_id;
	return {
		report_id: id,
		report: ndjsonLine(
			{
				...r.report,
				text_chars: r.text.length,
				n_facts: r.facts.length,
				n_checks_failed: 0,
				n_warnings: r.warnings.length,
				imported: false
			},
			S.REPORTS
		),
		facts: lines(
			r.facts.map((f) => ({
				report_id: id,
				region_id: r.report.region_id,
				year: r.report.year,
				...f,
				imported: false
			})),
			S.FACTS
		),
		checks: lines(
			r.checks.map((c) => ({ report_id: id, ...c, imported: false })),
			S.CHECKS
		),
		warnings: lines(
			r.warnings.map((w) => ({ report_id: id, ...w })),
			S.WARNINGS
		),
		nFacts: r.facts.length,
		nChecks: r.checks.length,
		nWarnings: r.warnings.length,
		carried: {
			report: r.report,
			facts: r.facts
				.filter((f) => carriedFact(f.metric))
				.map(({ metric, applicant, value, method }) => ({ metric, applicant, value, method })),
			...(r.undecided?.length ? { undecided: true as const } : {})
		}
	};
}
