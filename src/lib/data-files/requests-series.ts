/**
 * The home chart's data, computed from the decoded Parquet rows before the SQL engine exists
 * (chart first): h_requests per year for each region and reporting unit. The same numbers come
 * out of `harmonizedSelect()` in SQL; a test holds the two together.
 */
import type { FactRow as FullFactRow, ReportRow as FullReportRow } from '../contract/rows';

export interface SeriesPoint {
	year: number;
	value: number | null;
	report_id: string | null;
	approx: boolean;
}

export interface Series {
	region_id: string;
	region: string;
	unit: string;
	points: SeriesPoint[];
}

/** The columns of facts and reports (src/lib/contract/rows.ts) the home chart reads. */
type FactRow = Pick<
	FullFactRow,
	'report_id' | 'metric' | 'applicant' | 'value' | 'method' | 'approx'
>;
type ReportRow = Pick<
	FullReportRow,
	'report_id' | 'region_id' | 'region' | 'unit' | 'unit_scope' | 'year' | 'format'
>;

export function requestsSeries(
	facts: readonly FactRow[],
	reportRows: readonly ReportRow[]
): Series[] {
	// Whole-region reports only: a general office's or a department's report is not its region's.
	const reports = reportRows.filter((r) => r.year !== null && r.unit_scope === 'whole-region');
	const best = new Map<string, FactRow>();
	for (const f of facts) {
		if (
			f.applicant !== 'total' ||
			(f.metric !== 'requests_new' && f.metric !== 'requests_received')
		)
			continue;
		const key = `${f.report_id}|${f.metric}`;
		const current = best.get(key);
		if (!current || (current.method === 'prose' && f.method !== 'prose')) best.set(key, f);
	}
	const byUnit = new Map<string, Series>();
	for (const r of reports) {
		const key = `${r.region_id}|${r.unit}`;
		let s = byUnit.get(key);
		if (!s)
			byUnit.set(key, (s = { region_id: r.region_id, region: r.region, unit: r.unit, points: [] }));
		const fact = best.get(
			`${r.report_id}|${r.format === 'pre2019' ? 'requests_received' : 'requests_new'}`
		);
		s.points.push({
			year: r.year!,
			value: fact?.value ?? null,
			report_id: r.report_id,
			approx: fact?.approx ?? false
		});
	}
	for (const s of byUnit.values()) s.points.sort((a, b) => a.year - b.year);
	return [...byUnit.values()];
}

/** The series with the most years that have a value (ties: the longer span, then region id). */
export function longestSeries(series: readonly Series[]): Series | undefined {
	const count = (s: Series) => s.points.filter((p) => p.value !== null).length;
	return [...series].sort(
		(a, b) =>
			count(b) - count(a) ||
			b.points.length - a.points.length ||
			a.region_id.localeCompare(b.region_id)
	)[0];
}
