/**
 * The columns each Parquet file must have, and their kinds (docs/data-contract.md; the data build
 * writes them, scripts/data/schemas.ts). A file that lacks a column or has it with another kind is a
 * `schema` error naming the columns; extra columns are allowed (a newer build may add some).
 */
import type { ColumnKind, DecodedTable } from './decode-parquet';
import { DataFileError } from './data-file-error';

type Columns = Readonly<Record<string, ColumnKind>>;

const s = 'string',
	i = 'int',
	d = 'double',
	b = 'boolean';

/** Kept equal to HARMONIZED_METRICS (src/lib/sql/harmonized.ts) by a unit test; not imported, so
 * the first chart's bundle stays small. */
export const HARMONIZED_COLUMNS = [
	'h_requests',
	'h_handled',
	'h_granted',
	'h_partial',
	'h_denied',
	'h_unable',
	'h_other',
	'h_reviews',
	'h_lawsuits',
	'h_proactive'
] as const;

export const EXPECTED_SCHEMAS: Readonly<Record<string, Columns>> = {
	reports: {
		report_id: s,
		region_id: s,
		region: s,
		unit: s,
		unit_scope: s,
		year: i,
		format: s,
		title: s,
		source: s,
		text_chars: i,
		n_facts: i,
		n_checks_failed: i,
		n_warnings: i,
		imported: b
	},
	facts: {
		report_id: s,
		region_id: s,
		year: i,
		metric: s,
		applicant: s,
		value: d,
		raw: s,
		approx: b,
		span_start: i,
		span_end: i,
		method: s
	},
	checks: {
		report_id: s,
		check: s,
		applicant: s,
		status: s,
		expected: d,
		actual: d,
		detail: s
	},
	warnings: { report_id: s, code: s, message: s, span_start: i, span_end: i },
	regions: { region_id: s, name_zh: s, name_en: s, level: s, province: s, parent_id: s },
	metrics: {
		metric: s,
		group: s,
		label_zh: s,
		label_en: s,
		unit: s,
		era: s,
		definition: s
	},
	harmonized: {
		report_id: s,
		region_id: s,
		unit: s,
		year: i,
		format: s,
		applicant: s,
		...Object.fromEntries(HARMONIZED_COLUMNS.map((c) => [c, d]))
	}
};

/** A `schema` DataFileError if `table` does not have the columns its file must have, else null. */
export function schemaProblem(table: DecodedTable): DataFileError | null {
	const expected = EXPECTED_SCHEMAS[table.name];
	if (!expected) return null;
	const actual = new Map(table.columns.map((c) => [c.name, c.kind]));
	const missing = Object.keys(expected).filter((c) => !actual.has(c));
	const wrong = Object.entries(expected)
		.filter(([c, kind]) => actual.has(c) && actual.get(c) !== kind)
		.map(([c, kind]) => `${c} is ${actual.get(c)}, expected ${kind}`);
	if (!missing.length && !wrong.length) return null;
	const parts = [
		missing.length ? `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` : '',
		...wrong
	].filter(Boolean);
	return new DataFileError(`${table.name}.parquet`, 'schema', `unexpected schema: ${parts.join('; ')}`);
}
