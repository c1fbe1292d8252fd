/**
 * Fills the official tables (official-tables.ts) with a report's values: per cell the printed text,
 * `null` for a cell printed blank, nothing for a cell the report does not print. A row is printed
 * when any of its cells is; a table when any of its rows is.
 */
import type { CellRef, PrintedRow, PrintedSection, PrintedTable } from './official-tables';

/** `metric|applicant` → printed text, or null for a blank cell. */
export type TableValues = ReadonlyMap<string, string | null>;

export const cellKey = (c: CellRef): string => `${c.metric}|${c.applicant}`;

export interface FilledRow extends PrintedRow {
	/** One entry per cell: the printed text, or null where the cell is blank. */
	values: (string | null)[];
}

export interface FilledTable extends Omit<PrintedTable, 'rows'> {
	rows: FilledRow[];
}

export interface FilledSection {
	title: string;
	tables: FilledTable[];
}

export function fillTables(sections: PrintedSection[], values: TableValues): FilledSection[] {
	const out: FilledSection[] = [];
	for (const section of sections) {
		const tables: FilledTable[] = [];
		for (const table of section.tables) {
			const rows: FilledRow[] = [];
			for (const row of table.rows) {
				if (!row.cells.some((c) => values.has(cellKey(c)))) continue;
				rows.push({ ...row, values: row.cells.map((c) => values.get(cellKey(c)) ?? null) });
			}
			if (rows.length) tables.push({ ...table, rows });
		}
		if (tables.length) out.push({ title: section.title, tables });
	}
	return out;
}
