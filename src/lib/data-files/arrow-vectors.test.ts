import { describe, expect, it } from 'vitest';
import { Table, tableFromIPC, tableToIPC } from 'apache-arrow';
import { boolVector, float64Vector, int32Vector, utf8Vector } from './arrow-vectors';

describe('Arrow vectors from buffers', () => {
	it('keeps values and nulls of every type, also through the IPC format the engine reads', () => {
		const table = new Table({
			d: float64Vector([1.5, null, -2, 0]),
			i: int32Vector([null, 7, -3, 2021]),
			b: boolVector([true, false, null, true]),
			s: utf8Vector(['平潭', null, '', '<img src=x onerror=alert(1)>'])
		});
		const back = tableFromIPC(tableToIPC(table));
		expect(back.schema.fields.map((f) => `${f.name}:${String(f.type)}:${f.nullable}`)).toEqual([
			'd:Float64:true',
			'i:Int32:true',
			'b:Bool:true',
			's:Utf8:true'
		]);
		expect(back.toArray().map((r) => r.toJSON())).toEqual([
			{ d: 1.5, i: null, b: true, s: '平潭' },
			{ d: null, i: 7, b: false, s: null },
			{ d: -2, i: -3, b: null, s: '' },
			{ d: 0, i: 2021, b: true, s: '<img src=x onerror=alert(1)>' }
		]);
		expect(back.getChild('s')!.nullCount).toBe(1);
	});

	it('has no null bitmap when no value is missing, and handles more than eight rows', () => {
		const values = Array.from({ length: 19 }, (_, k) => (k % 3 === 0 ? null : k));
		const v = int32Vector(values);
		expect(v.nullCount).toBe(7);
		expect([...v]).toEqual(values);
		expect(float64Vector([1, 2]).data[0]!.nullBitmap?.length ?? 0).toBe(0);
		expect(boolVector([]).length).toBe(0);
	});
});
