/** The built Parquet files open in an independent reader (hyparquet), with the same rows DuckDB sees. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, openBuiltData, rows } from './parquet-db.ts';

describe.each(['facts', 'reports', 'checks', 'regions', 'metrics'])('%s.parquet', (name) => {
	it('is read by hyparquet with the same row count as DuckDB', async () => {
		const bytes = readFileSync(resolve(DATA_DIR, `${name}.parquet`));
		const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
		const metadata = parquetMetadata(file);
		const read = await parquetReadObjects({ file, metadata });
		const [n] = await rows(await openBuiltData(), `SELECT count(*) AS n FROM ${name}`);
		expect(read.length).toBe(Number(n!.n));
		expect(read.length).toBeGreaterThan(0);
		expect(parquetSchema(metadata).children.length).toBeGreaterThan(3);
	});
});
