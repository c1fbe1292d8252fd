import { describe, expect, it } from 'vitest';
import { looksBinary, tableNameFor, uploadKind, uploadSql, UploadRefused } from './read-upload';

const text = (s: string) => new TextEncoder().encode(s);
const refusal = (f: () => unknown) => {
	try {
		f();
	} catch (e) {
		return e instanceof UploadRefused ? e.reason : String(e);
	}
	return null;
};

describe('a dropped file', () => {
	it('is read as CSV or Parquet by its bytes', () => {
		expect(uploadKind('a.csv', 10, text('a,b\n1,2\n'))).toBe('csv');
		expect(uploadKind('a.txt', 10, text('地区,数\n北京,1\n'))).toBe('csv');
		expect(uploadKind('x.bin', 10, text('PAR1\u0015\u0004'))).toBe('parquet');
	});

	it('is refused when empty, binary, too large or not the Parquet its name says', () => {
		expect(refusal(() => uploadKind('e.csv', 0, new Uint8Array()))).toBe('empty');
		const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256);
		expect(looksBinary(binary)).toBe(true);
		expect(refusal(() => uploadKind('x.txt', 4096, binary))).toBe('binary');
		expect(refusal(() => uploadKind('x.csv', 300 * 2 ** 20, text('a')))).toBe('too_large');
		expect(refusal(() => uploadKind('x.parquet', 9, text('a,b\n1,2\n')))).toBe('not_parquet');
		expect(looksBinary(text('a\tb\r\n1\t2\r\n'))).toBe(false);
	});

	it('is read by DuckDB into a table of the in-memory database', () => {
		expect(uploadSql('my "t"', '/upload/upload-1.csv', 'csv')).toBe(
			`CREATE OR REPLACE TABLE memory.main."my ""t""" AS SELECT * FROM read_csv('/upload/upload-1.csv')`
		);
	});

	it('names the table after the file, avoiding ours', () => {
		expect(tableNameFor('My Data (2020).csv', ['facts'])).toBe('my_data_2020');
		expect(tableNameFor('facts.csv', ['facts'])).toBe('facts_2');
		expect(tableNameFor('2020.parquet', [])).toBe('t_2020');
	});
});
