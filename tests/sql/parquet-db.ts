/** A Node DuckDB with the built Parquet files of static/data as views named like the files. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export const DATA_DIR = resolve(import.meta.dirname, '..', '..', 'static', 'data');

export async function openBuiltData(dir = DATA_DIR): Promise<DuckDBConnection> {
	const instance = await DuckDBInstance.create(':memory:', {
		autoinstall_known_extensions: 'false',
		autoload_known_extensions: 'false'
	});
	const c = await instance.connect();
	for (const name of ['facts', 'reports', 'checks', 'warnings', 'regions', 'metrics']) {
		const file = resolve(dir, `${name}.parquet`);
		if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run data\` first`);
		await c.run(`CREATE VIEW ${name} AS SELECT * FROM read_parquet('${file}')`);
	}
	return c;
}

export async function rows(c: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
	const reader = await c.runAndReadAll(sql);
	return reader.getRowObjectsJson() as Record<string, unknown>[];
}
