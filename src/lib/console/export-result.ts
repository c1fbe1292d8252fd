/** The full result of a query as CSV (formula-safe, see explorer/csv.ts) or JSON text. */
import type { Table } from 'apache-arrow';
import { toCsv } from '../shared/to-csv';
import { plainRows } from './result-columns';

export function resultToCsv(table: Table): string {
	const names = table.schema.fields.map((f) => f.name);
	const rows = plainRows(table).map((r) =>
		Object.fromEntries(
			names.map((n) => {
				const v = r[n];
				return [n, v !== null && typeof v === 'object' ? JSON.stringify(v) : v];
			})
		)
	);
	return toCsv(names, rows);
}

export function resultToJson(table: Table): string {
	return JSON.stringify(plainRows(table), null, 1) + '\n';
}
