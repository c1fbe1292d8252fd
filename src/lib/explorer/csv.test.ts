import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csv', () => {
	it('quotes commas, quotes and line breaks', () => {
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('两行\n文字')).toBe('"两行\n文字"');
	});
	it('neutralizes formula injection in text but keeps negative numbers', () => {
		expect(csvCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell(-15)).toBe('-15');
	});
	it('writes absent values as empty cells, not zero', () => {
		expect(toCsv(['a', 'b'], [{ a: null, b: 0 }])).toBe('a,b\r\n,0\r\n');
	});
});
