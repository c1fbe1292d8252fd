/**
 * Joins the reader's imported reports (IndexedDB) to our decoded tables: the explorer and the SQL
 * engine call withImported(table) on each table they load, so imported rows appear in every view,
 * the console and the sources tab. Rows take the table's own columns; `imported` is true for them.
 */
import type { DecodedTable } from '../data-files/decode-parquet';
import type { ImportRecord } from './import-record';
import { listImports } from './import-store';
import { mayHaveImports } from './may-have-imports';

let cached: Promise<ImportRecord[]> | undefined;

/** The imports, read once per page (forgetImports() after adding or deleting one). */
export function importedRecords(): Promise<ImportRecord[]> {
	if (!cached) {
		// A browser without IndexedDB (or with it blocked) simply has no imports. Without our
		// database there is nothing to read, and opening it would create it.
		cached = mayHaveImports()
			.then((may) => (may ? listImports() : []))
			.catch(() => []);
	}
	return cached;
}

export function forgetImports(): void {
	cached = undefined;
}

/** The rows a table gains from the imports. */
export function importedRowsOf(name: string, records: readonly ImportRecord[]): object[] {
	switch (name) {
		case 'reports':
			return records.map((r) => r.report);
		case 'facts':
			return records.flatMap((r) => r.facts);
		case 'checks':
			return records.flatMap((r) => r.checks);
		case 'warnings':
			return records.flatMap((r) => r.warnings);
		case 'harmonized':
			return records.flatMap((r) => r.harmonized);
		case 'regions': {
			const seen = new Set<string>();
			return records.flatMap((r) => {
				if (!r.newRegion || seen.has(r.newRegion.region_id)) return [];
				seen.add(r.newRegion.region_id);
				return [r.newRegion];
			});
		}
		default:
			return [];
	}
}

/**
 * The table with the imported rows appended (the same object when there are none). Each imported
 * row is given exactly the table's columns, so it has the table's row type.
 */
export function mergeImported<R extends object>(
	table: DecodedTable<R>,
	records: readonly ImportRecord[]
): DecodedTable<R> {
	const extra = importedRowsOf(table.name, records);
	if (!extra.length) return table;
	const names = table.columns.map((c) => c.name);
	const rows = extra.map((row) => {
		const source = row as Record<string, unknown>;
		const out: Record<string, unknown> = {};
		for (const n of names) out[n] = n === 'imported' ? true : (source[n] ?? null);
		return out as R;
	});
	return { ...table, rows: [...table.rows, ...rows] };
}

export async function withImported<R extends object>(
	table: DecodedTable<R>
): Promise<DecodedTable<R>> {
	return mergeImported(table, await importedRecords());
}
