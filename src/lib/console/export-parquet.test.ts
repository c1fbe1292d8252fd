import { describe, expect, it } from 'vitest';
import {
	Bool,
	DateDay,
	Field,
	Float64,
	Int32,
	Int64,
	List,
	Table,
	Utf8,
	Struct,
	tableFromArrays,
	vectorFromArray
} from 'apache-arrow';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { parquetColumns, parquetKind, resultToParquet } from './export-parquet';

describe('Parquet export of a result', () => {
	it('maps Arrow types to Parquet kinds', () => {
		expect(parquetKind(new Int32())).toBe('INT32');
		expect(parquetKind(new Int64())).toBe('INT64');
		expect(parquetKind(new Float64())).toBe('DOUBLE');
		expect(parquetKind(new Bool())).toBe('BOOLEAN');
		expect(parquetKind(new Utf8())).toBe('STRING');
		expect(parquetKind(new DateDay())).toBe('DATE');
		expect(parquetKind(new List(new Field('item', new Int32())))).toBe('JSON');
	});

	it('writes every row, and hyparquet reads the same values back', async () => {
		const n = 3000;
		const ids = Array.from({ length: n }, (_, i) => i);
		const table = new Table({
			i: vectorFromArray(ids, new Int32()),
			big: vectorFromArray(
				Array.from({ length: n }, (_, i) => BigInt(i) * 1_000_000_000n),
				new Int64()
			),
			x: vectorFromArray(
				Array.from({ length: n }, (_, i) => (i % 7 === 0 ? null : i / 4)),
				new Float64()
			),
			s: vectorFromArray(
				Array.from({ length: n }, (_, i) => (i % 5 === 0 ? null : `行${i}`)),
				new Utf8()
			),
			b: vectorFromArray(
				Array.from({ length: n }, (_, i) => i % 2 === 0),
				new Bool()
			)
		});
		const file = await resultToParquet(table);
		expect(Number(parquetMetadata(file).num_rows)).toBe(n);
		const rows = await parquetReadObjects({ file });
		expect(rows).toHaveLength(n);
		for (const k of [0, 1, 7, 10, 2999]) {
			expect(rows[k]!.i).toBe(k);
			expect(rows[k]!.big).toBe(BigInt(k) * 1_000_000_000n);
			expect(rows[k]!.x).toBe(k % 7 === 0 ? null : k / 4);
			expect(rows[k]!.s).toBe(k % 5 === 0 ? null : `行${k}`);
			expect(rows[k]!.b).toBe(k % 2 === 0);
		}
	});

	it('writes nested values as JSON text', async () => {
		const type = new Struct([new Field('a', new Int32()), new Field('t', new Utf8())]);
		const child = vectorFromArray(
			[
				{ a: 1, t: 'x' },
				{ a: 2, t: 'y' }
			],
			type
		);
		const table = new Table({ st: child });
		const { columns, schema } = parquetColumns(table);
		expect(schema[1]!.converted_type).toBe('JSON');
		expect(columns[0]!.data).toEqual([
			{ a: 1, t: 'x' },
			{ a: 2, t: 'y' }
		]);
		const rows = await parquetReadObjects({ file: await resultToParquet(table) });
		expect(rows.map((r) => r.st)).toEqual([
			{ a: 1, t: 'x' },
			{ a: 2, t: 'y' }
		]);
	});

	it('writes an empty result with its columns', async () => {
		const table = tableFromArrays({ a: Float64Array.from([]) });
		const file = await resultToParquet(table);
		expect(Number(parquetMetadata(file).num_rows)).toBe(0);
		expect(parquetMetadata(file).schema.map((e) => e.name)).toEqual(['root', 'a']);
	});
});
