/**
 * The home chart's data, computed from the decoded Parquet rows before the SQL engine exists
 * (chart first): h_requests per year for each region and reporting unit, evaluated by the one
 * spec of derived metrics (src/lib/contract/derived-metrics.ts), as `harmonizedSelect()` computes
 * it in SQL; a test holds the two together.
 */
import type { FactRow as FullFactRow, ReportRow as FullReportRow } from '../contract/rows';
import { evaluateHarmonized } from '../contract/derived-evaluate';
import { HARMONIZED_BY_ID } from '../contract/derived-metrics';

const H_REQUESTS = HARMONIZED_BY_ID.get('h_requests')!;

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
	const wanted = new Set(
		Object.values(H_REQUESTS.parts).flatMap((parts) => (parts ?? []).map((p) => p.fact))
	);
	for (const f of facts) {
		if (f.applicant !== 'total' || !wanted.has(f.metric)) continue;
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
		const v = evaluateHarmonized(
			H_REQUESTS,
			r.format,
			(m) => best.get(`${r.report_id}|${m}`)?.value ?? null
		);
		const approx = v.metrics.some((m) => best.get(`${r.report_id}|${m}`)?.approx === true);
		s.points.push({ year: r.year!, value: v.value, report_id: r.report_id, approx });
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
