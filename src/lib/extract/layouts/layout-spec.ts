/**
 * What one official report layout is, as data: how it is recognized, the rows of its statistics
 * tables (how the engine finds each row, and how the row is printed), the arithmetic identities
 * its tables imply, its era and the years it is in force. One spec per layout
 * (`pre2019.ts`, `post2019-2019.ts`, `post2019-2021.ts`), all listed in `index.ts` (`LAYOUTS`).
 */
import type { LayoutEra } from '../../contract/layouts';
import type { Applicant } from '../../contract/metrics';
import type { StatRowDef } from './pre2019-rows';

export type { Era } from '../../contract/layouts';

/** A row of a table the engine finds by its label, and the metric its cells print. */
export interface RowDef {
	metric: string;
	pattern: RegExp;
}

/** A 表三 row: found by `pattern`, printed under the labels of `path` (outer group first). */
export interface Table3Row extends RowDef {
	path: readonly string[];
	/** Printed only where the report gives it a value (a row some reports leave out). */
	optional?: boolean;
}

/** A 表二 row: found by `label`, its cells' metrics in column order. */
export interface Table2Row {
	label: RegExp;
	metrics: readonly string[];
}

/** A cell of a printed table. */
export interface CellRef {
	metric: string;
	applicant: Applicant;
}

export interface PrintedRow {
	/** Labels from the outer group to the row's own ("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"). */
	path: string[];
	cells: CellRef[];
	/** Printed only where the report gives it a value (a row some reports leave out). */
	optional?: boolean;
	/** The pre-2019 unit column (条, 件, 万元). */
	unit?: string;
}

export interface PrintedTable {
	/** The heading line printed above the block ("第二十条第（一）项"), if any. */
	caption?: string;
	/** Header rows, each with one entry per column (label columns first). */
	header: string[][];
	/** How many label columns each row has. */
	labelColumns: number;
	rows: PrintedRow[];
}

export interface PrintedSection {
	title: string;
	tables: PrintedTable[];
}

/** The rows the engine reads: 表二/表三/表四 since 2019, or the pre-2019 统计表. */
export type LayoutRows =
	| {
			kind: 'post2019';
			table2: readonly Table2Row[];
			table3: readonly Table3Row[];
			/** 表四's fifteen cells in printed order (three blocks of five outcomes). */
			table4: readonly string[];
	  }
	| {
			kind: 'stat';
			/**
			 * The 统计表 rows the engine finds (the national template and provincial variants;
			 * extract-stat-table.ts reads them from pre2019-rows.ts).
			 */
			rows: readonly StatRowDef[];
	  };

/** A sum identity: the parts add up to the total. */
export interface SumIdentity {
	total: string;
	parts: readonly string[];
}

/** The arithmetic identities (勾稽关系) a layout's tables imply; compute-checks.ts evaluates them. */
export type LayoutChecks =
	| {
			kind: 'post2019';
			/** Per applicant column: left[0] + left[1] = right[0] + right[1] (第一项加第二项之和…). */
			balance: { left: readonly string[]; right: readonly string[] };
			/** Per applicant column: the outcome rows add up to 总计. */
			outcomes: SumIdentity;
			/** Outcome subtotals whose sub-rows this layout prints: printed, or else their sum. */
			subtotals: Readonly<Record<string, readonly string[]>>;
			/** The six applicant columns add up to 总计 in every row. */
			applicantColumns: true;
			/** 表四's blocks: 维持 + 纠正 + 其他 + 尚未审结 = 总计. */
			blocks: readonly SumIdentity[];
	  }
	| {
			kind: 'stat';
			/** Channels that add up to the requests received. */
			channels: SumIdentity;
			/** Answer categories that add up to the answers. */
			answers: SumIdentity;
			/** Outcomes of review and litigation that add up to their totals. */
			blocks: readonly SumIdentity[];
	  };

/**
 * `id` (the `format`, a public value of the reports table), `era` and `years` come from
 * src/lib/contract/layouts.ts.
 */
export interface LayoutSpec<Id extends string = string> extends LayoutEra<Id> {
	/** The document that set the layout. */
	document: string;
	/**
	 * Headings and row labels only this layout prints. A report is of the layout whose cues it
	 * prints most; with no cue, a report that prints no statistics table is of the layout in force
	 * in its year (identify-layout.ts).
	 */
	cues: readonly RegExp[];
	rows: LayoutRows;
	/** The statistics tables as printed, in printed order (the renderer's, report-render). */
	printed: (cumulative: boolean) => PrintedSection[];
	checks: LayoutChecks;
}
