/** SQL text from a table schema (table-schemas.ts), for the data build, the generator and the engine. */
import type { TableSchema } from './table-schemas';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** `"a"::VARCHAR AS "a", …`: a SELECT list that gives a query exactly this schema's columns and types. */
export function castColumns(schema: TableSchema): string {
	return Object.entries(schema)
		.map(([c, t]) => `${quote(c)}::${t} AS ${quote(c)}`)
		.join(', ');
}

/** `"a" VARCHAR, …`: the column list of CREATE TABLE. */
export function columnDefinitions(schema: TableSchema): string {
	return Object.entries(schema)
		.map(([c, t]) => `${quote(c)} ${t}`)
		.join(', ');
}
