/**
 * Writes rows as Parquet with @duckdb/node-api: rows → NDJSON → DuckDB with an explicit schema →
 * Parquet (snappy, which the browser's hyparquet decodes without extra codecs). One thread and an
 * explicit ORDER BY make the output deterministic: the same rows give the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

import type { TableSchema } from '../../src/lib/contract/table-schemas.ts';

export async function openDuckDB(): Promise<DuckDBConnection> {
	const instance = await DuckDBInstance.create(':memory:', {
		threads: '1',
		autoinstall_known_extensions: 'false',
		autoload_known_extensions: 'false'
	});
	return instance.connect();
}

function sqlString(s: string): string {
	return `'${s.replace(/'/g, "''")}'`;
}

export async function writeParquet(
	connection: DuckDBConnection,
	rows: readonly Record<string, unknown>[],
	schema: TableSchema,
	orderBy: string[],
	outFile: string,
	scratchDir: string
): Promise<void> {
	mkdirSync(scratchDir, { recursive: true });
	const ndjson = join(scratchDir, `${Date.now()}-${Math.random().toString(36).slice(2)}.ndjson`);
	const columns = Object.keys(schema);
	writeFileSync(ndjson, rows.map((r) => JSON.stringify(Object.fromEntries(columns.map((c) => [c, r[c] ?? null])))).join('\n') + '\n');
	const columnSpec = `{${columns.map((c) => `${sqlString(c)}: ${sqlString(schema[c]!)}`).join(', ')}}`;
	const source = rows.length
		? `read_json(${sqlString(ndjson)}, format = 'newline_delimited', columns = ${columnSpec})`
		: `(SELECT ${columns.map((c) => `NULL::${schema[c]} AS "${c}"`).join(', ')} WHERE false)`;
	const quoted = columns.map((c) => `"${c.replace(/"/g, '""')}"`);
	await connection.run(
		`COPY (SELECT ${quoted.join(', ')} FROM ${source} ORDER BY ${orderBy.join(', ')}) TO ${sqlString(outFile)} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 122880)`
	);
}
