/**
 * The columns each Parquet file must have, and their kinds (docs/data-contract.md; the data build
 * writes them from src/lib/contract/table-schemas.ts). A file that lacks a column or has it with another kind is a
 * `schema` error naming the columns; extra columns are allowed (a newer build may add some).
 */
import { TABLE_SCHEMAS, type ColumnType } from '../contract/table-schemas';
import type { ColumnKind, DecodedTable } from './decode-parquet';
import { DataFileError } from './data-file-error';

type Columns = Readonly<Record<string, ColumnKind>>;

const KIND: Readonly<Record<ColumnType, ColumnKind>> = {
	VARCHAR: 'string',
	INTEGER: 'int',
	DOUBLE: 'double',
	BOOLEAN: 'boolean'
};

/** The contract's tables (src/lib/contract/table-schemas.ts) as the kinds hyparquet decodes. */
export const EXPECTED_SCHEMAS: Readonly<Record<string, Columns>> = Object.fromEntries(
	Object.entries(TABLE_SCHEMAS).map(([table, columns]) => [
		table,
		Object.fromEntries(Object.entries(columns).map(([c, t]) => [c, KIND[t]]))
	])
);

/** A `schema` DataFileError if `table` does not have the columns its file must have, else null. */
export function schemaProblem(table: DecodedTable): DataFileError | null {
	const expected = EXPECTED_SCHEMAS[table.name];
	if (!expected) return null;
	const actual = new Map(table.columns.map((c) => [c.name, c.kind]));
	const missing = Object.keys(expected).filter((c) => !actual.has(c));
	const wrong = Object.entries(expected)
		.filter(([c, kind]) => actual.has(c) && actual.get(c) !== kind)
		.map(([c, kind]) => `${c} is ${actual.get(c)}, expected ${kind}`);
	if (!missing.length && !wrong.length) return null;
	const parts = [
		missing.length ? `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` : '',
		...wrong
	].filter(Boolean);
	return new DataFileError(
		`${table.name}.parquet`,
		'schema',
		`unexpected schema: ${parts.join('; ')}`
	);
}
