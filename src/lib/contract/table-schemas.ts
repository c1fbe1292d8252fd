/**
 * The columns and SQL types of every Parquet table we publish (docs/data-contract.md), in file
 * order: one definition that the data build writes (scripts/build-data.ts), the synthetic
 * generator writes (scripts/synthetic), the browser checks downloaded files against
 * (src/lib/data-files/expected-schemas.ts) and the import export writes (src/lib/import). The SYNTHETIC
 * facts' columns are these facts' (synthetic-schema.ts), the SQL text from them is built by
 * schema-sql.ts: both apart, because the first chart's bundle imports this module and needs neither.
 */
import { HARMONIZED_IDS, MISSING_COLUMNS } from './harmonized-ids.ts';

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';
export type TableSchema = Readonly<Record<string, ColumnType>>;

/** The TypeScript type of a column's values. */
export type ValueOf<C extends ColumnType> = C extends 'VARCHAR'
	? string
	: C extends 'BOOLEAN'
		? boolean
		: number;

/**
 * One row of a table of schema S, as decoded from its Parquet file: every column with its value's
 * type, and `null` allowed in the columns N (the schema does not say which columns may be empty).
 */
export type RowOf<S extends TableSchema, N extends keyof S = never> = {
	-readonly [K in keyof S]: ValueOf<S[K]> | (K extends N ? null : never);
};

const V = 'VARCHAR',
	I = 'INTEGER',
	D = 'DOUBLE',
	B = 'BOOLEAN';

export const REPORTS = {
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
	imported: B,
	/** Months the report's request figures cover: 12 unless the report says fewer (front matter). */
	period_months: I
} as const satisfies TableSchema;

export const FACTS = {
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
} as const satisfies TableSchema;

export const CHECKS = {
	report_id: V,
	check: V,
	applicant: V,
	status: V,
	expected: D,
	actual: D,
	detail: V,
	imported: B
} as const satisfies TableSchema;

export const WARNINGS = {
	report_id: V,
	code: V,
	message: V,
	span_start: I,
	span_end: I
} as const satisfies TableSchema;

export const REGIONS = {
	region_id: V,
	name_zh: V,
	name_en: V,
	level: V,
	province: V,
	parent_id: V,
	pinyin: V,
	initials: V,
	aliases: V,
	former_ids: V
} as const satisfies TableSchema;

/** The metric dictionary's table (`metrics`); the dictionary itself is METRICS in metrics.ts. */
export const METRICS_SCHEMA = {
	metric: V,
	group: V,
	label_zh: V,
	label_en: V,
	unit: V,
	era: V,
	definition: V
} as const satisfies TableSchema;

/**
 * The harmonized metrics (`h_*`), one DOUBLE column each, in the order of the one spec of derived
 * metrics (derived-metrics.ts), from which the engine's SQL (src/lib/sql/harmonized.ts) is generated.
 * Read from harmonized-ids.ts, the bare names: every page that decodes a data file imports this
 * module, and the spec itself is not theirs to load.
 */
export const HARMONIZED_COLUMNS: readonly string[] = HARMONIZED_IDS;

/**
 * The `harmonized` cube: one row per report and applicant column (the engine's SQL writes it); a
 * metric that may be the sum of the printed parts has `<id>_missing`, the parts not printed.
 */
export const HARMONIZED = {
	report_id: V,
	region_id: V,
	unit: V,
	year: I,
	format: V,
	applicant: V,
	...(Object.fromEntries(HARMONIZED_COLUMNS.map((c) => [c, D])) as Record<string, typeof D>),
	...(Object.fromEntries(MISSING_COLUMNS.map((c) => [c, V])) as Record<string, typeof V>)
} as const satisfies TableSchema;

export const TABLE_SCHEMAS = {
	reports: REPORTS,
	facts: FACTS,
	checks: CHECKS,
	warnings: WARNINGS,
	regions: REGIONS,
	/** The rows of `regions` that reports are filed under, with their ancestors (first chart). */
	report_regions: REGIONS,
	metrics: METRICS_SCHEMA,
	harmonized: HARMONIZED
} as const satisfies Readonly<Record<string, TableSchema>>;

/** The name of one of our published tables. */
export type TableName = keyof typeof TABLE_SCHEMAS;

export function isTableName(name: string): name is TableName {
	return Object.hasOwn(TABLE_SCHEMAS, name);
}
