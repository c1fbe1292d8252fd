/** Turns a decoded Parquet table into an Arrow table with explicit column types (the engine boundary). */
import { Bool, Float64, Int32, Table, Utf8, vectorFromArray, type Vector } from 'apache-arrow';
import type { DecodedTable } from './decode-parquet';

export function toArrow(table: DecodedTable): Table {
	const vectors: Record<string, Vector> = {};
	for (const column of table.columns) {
		const values = table.rows.map((r) => {
			const v = r[column.name];
			return typeof v === 'bigint' ? Number(v) : (v ?? null);
		});
		const type =
			column.kind === 'int' ? new Int32() : column.kind === 'double' ? new Float64() : column.kind === 'boolean' ? new Bool() : new Utf8();
		vectors[column.name] = vectorFromArray(values as never[], type as never);
	}
	return new Table(vectors);
}
