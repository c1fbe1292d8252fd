/**
 * The schema browser's data: tables and views with columns, and metric search in both languages.
 * A name is listed once, as `SELECT … FROM name` resolves it (the TEMP catalog, then atlas, then
 * memory): with imports, `facts` is the TEMP view over our table and the imported rows
 * (src/lib/engine/engine-imports.ts), listed as `facts` with the number of imported rows, and the
 * `memory.main.imported_facts` table behind it is not listed.
 */
import type { MetricDef } from '../contract/metrics';

export const COLUMNS_SQL = `SELECT table_catalog, table_name, column_name, data_type
FROM information_schema.columns
WHERE table_schema = 'main'
ORDER BY table_name, ordinal_position`;

export interface SchemaTable {
	name: string;
	columns: { name: string; type: string }[];
	/** The in-memory table of imported rows that this table's name includes, if any. */
	overlay?: string;
	/** How many of its rows come from the reader's imports (once counted). */
	imported?: number;
}

interface ColumnRow {
	table_catalog?: string;
	table_name: string;
	column_name: string;
	data_type: string;
}

/** The order DuckDB resolves an unqualified name in: TEMP first, then the search path. */
const CATALOG_ORDER: Record<string, number> = { temp: 0, atlas: 1, memory: 2 };
const catalogRank = (c: string | undefined) => CATALOG_ORDER[c ?? 'memory'] ?? 3;

export function groupColumns(rows: readonly ColumnRow[]): SchemaTable[] {
	// The catalog each name resolves to.
	const resolved = new Map<string, string | undefined>();
	for (const r of rows) {
		const seen = resolved.get(r.table_name);
		if (!resolved.has(r.table_name) || catalogRank(r.table_catalog) < catalogRank(seen))
			resolved.set(r.table_name, r.table_catalog);
	}
	const byName = new Map<string, SchemaTable>();
	for (const r of rows) {
		if (resolved.get(r.table_name) !== r.table_catalog) continue;
		let tbl = byName.get(r.table_name);
		if (!tbl) byName.set(r.table_name, (tbl = { name: r.table_name, columns: [] }));
		tbl.columns.push({ name: r.column_name, type: r.data_type });
	}
	// imported_<name> behind a listed <name>: shown as part of <name>, not on its own.
	for (const r of rows) {
		const base = /^imported_(.+)$/.exec(r.table_name)?.[1];
		const tbl = base === undefined ? undefined : byName.get(base);
		if (r.table_catalog !== 'memory' || !tbl || !byName.has(r.table_name)) continue;
		tbl.overlay = r.table_name;
		byName.delete(r.table_name);
	}
	return [...byName.values()];
}

/** One query counting the imported rows of every table that has them, or null if none does. */
export function importedCountsSql(tables: readonly SchemaTable[]): string | null {
	const parts = tables
		.filter((t) => t.overlay)
		.map(
			(t) =>
				`SELECT '${t.name.replace(/'/g, "''")}' AS table_name, count(*) AS n FROM memory.main.${sqlName(t.overlay!)}`
		);
	return parts.length ? parts.join(' UNION ALL ') : null;
}

/** The tables with the counts of importedCountsSql's rows. */
export function withImportedCounts(
	tables: readonly SchemaTable[],
	rows: readonly Record<string, unknown>[]
): SchemaTable[] {
	const counts = new Map(rows.map((r) => [String(r.table_name), Number(r.n)]));
	return tables.map((t) => (counts.has(t.name) ? { ...t, imported: counts.get(t.name) } : t));
}

/** Metrics whose id, Chinese or English label contains every word of the query. */
export function searchMetrics(
	metrics: readonly MetricDef[],
	query: string,
	limit = 60
): MetricDef[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	const out: MetricDef[] = [];
	for (const m of metrics) {
		const hay = `${m.metric} ${m.label_zh} ${m.label_en}`.toLowerCase();
		if (words.every((w) => hay.includes(w))) out.push(m);
		if (out.length >= limit) break;
	}
	return out;
}

/** A name as it can be typed in SQL: quoted unless a plain lower-case identifier. */
export function sqlName(name: string): string {
	return /^[a-z_][a-z0-9_]*$/.test(name) && !RESERVED.has(name)
		? name
		: `"${name.replace(/"/g, '""')}"`;
}

const RESERVED = new Set(['check', 'group', 'order', 'select', 'from', 'where', 'table', 'user']);

/** Rows of an Arrow result of COLUMNS_SQL. */
export function schemaFromRows(rows: readonly Record<string, unknown>[]): SchemaTable[] {
	return groupColumns(
		rows.map((r) => ({
			table_catalog: r.table_catalog === undefined ? undefined : String(r.table_catalog),
			table_name: String(r.table_name),
			column_name: String(r.column_name),
			data_type: String(r.data_type)
		}))
	);
}

/** The schema as CodeMirror's SQL completion wants it: table → column names. */
export function completionSchema(tables: readonly SchemaTable[]): Record<string, string[]> {
	return Object.fromEntries(tables.map((t) => [t.name, t.columns.map((c) => c.name)]));
}
