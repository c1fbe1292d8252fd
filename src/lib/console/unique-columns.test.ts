import { Field, makeData, RecordBatch, Schema, Struct, Table, tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { resultToCsv, resultToJson } from './export-result';
import { resultColumns } from './result-columns';
import { uniqueNames, withUniqueNames } from './unique-columns';

describe('unique column names', () => {
	it('numbers repeated names and skips names already taken', () => {
		expect(uniqueNames(['a', 'a'])).toEqual(['a', 'a_2']);
		expect(uniqueNames(['a', 'a', 'a_2', 'a'])).toEqual(['a', 'a_3', 'a_2', 'a_4']);
		expect(uniqueNames(['x', 'y'])).toEqual(['x', 'y']);
	});

	it('renames the columns of a table with repeated names, keeping every value', () => {
		const t = tableFromArrays({ a: Int32Array.from([1, 2]), b: ['x', 'y'] });
		// Arrow tables may repeat names (DuckDB's results do); build one by renaming b to a.
		const repeated = withUniqueNames(t); // unchanged: already unique
		expect(repeated).toBe(t);
		const dup = renamed(t, ['a', 'a']);
		expect(dup.schema.fields.map((f) => f.name)).toEqual(['a', 'a']);
		const u = withUniqueNames(dup);
		expect(resultColumns(u).map((c) => c.name)).toEqual(['a', 'a_2']);
		expect(JSON.parse(resultToJson(u))).toEqual([
			{ a: 1, a_2: 'x' },
			{ a: 2, a_2: 'y' }
		]);
		expect(resultToCsv(u)).toBe('a,a_2\r\n1,x\r\n2,y\r\n');
	});
});

function renamed(t: Table, names: string[]): Table {
	// The same builder withUniqueNames uses, run the other way.
	const schema = new Schema(t.schema.fields.map((f, j) => new Field(names[j]!, f.type, true)));
	return new Table(
		t.batches.map(
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
		)
	);
}
