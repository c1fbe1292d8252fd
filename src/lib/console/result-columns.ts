/** The columns of an Arrow result (name, type, whether numeric) and rows of it as plain objects. */
import type { Table } from 'apache-arrow';
import { columnReader } from './cell-value';
import { isNumericType, plainValue } from './format-cell';

export interface ResultColumn {
	name: string;
	type: string;
	numeric: boolean;
}

export function resultColumns(table: Table): ResultColumn[] {
	return table.schema.fields.map((f) => {
		const type = String(f.type);
		return { name: f.name, type, numeric: isNumericType(type) };
	});
}

/** Rows [from, to) as arrays of values read by their type (cell-value.ts), column by column. */
export function rowSlice(table: Table, from: number, to: number): unknown[][] {
	const end = Math.min(to, table.numRows);
	const readers = table.schema.fields.map((f, j) => columnReader(table.getChildAt(j), f.type));
	const out: unknown[][] = [];
	for (let i = from; i < end; i++) out.push(readers.map((read) => read(i)));
	return out;
}

/** Every row as a plain object (JSON-safe values), for exports. */
export function plainRows(table: Table): Record<string, unknown>[] {
	const names = table.schema.fields.map((f) => f.name);
	return rowSlice(table, 0, table.numRows).map((r) =>
		Object.fromEntries(names.map((n, j) => [n, plainValue(r[j])]))
	);
}
