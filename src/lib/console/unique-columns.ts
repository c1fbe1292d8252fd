/**
 * A result's columns under names that are all different: DuckDB allows `SELECT 1 AS a, 2 AS a`
 * and `SELECT * FROM reports JOIN facts USING (…)` can repeat names, but the grid, the chart and
 * every export (JSON keys, CSV headers, Parquet columns) need one name per column. A repeated
 * name gets `_2`, `_3`… (the first keeps its name), skipping names already taken.
 */
import { Field, makeData, RecordBatch, Schema, Struct, Table } from 'apache-arrow';

export function uniqueNames(names: readonly string[]): string[] {
	const taken = new Set(names);
	const seen = new Set<string>();
	return names.map((name) => {
		if (!seen.has(name)) {
			seen.add(name);
			return name;
		}
		let k = 2;
		while (taken.has(`${name}_${k}`)) k++;
		const unique = `${name}_${k}`;
		taken.add(unique);
		seen.add(unique);
		return unique;
	});
}

/** The table itself when its names are already unique; else the same data under unique names. */
export function withUniqueNames(table: Table): Table {
	const fields = table.schema.fields;
	const names = uniqueNames(fields.map((f) => f.name));
	if (names.every((n, j) => n === fields[j]!.name)) return table;
	const schema = new Schema(
		fields.map((f, j) => new Field(names[j]!, f.type, f.nullable, f.metadata)),
		table.schema.metadata
	);
	const batches = table.batches.map(
		(b) =>
			new RecordBatch(
				schema,
				makeData({
					type: new Struct(schema.fields),
					length: b.numRows,
					nullCount: 0,
					children: b.data.children
				})
			)
	);
	return batches.length ? new Table(batches) : new Table(schema);
}
