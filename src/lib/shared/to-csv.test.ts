import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './to-csv';

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
	it('neutralizes every formula prefix a spreadsheet reads: = + - @ tab and carriage return', () => {
		expect(csvCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
		expect(csvCell('\t=1+1')).toBe("'\t=1+1");
		expect(csvCell('\r=1+1')).toBe('"\'\r=1+1"');
		expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
		// Text that merely contains a formula character further in stays as it is.
		expect(csvCell('平潭=1')).toBe('平潭=1');
	});
	it('writes absent values as empty cells, not zero', () => {
		expect(toCsv(['a', 'b'], [{ a: null, b: 0 }])).toBe('a,b\r\n,0\r\n');
	});
});
