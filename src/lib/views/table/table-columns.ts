/**
 * Which columns the table view shows. Apart from table-rows.ts, which the explorer's page imports
 * for the CSV: only the table's panel, loaded with its tab, needs this.
 */
import type { SortKey, TableRow } from './table-rows';

/** The table view's columns, in order (each sorts by its key). */
export const TABLE_COLUMNS = [
	'region',
	'unit',
	'year',
	'value',
	'numerator',
	'denominator',
	'yoy',
	'failed_checks',
	'notes'
] as const satisfies readonly SortKey[];
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/** What a row shows in the columns that may be empty (a count has no numerator, …). */
const HAS_VALUE: Partial<Record<TableColumn, (r: TableRow) => boolean>> = {
	numerator: (r) => r.numerator !== null,
	denominator: (r) => r.denominator !== null,
	yoy: (r) => r.yoy !== null,
	failed_checks: (r) => r.check_notes !== '',
	notes: (r) => r.notes !== ''
};

/**
 * The columns to show for these rows: every one but those empty in every row, so on a phone the
 * names get the width (the names, the year and the value always show).
 */
export function shownColumns(rows: readonly TableRow[]): TableColumn[] {
	return TABLE_COLUMNS.filter((c) => {
		const has = HAS_VALUE[c];
		return !has || rows.some(has);
	});
}
