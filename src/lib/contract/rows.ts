/**
 * The row types of our tables, derived from their schemas (table-schemas.ts) so that a column
 * added to a table is a column of its row type. Where our code builds rows without a column the
 * published file has (an import's stored rows have no `imported`: it is added when they join our
 * tables), the type leaves it out and says so.
 */
import type {
	CHECKS,
	FACTS,
	HARMONIZED,
	METRICS_SCHEMA,
	REGIONS,
	REPORTS,
	RowOf,
	WARNINGS
} from './table-schemas';

/** A report; `text_chars` is in the published file and in an import's record, not needed to draw. */
export type ReportRow = Omit<RowOf<typeof REPORTS, 'year'>, 'text_chars'>;

/**
 * A region. pinyin (build-time pinyin of name_zh, "hulunbeiershi"), initials ("hlbes"), aliases
 * ("|"-separated: the official name where ours differs, former names) and former_ids (former
 * GB/T 2260 codes merged or renamed into it) are absent in a reader's new region.
 */
type Optional = 'pinyin' | 'initials' | 'aliases' | 'former_ids';
export type RegionRow = Omit<RowOf<typeof REGIONS>, Optional> &
	Partial<RowOf<typeof REGIONS, Optional>>;

/** A fact; `imported` is the published file's, added to an import's facts when they join ours. */
export type FactRow = Omit<RowOf<typeof FACTS, 'year'>, 'imported'>;

/** A check; `imported` as for facts. */
export type CheckRow = Omit<RowOf<typeof CHECKS, 'expected' | 'actual'>, 'imported'>;

export type WarningRow = RowOf<typeof WARNINGS, 'span_start' | 'span_end'>;

export type MetricRow = RowOf<typeof METRICS_SCHEMA>;

/**
 * One row per report and applicant column: the harmonized metrics (h_*, null where the report does
 * not give them), see src/lib/sql/harmonized.ts. Read by metric id, so any column name is allowed.
 */
export type HarmonizedRow = Pick<RowOf<typeof HARMONIZED>, 'report_id' | 'applicant'> &
	Record<string, number | string | null>;

/** The rows of each published table as its file decodes (every column, the empty ones null). */
export interface TableRowTypes {
	reports: RowOf<typeof REPORTS, 'year'>;
	facts: RowOf<typeof FACTS, 'year'>;
	checks: RowOf<typeof CHECKS, 'expected' | 'actual'>;
	warnings: WarningRow;
	regions: RegionRow;
	report_regions: RegionRow;
	metrics: MetricRow;
	harmonized: HarmonizedRow;
}
