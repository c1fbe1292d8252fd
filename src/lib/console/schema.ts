/** The schema browser's data: tables and views with columns, and metric search in both languages. */
import type { MetricDef } from '$lib/contract/metrics';

export const COLUMNS_SQL = `SELECT table_name, column_name, data_type
FROM information_schema.columns
WHERE table_schema = 'main'
ORDER BY table_name, ordinal_position`;

export interface SchemaTable {
	name: string;
	columns: { name: string; type: string }[];
}

export function groupColumns(
	rows: readonly { table_name: string; column_name: string; data_type: string }[]
): SchemaTable[] {
	const byName = new Map<string, SchemaTable>();
	for (const r of rows) {
		let tbl = byName.get(r.table_name);
		if (!tbl) byName.set(r.table_name, (tbl = { name: r.table_name, columns: [] }));
		tbl.columns.push({ name: r.column_name, type: r.data_type });
	}
	return [...byName.values()];
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
