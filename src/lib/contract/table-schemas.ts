/**
 * The columns and SQL types of every Parquet table we publish (docs/data-contract.md), in file
 * order: one definition that the data build writes (scripts/build-data.ts), the synthetic
 * generator writes (scripts/synthetic), the browser checks downloaded files against
 * (src/lib/data/expected-schemas.ts) and the import export writes (src/lib/import). The SYNTHETIC
 * facts' columns are these facts' (synthetic-schema.ts), the SQL text from them is built by
 * schema-sql.ts: both apart, because the first chart's bundle imports this module and needs neither.
 */
import { HARMONIZED_IDS, MISSING_COLUMNS } from './derived-metrics.ts';

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
	imported: B,
	/** Months the report's request figures cover: 12 unless the report says fewer (front matter). */
	period_months: I
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
	parent_id: V,
	pinyin: V,
	initials: V,
	aliases: V,
	former_ids: V
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
 * The harmonized metrics (`h_*`), one DOUBLE column each, in the order of the one spec of derived
 * metrics (derived-metrics.ts), from which the engine's SQL (src/lib/sql/harmonized.ts) is generated.
 */
export const HARMONIZED_COLUMNS: readonly string[] = HARMONIZED_IDS;

/**
 * The `harmonized` cube: one row per report and applicant column (the engine's SQL writes it); a
 * metric that may be the sum of the printed parts has `<id>_missing`, the parts not printed.
 */
export const HARMONIZED: TableSchema = {
	report_id: V,
	region_id: V,
	unit: V,
	year: I,
	format: V,
	applicant: V,
	...Object.fromEntries(HARMONIZED_COLUMNS.map((c) => [c, D])),
	...Object.fromEntries(MISSING_COLUMNS.map((c) => [c, V]))
};

export const TABLE_SCHEMAS: Readonly<Record<string, TableSchema>> = {
	reports: REPORTS,
	facts: FACTS,
	checks: CHECKS,
	warnings: WARNINGS,
	regions: REGIONS,
	/** The rows of `regions` that reports are filed under, with their ancestors (first chart). */
	report_regions: REGIONS,
	metrics: METRICS,
	harmonized: HARMONIZED
};
