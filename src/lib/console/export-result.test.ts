import { describe, expect, it } from 'vitest';
import { tableFromArrays } from 'apache-arrow';
import { resultToCsv, resultToJson } from './export-result';

describe('exports of a result', () => {
	const table = tableFromArrays({
		name: ['a', '=cmd', 'c'],
		n: Float64Array.from([1, 2.5, 3])
	});

	it('writes CSV with formula injection neutralized', () => {
		expect(resultToCsv(table)).toBe("name,n\r\na,1\r\n'=cmd,2.5\r\nc,3\r\n");
	});

	it('writes JSON rows', () => {
		expect(JSON.parse(resultToJson(table))).toEqual([
			{ name: 'a', n: 1 },
			{ name: '=cmd', n: 2.5 },
			{ name: 'c', n: 3 }
		]);
	});
});
