/**
 * The SQL behind an explorer chart, for "Open in SQL": the same numbers the chart shows, as a
 * query a reader can edit. Harmonized metrics and rates read the `harmonized` view; raw metrics
 * read `facts` (a table cell before a prose restatement).
 */
import { UNIT_MODE_SCOPE, type UnitMode } from '../contract/unit-scope';

export interface ExplorerQuery {
	metric: string;
	applicant: string;
	regions: string[];
	from: number | null;
	to: number | null;
	units: UnitMode;
}

const RATES: Record<string, string> = {
	grant_rate: 'h_granted / NULLIF(h_handled, 0)',
	openness_rate: '(h_granted + h_partial) / NULLIF(h_handled, 0)',
	denial_rate: 'h_denied / NULLIF(h_handled, 0)',
	unable_rate: 'h_unable / NULLIF(h_handled, 0)',
	review_rate: 'h_reviews / NULLIF(h_requests, 0)'
};

const ID = /^[a-z][a-z0-9_]{0,63}$/;
const REGION = /^[a-z0-9-]{1,40}$/;

function quote(s: string): string {
	return `'${s.replace(/'/g, "''")}'`;
}

/** Returns null for a metric the builder cannot express (then the button is not offered). */
export function explorerSql(q: ExplorerQuery): string | null {
	if (!ID.test(q.metric) || !ID.test(q.applicant)) return null;
	const regions = q.regions.filter((r) => REGION.test(r));
	const where = [
		`r.region_id IN (${regions.map(quote).join(', ') || "''"})`,
		q.from !== null ? `r.year >= ${Math.trunc(q.from)}` : '',
		q.to !== null ? `r.year <= ${Math.trunc(q.to)}` : '',
		UNIT_MODE_SCOPE[q.units] ? `r.unit_scope = ${quote(UNIT_MODE_SCOPE[q.units]!)}` : ''
	].filter(Boolean);
	const harmonized = q.metric.startsWith('h_') || q.metric in RATES;
	if (q.metric === 'correction_rate') return null;
	if (harmonized) {
		const value = RATES[q.metric] ?? `h.${q.metric}`;
		return `-- ${q.metric}, one row per region, reporting unit and year
SELECT g.name_zh AS region, r.region_id, r.unit, r.year, ${value} AS value
FROM harmonized h
JOIN reports r USING (report_id)
JOIN regions g ON g.region_id = r.region_id
WHERE h.applicant = ${quote(q.applicant)}
  AND ${where.join('\n  AND ')}
ORDER BY r.region_id, r.unit, r.year`;
	}
	return `-- ${q.metric} as printed (a table cell before a prose restatement)
SELECT g.name_zh AS region, r.region_id, r.unit, r.year,
  arg_min(f.value, CASE WHEN f.method = 'prose' THEN 1 ELSE 0 END) AS value
FROM reports r
JOIN regions g ON g.region_id = r.region_id
LEFT JOIN facts f ON f.report_id = r.report_id AND f.metric = ${quote(q.metric)} AND f.applicant = ${quote(q.applicant)}
WHERE ${where.join('\n  AND ')}
GROUP BY ALL
ORDER BY r.region_id, r.unit, r.year`;
}
