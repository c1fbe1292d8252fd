/**
 * The reader's dropped files, read by the browser's engine itself (DuckDB-WASM in Node, locked down
 * like the console's): CSV columns keep leading zeros and big integers, a ZSTD Parquet file keeps
 * its INT64 and TIMESTAMP values, and the lock still allows nothing but the upload directory.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { parquetToArrow } from '../../src/lib/console/parquet-upload.ts';
import { formatCell, sqlTypeName } from '../../src/lib/console/format-cell.ts';
import { resultColumns, rowSlice } from '../../src/lib/console/result-columns.ts';
import { uploadPath, uploadSql } from '../../src/lib/engine/read-upload.ts';
import { openWasmEngine } from './wasm-engine.ts';

describe('dropped files read by the engine', () => {
	it('types CSV columns by sniffing: 010 stays text, 3000000000 is BIGINT', async () => {
		const e = await openWasmEngine();
		const path = uploadPath(1, 'csv');
		e.db.registerFileBuffer(
			path,
			new TextEncoder().encode('area,n,big,x\n010,1,3000000000,1.5\n0755,2,1,\n')
		);
		expect(e.error(uploadSql('codes', path, 'csv'))).toBe('');
		const types = e.rows(
			`SELECT column_name AS c, data_type AS t FROM duckdb_columns() WHERE table_name = 'codes'`
		);
		expect(Object.fromEntries(types.map((r) => [r.c, r.t]))).toEqual({
			area: 'VARCHAR',
			n: 'BIGINT',
			big: 'BIGINT',
			x: 'DOUBLE'
		});
		expect(e.rows('SELECT area, big FROM codes ORDER BY n')).toEqual([
			{ area: '010', big: 3000000000n },
			{ area: '0755', big: 1n }
		]);
	});

	it('reads a ZSTD Parquet file (hyparquet: the engine has no Parquet reader) in its types', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'ogi-upload-'));
		const file = join(dir, 'z.parquet');
		const node = await (await DuckDBInstance.create(':memory:')).connect();
		await node.run(
			`COPY (SELECT 3000000000::BIGINT AS big, TIMESTAMP '2024-03-05 12:34:56' AS ts, DATE '2024-03-05' AS d, '010' AS code, 1.5::DOUBLE AS x, 7::INTEGER AS i, '\\xAA'::BLOB AS b) TO '${file}' (FORMAT parquet, COMPRESSION zstd)`
		);
		node.closeSync();
		const bytes = readFileSync(file);
		const table = await parquetToArrow(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
		);
		const e = await openWasmEngine();
		// The engine itself cannot read it.
		const path = uploadPath(2, 'parquet');
		e.db.registerFileBuffer(path, new Uint8Array(bytes));
		expect(e.error(uploadSql('z0', path, 'parquet'))).toMatch(/parquet/);
		// What the console's grid shows of the table it inserts.
		const types = resultColumns(table).map((c) => sqlTypeName(c.type));
		expect(types).toEqual(['BIGINT', 'TIMESTAMP', 'DATE', 'VARCHAR', 'DOUBLE', 'INTEGER', 'BLOB']);
		expect(rowSlice(table, 0, 1)[0]!.map(formatCell)).toEqual([
			'3000000000',
			'2024-03-05 12:34:56',
			'2024-03-05',
			'010',
			'1.5',
			'7',
			'\\xAA'
		]);
	});

	it('still refuses the network, local files and paths out of the upload directory', async () => {
		const e = await openWasmEngine();
		for (const p of [
			'https://example.com/x.csv',
			'/etc/passwd',
			'/upload/../etc/passwd',
			'atlas.csv'
		])
			expect(e.error(`SELECT * FROM read_csv('${p}')`), p).toMatch(/disabled by configuration/);
		expect(e.error(`SET allowed_directories = ['/']`)).toMatch(/locked/i);
	});
});
