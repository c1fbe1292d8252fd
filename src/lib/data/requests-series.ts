/**
 * The home chart's data, computed from the decoded Parquet rows before the SQL engine exists
 * (chart first): h_requests per year for each region and reporting unit. The same numbers come
 * out of `harmonizedSelect()` in SQL; a test holds the two together.
 */
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

interface FactRow {
	report_id: string;
	metric: string;
	applicant: string;
	value: number;
	method: string;
	approx: boolean;
}

interface ReportRow {
	report_id: string;
	region_id: string;
	region: string;
	unit: string;
	unit_scope: string;
	year: number | null;
	format: string;
}

export function requestsSeries(factRows: readonly Record<string, unknown>[], reportRows: readonly Record<string, unknown>[]): Series[] {
	const facts = factRows as unknown as FactRow[];
	// Whole-region reports only: a general office's or a department's report is not its region's.
	const reports = (reportRows as unknown as ReportRow[]).filter((r) => r.year !== null && r.unit_scope === 'whole-region');
	const best = new Map<string, FactRow>();
	for (const f of facts) {
		if (f.applicant !== 'total' || (f.metric !== 'requests_new' && f.metric !== 'requests_received')) continue;
		const key = `${f.report_id}|${f.metric}`;
		const current = best.get(key);
		if (!current || (current.method === 'prose' && f.method !== 'prose')) best.set(key, f);
	}
	const byUnit = new Map<string, Series>();
	for (const r of reports) {
		const key = `${r.region_id}|${r.unit}`;
		let s = byUnit.get(key);
		if (!s) byUnit.set(key, (s = { region_id: r.region_id, region: r.region, unit: r.unit, points: [] }));
		const fact = best.get(`${r.report_id}|${r.format === 'pre2019' ? 'requests_received' : 'requests_new'}`);
		s.points.push({ year: r.year!, value: fact?.value ?? null, report_id: r.report_id, approx: fact?.approx ?? false });
	}
	for (const s of byUnit.values()) s.points.sort((a, b) => a.year - b.year);
	return [...byUnit.values()];
}

/** The series with the most years that have a value (ties: the longer span, then region id). */
export function longestSeries(series: readonly Series[]): Series | undefined {
	const count = (s: Series) => s.points.filter((p) => p.value !== null).length;
	return [...series].sort((a, b) => count(b) - count(a) || b.points.length - a.points.length || a.region_id.localeCompare(b.region_id))[0];
}
