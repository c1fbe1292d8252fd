/**
 * The reader's imported reports in the SQL console. Our tables are in the read-only database
 * `atlas`, so imported rows cannot be added to them; instead they go to tables of the in-memory
 * database (`memory.main.imported_<table>`), and the console's connection gets TEMP views named
 * like our tables: `facts` = `atlas.main.facts UNION ALL BY NAME memory.main.imported_facts`.
 * DuckDB looks in the TEMP catalog before the search path, so `SELECT * FROM facts` sees both,
 * (and so does atlas's `harmonized` view, which reads `facts`), while `atlas.main.facts` stays read-only (a DELETE on the view is refused too, and DROP VIEW only
 * removes the overlay until Reset). No view is made for a table without imported rows, and none
 * at all without imports: the console is then exactly our database.
 */
import type { Table } from 'apache-arrow';
import type { ColumnKind } from '../data-files/decode-parquet';
export { importedTableName, overlayViewSql } from './base-db';
import { EXPECTED_SCHEMAS } from '../data-files/expected-schemas';
import { toArrow } from '../data-files/to-arrow';
import type { ImportRecord } from '../dataset/import-record';
import { importedRecords, importedRowsOf } from '../dataset/imported-tables';

/**
 * Our tables that imported reports add rows to. Not `harmonized`: atlas's view binds `facts` and
 * `reports` when it is queried, TEMP catalog first, so it computes the imported reports' harmonized
 * rows from the overlays itself, with the same SQL (tests/sql/import-overlay.test.ts).
 */
export const IMPORTED_TABLES = ['reports', 'facts', 'checks', 'warnings', 'regions'] as const;

/** Each table's imported rows as an Arrow table with the contract's columns (`imported` true). */
export function importedArrowTables(records: readonly ImportRecord[]): Map<string, Table> {
	const out = new Map<string, Table>();
	for (const name of IMPORTED_TABLES) {
		const extra = importedRowsOf(name, records);
		if (!extra.length) continue;
		const spec = EXPECTED_SCHEMAS[name]!;
		const columns = Object.entries(spec).map(([n, kind]) => ({
			name: n,
			kind: kind as ColumnKind
		}));
		const rows = extra.map((row) => {
			const source = row as Record<string, unknown>;
			const r: Record<string, unknown> = {};
			for (const { name: n } of columns) r[n] = n === 'imported' ? true : (source[n] ?? null);
			return r;
		});
		out.set(name, toArrow({ name, columns, rows, bytes: 0 }));
	}
	return out;
}

/** What the console's runner needs to show imports: the tables, by our table's name. */
export async function importedEngineTables(): Promise<Map<string, Table>> {
	return importedArrowTables(await importedRecords());
}

/** The console's runner while one is live (engine-supervisor.ts), to refresh after an import. */
let live: { setImports(tables: Map<string, Table>): Promise<void> } | null = null;

export function setLiveRunner(runner: typeof live): void {
	live = runner;
}

/** After the reader adds or deletes an import: a live console shows the imports as they now are. */
export async function refreshLiveImports(): Promise<void> {
	if (live) await live.setImports(await importedEngineTables());
}
