/**
 * The columns and SQL types of every Parquet table we publish (docs/data-contract.md), in file
 * order: one definition that the data build writes (scripts/build-data.ts), the synthetic
 * generator writes (scripts/synthetic), the browser checks downloaded files against
 * (src/lib/data/expected-schemas.ts) and the synthetic engine creates its `facts` table from
 * (src/lib/dataset/synthetic-engine.ts). Small on purpose: the first chart's bundle imports it.
 */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';
export type TableSchema = Readonly<Record<string, ColumnType>>;

const V = 'VARCHAR',
	I = 'INTEGER',
	D = 'DOUBLE',
	B = 'BOOLEAN';

export const REPORTS: TableSchema = {
	report_id: V,
	region_id: V,
	region: V,
	unit: V,
	unit_scope: V,
	year: I,
	format: V,
	title: V,
	source: V,
	text_chars: I,
	n_facts: I,
	n_checks_failed: I,
	n_warnings: I,
	imported: B
};

export const FACTS: TableSchema = {
	report_id: V,
	region_id: V,
	year: I,
	metric: V,
	applicant: V,
	value: D,
	raw: V,
	approx: B,
	span_start: I,
	span_end: I,
	method: V,
	imported: B
};

export const CHECKS: TableSchema = {
	report_id: V,
	check: V,
	applicant: V,
	status: V,
	expected: D,
	actual: D,
	detail: V,
	imported: B
};

export const WARNINGS: TableSchema = {
	report_id: V,
	code: V,
	message: V,
	span_start: I,
	span_end: I
};

export const REGIONS: TableSchema = {
	region_id: V,
	name_zh: V,
	name_en: V,
	level: V,
	province: V,
	parent_id: V
};

export const METRICS: TableSchema = {
	metric: V,
	group: V,
	label_zh: V,
	label_en: V,
	unit: V,
	era: V,
	definition: V
};

/**
 * The harmonized metrics (`h_*`), one DOUBLE column each. Kept equal to HARMONIZED_METRICS
 * (src/lib/sql/harmonized.ts) by a unit test; not imported from there, so the first chart's bundle
 * stays small.
 */
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

/** The `harmonized` cube: one row per report and applicant column (the engine's SQL writes it). */
export const HARMONIZED: TableSchema = {
	report_id: V,
	region_id: V,
	unit: V,
	year: I,
	format: V,
	applicant: V,
	...Object.fromEntries(HARMONIZED_COLUMNS.map((c) => [c, D]))
};

/**
 * SYNTHETIC facts (scale benchmark data): the fact columns without `imported` (nothing is
 * imported there) and with `province_code`, the partition key of the 10m layout.
 */
export const SYNTHETIC_FACTS: TableSchema = {
	.../* @__PURE__ */ Object.fromEntries(Object.entries(FACTS).filter(([c]) => c !== 'imported')),
	province_code: V
};

export const TABLE_SCHEMAS: Readonly<Record<string, TableSchema>> = {
	reports: REPORTS,
	facts: FACTS,
	checks: CHECKS,
	warnings: WARNINGS,
	regions: REGIONS,
	metrics: METRICS,
	harmonized: HARMONIZED
};

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** `"a"::VARCHAR AS "a", …`: a SELECT list that gives a query exactly this schema's columns and types. */
export function castColumns(schema: TableSchema): string {
	return Object.entries(schema)
		.map(([c, t]) => `${quote(c)}::${t} AS ${quote(c)}`)
		.join(', ');
}

/** `"a" VARCHAR, …`: the column list of CREATE TABLE. */
export function columnDefinitions(schema: TableSchema): string {
	return Object.entries(schema)
		.map(([c, t]) => `${quote(c)} ${t}`)
		.join(', ');
}
