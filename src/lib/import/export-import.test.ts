import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { factsCsv, factsParquet } from './export-import';
import type { ImportRecord } from '../dataset/import-record';

const record = {
	facts: [
		{
			report_id: 'imported:ab',
			region_id: '350128',
			year: 2021,
			metric: 'requests_new',
			applicant: 'total',
			value: 70,
			raw: '70',
			approx: false,
			span_start: 10,
			span_end: 12,
			method: 'table'
		}
	]
} as unknown as ImportRecord;

describe('export of an import', () => {
	it('writes Parquet in the data build’s fact columns and types', async () => {
		const buffer = await factsParquet(record);
		const metadata = parquetMetadata(buffer);
		const types = Object.fromEntries(
			parquetSchema(metadata).children.map((c) => [c.element.name, c.element.type])
		);
		expect(types).toEqual({
			report_id: 'BYTE_ARRAY',
			region_id: 'BYTE_ARRAY',
			year: 'INT32',
			metric: 'BYTE_ARRAY',
			applicant: 'BYTE_ARRAY',
			value: 'DOUBLE',
			raw: 'BYTE_ARRAY',
			approx: 'BOOLEAN',
			span_start: 'INT32',
			span_end: 'INT32',
			method: 'BYTE_ARRAY',
			imported: 'BOOLEAN'
		});
		expect(await parquetReadObjects({ file: buffer })).toEqual([
			{ ...record.facts[0], imported: true }
		]);
	});

	it('writes the same rows as CSV', () => {
		expect(factsCsv(record).split('\r\n')[1]).toBe(
			'imported:ab,350128,2021,requests_new,total,70,70,false,10,12,table,true'
		);
	});
});
