/**
 * The shapes the extraction engine produces (see docs/data-contract.md). Pure data; the applicant
 * columns are the contract's (one definition, src/lib/contract/metrics.ts).
 */
import { APPLICANTS, type Applicant } from '../contract/metrics';
import type { LayoutId } from './layouts';

export type { Applicant };

/** A report's layout (layouts/index.ts), or `unknown` where none is recognized. */
export type ReportFormat = LayoutId | 'unknown';

/** The 表三 columns in the order the official layout prints them, then the total column. */
export const APPLICANT_COLUMNS: readonly Applicant[] = APPLICANTS;

/** `cross_year`: a cell its own report leaves undecided, read through the adjacent year's report. */
export type FactMethod = 'table' | 'prose' | 'decoded' | 'cross_year';

/** One printed reading of an undecided row: its cells in column order (null where blank). */
export type RowReading = { value: number | null; raw: string; start: number; end: number }[];

/** A table row the report alone does not decide: its readings, kept for the cross-year pass. */
export interface UndecidedRow {
	/** The row's metrics in column order. */
	metrics: string[];
	/** The metrics of the row left undecided (the others were decided or not printed). */
	undecided: string[];
	readings: RowReading[];
}

export interface Fact {
	metric: string;
	applicant: Applicant;
	value: number;
	/** The characters as printed. */
	raw: string;
	approx: boolean;
	/** Offsets into the report's normalized text: text.slice(span_start, span_end) contains the number. */
	span_start: number;
	span_end: number;
	method: FactMethod;
}

export type CheckStatus = 'pass' | 'fail' | 'not_assessable';

export interface Check {
	check: string;
	applicant: Applicant;
	status: CheckStatus;
	expected: number | null;
	actual: number | null;
	/** Human-readable identity, e.g. "requests_new + requests_carried_over = outcome_total + requests_carried_forward". */
	detail: string;
}

export interface Warning {
	code: string;
	message: string;
	span_start?: number;
	span_end?: number;
}

export interface ReportMeta {
	report_id: string;
	region_id: string;
	region: string;
	unit: string;
	unit_scope: string;
	year: number | null;
	format: ReportFormat;
	province: string;
	level: string;
	parent_id: string;
	source: string;
	title: string;
	/**
	 * Months the report's request figures cover: the front matter's `period_months` (a progress
	 * report of January–November says 11), else 12.
	 */
	period_months?: number;
}

export interface ExtractResult {
	report: ReportMeta;
	/** The normalized report text that every span indexes. */
	text: string;
	facts: Fact[];
	checks: Check[];
	warnings: Warning[];
	/** Rows the report alone does not decide (表二), for `crossYearReadings`. */
	undecided?: UndecidedRow[];
}
