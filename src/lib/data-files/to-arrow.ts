/** Turns a decoded Parquet table into an Arrow table with explicit column types (the engine boundary). */
import { Table, type Vector } from 'apache-arrow';
import { boolVector, float64Vector, int32Vector, utf8Vector } from './arrow-vectors';
import type { DecodedTable } from './decode-parquet';

export function toArrow(table: DecodedTable): Table {
	const vectors: Record<string, Vector> = {};
	for (const column of table.columns) {
		const values = table.rows.map((r) => {
			const v = r[column.name];
			return typeof v === 'bigint' ? Number(v) : (v ?? null);
		});
		vectors[column.name] =
			column.kind === 'int'
				? int32Vector(values as (number | null)[])
				: column.kind === 'double'
					? float64Vector(values as (number | null)[])
					: column.kind === 'boolean'
						? boolVector(values as (boolean | null)[])
						: utf8Vector(values.map((v) => (v === null ? null : String(v))));
	}
	return new Table(vectors);
}
