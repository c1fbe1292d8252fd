/**
 * The SQL behind an explorer chart, for "Open in SQL": the same numbers the chart shows, as a
 * query a reader can edit. Harmonized metrics and rates read the `harmonized` view (rates with a
 * printed-fact operand also a pivot of `facts`), their formulas generated from the one spec of
 * derived metrics; raw metrics read `facts` (a table cell before a prose restatement). Every
 * metric has its query.
 */
import {
	HARMONIZED_BY_ID,
	RATE_BY_ID,
	SMALL_DENOMINATOR,
	missingColumn
} from '../contract/derived-metrics';
import { UNIT_MODE_SCOPE, type UnitMode } from '../contract/unit-scope';
import { rateFactsCte, rateSql } from './harmonized';

export interface ExplorerQuery {
	metric: string;
	applicant: string;
	regions: string[];
	from: number | null;
	to: number | null;
	units: UnitMode;
}

const ID = /^[a-z][a-z0-9_]{0,63}$/;
const REGION = /^[a-z0-9-]{1,40}$/;

function quote(s: string): string {
	return `'${s.replace(/'/g, "''")}'`;
}

/** Returns null for a metric the builder cannot express (then the button is not offered). */
export function explorerSql(q: ExplorerQuery): string | null {
	if (!ID.test(q.metric) || !ID.test(q.applicant)) return null;
	const regions = q.regions.filter((r) => REGION.test(r));
	const conditions = [
		`r.region_id IN (${regions.map(quote).join(', ') || "''"})`,
		q.from !== null ? `r.year >= ${Math.trunc(q.from)}` : '',
		q.to !== null ? `r.year <= ${Math.trunc(q.to)}` : '',
		UNIT_MODE_SCOPE[q.units] ? `r.unit_scope = ${quote(UNIT_MODE_SCOPE[q.units]!)}` : ''
	].filter(Boolean);
	const where = `h.applicant = ${quote(q.applicant)}\n  AND ${conditions.join('\n  AND ')}`;
	const order = 'ORDER BY r.region_id, r.unit, r.year';
	const h = HARMONIZED_BY_ID.get(q.metric);
	if (h) {
		const missing = h.missing === 'partial' ? `,\n  h.${missingColumn(h.id)} AS missing_parts` : '';
		return `-- ${q.metric}, one row per region, reporting unit and year${missing ? '\n-- missing_parts: the parts not printed where the value is the sum of the printed ones' : ''}
SELECT g.name_zh AS region, r.region_id, r.unit, r.year, h.${h.id} AS value${missing}
FROM harmonized h
JOIN reports r USING (report_id)
JOIN regions g ON g.region_id = r.region_id
WHERE ${where}
${order}`;
	}
	const rate = rateSql(q.metric);
	if (rate) {
		const facts = rateFactsCte(q.metric);
		return `-- ${q.metric} = ${rate.numerator} / ${rate.denominator}, one row per region, reporting unit and year
-- small_denominator: fewer than ${SMALL_DENOMINATOR} in the denominator (left out of rankings)
${facts ? `WITH f AS (\n  ${facts}\n)\n` : ''}SELECT g.name_zh AS region, r.region_id, r.unit, r.year,
  ${rate.value} AS value,
  ${rate.numerator} AS numerator,
  ${rate.denominator} AS denominator,
  ${rate.denominator} < ${SMALL_DENOMINATOR} AS small_denominator
FROM harmonized h
JOIN reports r USING (report_id)
JOIN regions g ON g.region_id = r.region_id${facts ? '\nLEFT JOIN f USING (report_id, applicant)' : ''}
WHERE ${where}
${order}`;
	}
	if (RATE_BY_ID.has(q.metric)) return null;
	return `-- ${q.metric} as printed (a table cell before a prose restatement)
SELECT g.name_zh AS region, r.region_id, r.unit, r.year,
  arg_min(f.value, CASE WHEN f.method = 'prose' THEN 1 ELSE 0 END) AS value
FROM reports r
JOIN regions g ON g.region_id = r.region_id
LEFT JOIN facts f ON f.report_id = r.report_id AND f.metric = ${quote(q.metric)} AND f.applicant = ${quote(q.applicant)}
WHERE ${conditions.join('\n  AND ')}
GROUP BY ALL
ORDER BY r.region_id, r.unit, r.year`;
}
