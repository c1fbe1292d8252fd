/**
 * Values keep their type from the browser's engine (DuckDB-WASM in Node, with the console's query
 * configuration) to the grid and every export: what the console shows and writes is compared
 * with what DuckDB itself prints (`::VARCHAR`), and the Parquet file is read back by Node DuckDB.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Table } from 'apache-arrow';
import { resultToParquet } from '../../src/lib/console/export-parquet.ts';
import { resultToCsv, resultToJson } from '../../src/lib/console/export-result.ts';
import { formatCell, sqlTypeName } from '../../src/lib/console/format-cell.ts';
import { resultColumns, rowSlice } from '../../src/lib/console/result-columns.ts';
import { openWasmEngine, type WasmEngine } from './wasm-engine.ts';

const COLUMNS: [string, string][] = [
	['d', `DATE '2024-03-05'`],
	['d_old', `DATE '1899-12-31'`],
	['ts', `TIMESTAMP '2024-03-05 12:34:56.789123'`],
	['tz', `TIMESTAMPTZ '2024-03-05 12:34:56+00'`],
	['tm', `TIME '12:34:56.5'`],
	['iv', `INTERVAL '1 year 2 months 3 days 04:05:06.789'`],
	['iv0', `INTERVAL '0 seconds'`],
	['big', `9007199254740993::BIGINT`],
	['n', `count(*) OVER ()`],
	['pinf', `'inf'::DOUBLE`],
	['nan', `'nan'::DOUBLE`],
	['blob', `'\\xAA\\x00AB'::BLOB`]
];
const SQL = `SELECT ${COLUMNS.map(([n, e]) => `${e} AS ${n}`).join(', ')}`;

let e: WasmEngine;
let table: Table;
let printed: Record<string, string>;
beforeAll(async () => {
	e = await openWasmEngine({ base: false });
	table = e.table(SQL);
	printed = e.rows(
		`SELECT ${COLUMNS.map(([n]) => `${n}::VARCHAR AS ${n}`).join(', ')} FROM (${SQL})`
	)[0] as Record<string, string>;
});

describe('result values by their type', () => {
	it('shows every value as DuckDB prints it, and integer columns as BIGINT', () => {
		const [row] = rowSlice(table, 0, 1);
		const shown = Object.fromEntries(COLUMNS.map(([n], j) => [n, formatCell(row![j])]));
		expect(shown.d).toBe('2024-03-05');
		expect(shown.iv).toBe('1 year 2 months 3 days 04:05:06.789');
		expect(shown.big).toBe('9007199254740993');
		expect(shown.pinf).toBe('Infinity');
		for (const [n] of COLUMNS) {
			if (n === 'pinf' || n === 'nan') continue; // DuckDB prints inf and nan
			expect(shown[n], n).toBe(printed[n]);
		}
		const types = Object.fromEntries(
			resultColumns(table).map((c) => [c.name, sqlTypeName(c.type)])
		);
		expect(types).toMatchObject({
			big: 'BIGINT',
			n: 'BIGINT',
			d: 'DATE',
			ts: 'TIMESTAMP',
			tz: 'TIMESTAMPTZ',
			blob: 'BLOB'
		});
	});

	it('exports JSON and CSV with the same values, none as epoch numbers or null', () => {
		const [json] = JSON.parse(resultToJson(table)) as Record<string, unknown>[];
		expect(json).toMatchObject({
			d: '2024-03-05',
			ts: '2024-03-05 12:34:56.789123',
			iv: '1 year 2 months 3 days 04:05:06.789',
			big: '9007199254740993',
			n: 1,
			pinf: 'Infinity',
			nan: 'NaN',
			blob: printed.blob
		});
		const csv = resultToCsv(table).split('\r\n');
		expect(csv[0]).toBe(COLUMNS.map(([n]) => n).join(','));
		expect(csv[1]).toContain('2024-03-05,1899-12-31,2024-03-05 12:34:56.789123,');
		expect(csv[1]).toContain(',9007199254740993,1,Infinity,NaN,');
	});

	it('writes Parquet that DuckDB reads back in the same types and values', async () => {
		const bytes = new Uint8Array(await resultToParquet(table));
		const file = join(mkdtempSync(join(tmpdir(), 'ogi-parquet-')), 'r.parquet');
		writeFileSync(file, bytes);
		const c = await (await DuckDBInstance.create(':memory:')).connect();
		const types = Object.fromEntries(
			(await c.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`))
				.getRowObjectsJson()
				.map((r) => [String(r.column_name), String(r.column_type)])
		);
		expect(types).toMatchObject({
			d: 'DATE',
			ts: 'TIMESTAMP',
			tz: 'TIMESTAMP WITH TIME ZONE',
			tm: 'TIME',
			big: 'BIGINT',
			n: 'BIGINT',
			pinf: 'DOUBLE',
			blob: 'BLOB'
		});
		const back = (
			await c.runAndReadAll(
				`SELECT d::VARCHAR AS d, ts::VARCHAR AS ts, tm::VARCHAR AS tm, big::VARCHAR AS big, isinf(pinf) AS inf, isnan(nan) AS nan, blob::VARCHAR AS blob, iv FROM read_parquet('${file}')`
			)
		).getRowObjectsJson()[0]!;
		expect(back).toEqual({
			d: printed.d,
			ts: printed.ts,
			tm: printed.tm,
			big: printed.big,
			inf: true,
			nan: true,
			blob: printed.blob,
			iv: printed.iv
		});
		c.closeSync();
	});
});
