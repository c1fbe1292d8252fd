import { describe, expect, it } from 'vitest';
import { formatCell, isNumericType, plainValue, sqlTypeName } from './format-cell';

describe('formatCell', () => {
	it('shows NULL, numbers, booleans and text', () => {
		expect(formatCell(null)).toBe('NULL');
		expect(formatCell(undefined)).toBe('NULL');
		expect(formatCell(1234.5)).toBe('1234.5');
		expect(formatCell(12n)).toBe('12');
		expect(formatCell(9007199254740993n)).toBe('9007199254740993');
		expect(formatCell(NaN)).toBe('NaN');
		expect(formatCell(-Infinity)).toBe('-Infinity');
		expect(formatCell(Uint8Array.from([0xaa, 0x41, 0]))).toBe('\\xAAA\\x00');
		expect(formatCell(true)).toBe('true');
		expect(formatCell('=1+1')).toBe('=1+1');
	});

	it('shows nested values as JSON', () => {
		expect(formatCell({ a: 1n, b: [1, 2] })).toBe('{"a":"1","b":[1,2]}');
	});

	it('knows numeric Arrow types', () => {
		expect(isNumericType('Float64')).toBe(true);
		expect(isNumericType('Int32')).toBe(true);
		expect(isNumericType('Utf8')).toBe(false);
	});

	it('turns values into JSON-safe plain values', () => {
		expect(plainValue(5n)).toBe(5);
		expect(plainValue(2n ** 60n)).toBe('1152921504606846976');
		expect(plainValue(null)).toBe(null);
		expect(plainValue(Infinity)).toBe('Infinity');
		expect(plainValue(NaN)).toBe('NaN');
	});
});

describe('sqlTypeName', () => {
	it('names Arrow types like DuckDB does', () => {
		expect(sqlTypeName('Float64')).toBe('DOUBLE');
		expect(sqlTypeName('Int32')).toBe('INTEGER');
		expect(sqlTypeName('Utf8')).toBe('VARCHAR');
		expect(sqlTypeName('Timestamp<MICROSECOND>')).toBe('TIMESTAMP');
		expect(sqlTypeName('Timestamp<MICROSECOND, UTC>')).toBe('TIMESTAMPTZ');
		expect(sqlTypeName('Int64')).toBe('BIGINT');
		expect(sqlTypeName('List<Int32>')).toBe('List<Int32>');
	});
});
