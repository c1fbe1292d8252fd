/**
 * The harmonized metrics of the data contract, computed in SQL from the printed facts (never
 * stored as facts), generated from the one spec of derived metrics
 * (src/lib/contract/derived-metrics.ts). One row per report and applicant column; pre- and
 * post-2019 eras line up. A table cell wins over a prose restatement of the same metric. A metric
 * summing several parts either is NULL when a part is not printed, or is the sum of the printed
 * parts with `<id>_missing` naming the parts not printed (the spec says which, per metric).
 * Also the SQL expression of every rate, for "Open in SQL".
 */
import {
	HARMONIZED_INPUTS,
	HARMONIZED_METRICS,
	HARMONIZED_BY_ID,
	LAYOUT_ERAS,
	RATE_BY_ID,
	missingColumn,
	type HarmonizedMetric,
	type Part,
	type RateMetric
} from '../contract/derived-metrics';
import { HARMONIZED_COLUMNS } from '../contract/table-schemas';

/** The harmonized metrics' ids: the `harmonized` table's metric columns in the contract. */
export { HARMONIZED_COLUMNS };

const ID = /^[a-z][a-z0-9_]*$/;
function ident(id: string): string {
	if (!ID.test(id)) throw new Error(`not a metric id: ${id}`);
	return id;
}

/** A part: the printed fact, else (a subtotal) the sum of its sub-rows when every one is printed. */
function partSql(part: Part): string {
	const fact = ident(part.fact);
	if (!part.orSumOf?.length) return fact;
	return `coalesce(${fact}, (${part.orSumOf.map(ident).join(' + ')}))`;
}

function valueSql(m: HarmonizedMetric, parts: readonly Part[]): string {
	const sql = parts.map(partSql);
	if (sql.length === 1) return sql[0]!;
	if (m.missing === 'null') return `(${sql.join(' + ')})`;
	return `CASE WHEN ${sql.map((p) => `${p} IS NULL`).join(' AND ')} THEN NULL ELSE ${sql.map((p) => `coalesce(${p}, 0)`).join(' + ')} END`;
}

function missingSql(parts: readonly Part[]): string {
	const sql = parts.map(partSql);
	const names = parts.map((p, i) => `CASE WHEN ${sql[i]} IS NULL THEN '${ident(p.fact)}' END`);
	// NULL when complete, and when no part is printed (the value is NULL then).
	return `CASE WHEN ${sql.map((p) => `${p} IS NULL`).join(' AND ')} THEN NULL ELSE nullif(concat_ws('|', ${names.join(', ')}), '') END`;
}

/** `CASE r.format WHEN … END` over the eras, NULL in an era without parts. */
function byEra(m: HarmonizedMetric, part: (parts: readonly Part[]) => string): string {
	const arms = LAYOUT_ERAS.filter((e) => m.parts[e]).map(
		(e) => `WHEN '${e}' THEN ${part(m.parts[e]!)}`
	);
	return arms.length ? `CASE r.format ${arms.join(' ')} ELSE NULL END` : 'NULL';
}

/** The harmonized columns of one metric: its value, and `<id>_missing` for a `partial` metric. */
function metricColumns(m: HarmonizedMetric): string[] {
	const value = `CAST(${byEra(m, (p) => valueSql(m, p))} AS DOUBLE) AS ${ident(m.id)}`;
	if (m.missing !== 'partial') return [value];
	return [value, `CAST(${byEra(m, missingSql)} AS VARCHAR) AS ${missingColumn(m.id)}`];
}

/** A SELECT with one row per (report_id, applicant) and one column per harmonized metric. */
export function harmonizedSelect(facts = 'facts', reports = 'reports'): string {
	const pivots = HARMONIZED_INPUTS.map(
		(m) => `max(value) FILTER (WHERE metric = '${ident(m)}') AS ${m}`
	).join(',\n\t\t');
	const values = HARMONIZED_METRICS.map((m) => metricColumns(m)[0]!);
	const missing = HARMONIZED_METRICS.flatMap((m) => metricColumns(m).slice(1));
	return `WITH picked AS (
	SELECT report_id, metric, applicant,
		arg_min(value, CASE WHEN method = 'prose' THEN 1 ELSE 0 END) AS value
	FROM ${facts}
	GROUP BY report_id, metric, applicant
), wide AS (
	SELECT report_id, applicant,
		${pivots}
	FROM picked
	GROUP BY report_id, applicant
)
SELECT r.report_id, r.region_id, r.unit, r.year, r.format, w.applicant,
	${[...values, ...missing].join(',\n\t')}
FROM wide w JOIN ${reports} r USING (report_id)`;
}

/** A rate operand in SQL: a harmonized column of `h`, or a printed fact pivoted in `f`. */
function operandSql(id: string, h: string, f: string): string {
	return HARMONIZED_BY_ID.has(id) ? `${h}.${ident(id)}` : `${f}.${ident(id)}`;
}

function sumSql(ops: readonly string[], h: string, f: string): string {
	const sql = ops.map((o) => operandSql(o, h, f));
	return sql.length === 1 ? sql[0]! : `(${sql.join(' + ')})`;
}

/** The printed facts a rate reads outside the harmonized table (pivoted in a CTE named `f`). */
export function rateFactOperands(rate: RateMetric): string[] {
	return [...rate.numerator, ...rate.denominator].filter((o) => !HARMONIZED_BY_ID.has(o));
}

/**
 * A rate's numerator, denominator and value as SQL over the harmonized table aliased `h` (and,
 * for printed-fact operands, a pivot aliased `f`): NULL where the denominator is 0 or absent.
 */
export function rateSql(
	id: string,
	h = 'h',
	f = 'f'
): { numerator: string; denominator: string; value: string } | null {
	const rate = RATE_BY_ID.get(id);
	if (!rate) return null;
	const numerator = sumSql(rate.numerator, h, f);
	const denominator = sumSql(rate.denominator, h, f);
	return { numerator, denominator, value: `${numerator} / NULLIF(${denominator}, 0)` };
}

/** The pivot of printed facts a rate needs (one row per report and applicant column), or null. */
export function rateFactsCte(id: string, facts = 'facts'): string | null {
	const rate = RATE_BY_ID.get(id);
	const ops = rate ? rateFactOperands(rate) : [];
	if (!ops.length) return null;
	return `SELECT report_id, applicant,
    ${ops.map((o) => `arg_min(value, CASE WHEN method = 'prose' THEN 1 ELSE 0 END) FILTER (WHERE metric = '${ident(o)}') AS ${o}`).join(',\n    ')}
  FROM ${facts}
  GROUP BY report_id, applicant`;
}
