import { Table } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { columnVector } from './column-vectors';

describe('columnVector', () => {
	it('keeps strings (with repeats, non-ASCII and nulls), numbers and booleans', () => {
		const table = new Table({
			s: columnVector(['合成市', 'a', null, '合成市', ''], 'string'),
			i: columnVector([1, null, 3, 2147483647, -5], 'int'),
			d: columnVector([1.5, 2, null, 0, -0.25], 'double'),
			b: columnVector([true, false, null, true, false], 'boolean')
		});
		expect(table.toArray().map((r) => r.toJSON())).toEqual([
			{ s: '合成市', i: 1, d: 1.5, b: true },
			{ s: 'a', i: null, d: 2, b: false },
			{ s: null, i: 3, d: null, b: null },
			{ s: '合成市', i: 2147483647, d: 0, b: true },
			{ s: '', i: -5, d: -0.25, b: false }
		]);
	});
});

describe('columnVector dictionaries', () => {
	it('reads back a repetitive string column exactly, nulls included', () => {
		const values = Array.from({ length: 1000 }, (_, i) =>
			i % 97 === 0 ? null : ['total', 'natural_person', '合成市3501'][i % 3]!
		);
		const vector = columnVector(values, 'string');
		expect(vector.type.toString()).toMatch(/Dictionary/);
		expect(vector.toArray().length).toBe(1000);
		expect([...vector].map((v) => v ?? null)).toEqual(values);
	});

	it('keeps mostly distinct strings plain', () => {
		const values = Array.from({ length: 1000 }, (_, i) => `v${i}`);
		const vector = columnVector(values, 'string');
		expect(vector.type.toString()).toBe('Utf8');
		expect([...vector]).toEqual(values);
	});
});
