/**
 * One of our tables decoded and checked against the columns its file must have: its rows then have
 * the contract's row type (src/lib/contract/rows.ts). The one place where decoded rows get a type.
 */
import type { TableRowTypes } from '../contract/rows';
import type { TableName } from '../contract/table-schemas';
import { decodeParquet, type DecodedTable } from './decode-parquet';
import { schemaProblem } from './expected-schemas';

export type Table<N extends TableName> = DecodedTable<TableRowTypes[N]>;

/** The table if it has its columns in their kinds; throws the `schema` DataFileError otherwise. */
export function checkedTable<N extends TableName>(name: N, table: DecodedTable): Table<N> {
	const problem = schemaProblem(table);
	if (problem) throw problem;
	return table as Table<N>;
}

/** Decodes our table `name` from its Parquet bytes and checks its columns. */
export async function decodeTable<N extends TableName>(
	name: N,
	buffer: ArrayBuffer
): Promise<Table<N>> {
	return checkedTable(name, await decodeParquet(name, buffer));
}
