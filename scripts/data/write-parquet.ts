/**
 * Writes rows as Parquet with @duckdb/node-api: rows → NDJSON → DuckDB with an explicit schema →
 * Parquet (snappy, which the browser's hyparquet decodes without extra codecs). One thread and an
 * explicit ORDER BY make the output deterministic: the same rows give the same bytes.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

import type { TableSchema } from '../../src/lib/contract/table-schemas.ts';

/** One thread unless `options` say otherwise (a large build may add threads and a memory limit). */
export async function openDuckDB(options: Record<string, string> = {}): Promise<DuckDBConnection> {
	const instance = await DuckDBInstance.create(':memory:', {
		threads: '1',
		autoinstall_known_extensions: 'false',
		autoload_known_extensions: 'false',
		...options
	});
	return instance.connect();
}

function sqlString(s: string): string {
	return `'${s.replace(/'/g, "''")}'`;
}

/** One row as a line of NDJSON in the schema's columns (absent values null), newline included. */
export function ndjsonLine(row: Record<string, unknown>, schema: TableSchema): string {
	return (
		JSON.stringify(Object.fromEntries(Object.keys(schema).map((c) => [c, row[c] ?? null]))) + '\n'
	);
}

/**
 * An NDJSON file a table's rows are appended to as they come (synchronous writes: nothing piles up
 * in memory), then written as Parquet by `writeParquetFrom`.
 */
export class RowSpool {
	readonly file: string;
	rows = 0;
	private fd: number;
	constructor(scratchDir: string, name: string) {
		mkdirSync(scratchDir, { recursive: true });
		this.file = join(
			scratchDir,
			`${name}-${Date.now()}-${Math.random().toString(36).slice(2)}.ndjson`
		);
		this.fd = openSync(this.file, 'w');
	}
	append(lines: string, rows: number): void {
		if (!rows) return;
		writeSync(this.fd, lines);
		this.rows += rows;
	}
	close(): void {
		closeSync(this.fd);
	}
}

/** The SQL source of a spooled table in the schema's columns and types (an empty one when no rows). */
export function spoolSource(spool: { file: string; rows: number }, schema: TableSchema): string {
	const columns = Object.keys(schema);
	const columnSpec = `{${columns.map((c) => `${sqlString(c)}: ${sqlString(schema[c]!)}`).join(', ')}}`;
	return spool.rows
		? `read_json(${sqlString(spool.file)}, format = 'newline_delimited', columns = ${columnSpec})`
		: `(SELECT ${columns.map((c) => `NULL::${schema[c]} AS "${c}"`).join(', ')} WHERE false)`;
}

/** Writes a spooled table (or any SQL source in the schema's columns) as Parquet, ordered. */
export async function writeParquetFrom(
	connection: DuckDBConnection,
	source: string,
	schema: TableSchema,
	orderBy: string[],
	outFile: string
): Promise<void> {
	const quoted = Object.keys(schema).map((c) => `"${c.replace(/"/g, '""')}"`);
	await connection.run(
		`COPY (SELECT ${quoted.join(', ')} FROM ${source} ORDER BY ${orderBy.join(', ')}) TO ${sqlString(outFile)} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 122880)`
	);
}

export async function writeParquet(
	connection: DuckDBConnection,
	rows: readonly Record<string, unknown>[],
	schema: TableSchema,
	orderBy: string[],
	outFile: string,
	scratchDir: string
): Promise<void> {
	const spool = new RowSpool(scratchDir, 'rows');
	spool.append(rows.map((r) => ndjsonLine(r, schema)).join(''), rows.length);
	spool.close();
	await writeParquetFrom(connection, spoolSource(spool, schema), schema, orderBy, outFile);
}
