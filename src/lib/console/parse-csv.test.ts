import { describe, expect, it } from 'vitest';
import { csvToArrow, parseCsv, tableNameFor } from './parse-csv';

describe('parseCsv', () => {
	it('reads quoted fields, doubled quotes and both line ends', () => {
		expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n1,\n')).toEqual([
			['a', 'b'],
			['x, y', 'say "hi"'],
			['1', '']
		]);
		expect(parseCsv('\ufeffa\n1')).toEqual([['a'], ['1']]);
	});

	it('makes an Arrow table with numbers, text and NULLs', () => {
		const t = csvToArrow('region,year,n\nA,2020,1.5\nB,2021,\n');
		expect(t.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual([
			'region:Utf8',
			'year:Float64',
			'n:Float64'
		]);
		expect(t.getChild('n')!.toArray()[0]).toBe(1.5);
		expect(t.getChild('n')!.get(1)).toBe(null);
	});

	it('names the table after the file, avoiding ours', () => {
		expect(tableNameFor('My Data (2020).csv', ['facts'])).toBe('my_data_2020');
		expect(tableNameFor('facts.csv', ['facts'])).toBe('facts_2');
		expect(tableNameFor('2020.parquet', [])).toBe('t_2020');
	});
});
