import { describe, expect, it } from 'vitest';
import { locateError } from './locate-error';

describe('where a query failed', () => {
	it("takes DuckDB's position and gives the line, the column and the marked excerpt", () => {
		const sql = 'SELECT 1\nFROM factz';
		const place = locateError('Catalog Error: Table with name factz does not exist!', sql, 14);
		expect(place).not.toBeNull();
		expect([place!.line, place!.column, place!.atEnd]).toEqual([2, 6, false]);
		expect(sql.slice(place!.from, place!.to)).toBe('factz');
		expect(place!.excerpt.marked).toBe('factz');
	});

	it('marks the end of the input when the parser ran out of it', () => {
		const sql = 'SELECT * FROM';
		const place = locateError('Parser Error: syntax error at end of input', sql);
		expect(place?.atEnd).toBe(true);
		expect(place?.line).toBe(1);
	});

	it('does not trust a position past a semicolon, and names no place it cannot find', () => {
		expect(locateError('Some Error: something', 'SELECT 1; SELECT 2', 12)).toBeNull();
	});
});
