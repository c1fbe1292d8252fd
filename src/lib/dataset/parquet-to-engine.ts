/**
 * Streams a Parquet file into an engine table one row group at a time: hyparquet reads the row
 * group's columns (over HTTP range requests: only the columns asked for), they become one Arrow
 * table (built from buffers, column-vectors.ts: apache-arrow's builders need `new Function`, which
 * the CSP refuses), and DuckDB appends it. The tab never holds more than one row group as
 * JavaScript values, so a million-row file loads without a million row objects. Counts the bytes
 * it fetched. The tables are in the in-memory database (`memory.main`): a synthetic dataset has no
 * `atlas` database, and the console's search path falls back to `memory.main`.
 */
import { Table, type Vector } from 'apache-arrow';
import {
	asyncBufferFromUrl,
	parquetMetadataAsync,
	parquetRead,
	parquetSchema,
	type AsyncBuffer
} from 'hyparquet';
import type { Engine } from '$lib/engine/duckdb-client';
import { columnVector, type VectorKind } from './column-vectors';

export interface StreamResult {
	rows: number;
	bytes: number;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** A table of ours, named in the in-memory database whatever a connection's search path is. */
export const memoryTable = (name: string) => `memory.main.${quote(name)}`;

function kindOf(type: string | undefined): VectorKind {
	if (type === 'BOOLEAN') return 'boolean';
	if (type === 'INT32' || type === 'INT64') return 'int';
	if (type === 'DOUBLE' || type === 'FLOAT') return 'double';
	return 'string';
}

/** An AsyncBuffer over a URL that adds up the bytes of every range it fetched. */
export async function countingBuffer(
	url: string,
	byteLength?: number
): Promise<{ buffer: AsyncBuffer; fetched: () => number }> {
	const inner = await asyncBufferFromUrl({ url, byteLength });
	let fetched = 0;
	return {
		buffer: {
			byteLength: inner.byteLength,
			slice: async (start, end) => {
				const part = await inner.slice(start, end);
				fetched += part.byteLength;
				return part;
			}
		},
		fetched: () => fetched
	};
}

/**
 * Appends the rows of `url` to `table` (created on the first row group when `create`), reading
 * only `columns` (all when omitted).
 */
export async function streamParquetIntoTable(
	engine: Engine,
	table: string,
	url: string,
	options: { columns?: string[]; byteLength?: number; create: boolean }
): Promise<StreamResult> {
	const { buffer, fetched } = await countingBuffer(url, options.byteLength);
	const metadata = await parquetMetadataAsync(buffer);
	const schema = parquetSchema(metadata).children;
	const wanted = options.columns ?? schema.map((c) => c.element.name);
	const types = new Map(schema.map((c) => [c.element.name, c.element.type]));
	let created = !options.create;
	let rows = 0;
	let start = 0;
	const chunk = `_ogi_chunk_${Math.random().toString(36).slice(2, 8)}`;
	// A connection of its own: Arrow goes in with insertArrowTable, into memory.main.
	const conn = await engine.db.connect();
	await conn.query(`USE memory.main`);
	try {
		// An empty file still gives a table with its columns.
		const groups = metadata.row_groups.length ? metadata.row_groups : [{ num_rows: 0n }];
		for (const group of groups) {
			const end = start + Number(group.num_rows);
			const t0 = performance.now();
			const parts = new Map<string, { at: number; data: ArrayLike<unknown> }[]>();
			if (end > start)
				await parquetRead({
					file: buffer,
					metadata,
					columns: wanted,
					rowStart: start,
					rowEnd: end,
					onChunk: (c) => {
						const list = parts.get(c.columnName) ?? [];
						list.push({ at: c.rowStart, data: c.columnData });
						parts.set(c.columnName, list);
					}
				});
			const vectors: Record<string, Vector> = {};
			for (const name of wanted) {
				const list = (parts.get(name) ?? []).sort((a, b) => a.at - b.at);
				const data: ArrayLike<unknown> =
					list.length === 1 ? list[0]!.data : list.flatMap((p) => Array.from(p.data));
				vectors[name] = columnVector(data, kindOf(types.get(name)));
			}
			const t1 = performance.now();
			await conn.query(`DROP TABLE IF EXISTS ${memoryTable(chunk)}`);
			await conn.insertArrowTable(new Table(vectors), { name: chunk, create: true });
			const t2 = performance.now();
			if (!created) {
				await conn.query(
					`CREATE OR REPLACE TABLE ${memoryTable(table)} AS SELECT * FROM ${memoryTable(chunk)}`
				);
				created = true;
			} else {
				await conn.query(
					`INSERT INTO ${memoryTable(table)} BY NAME SELECT * FROM ${memoryTable(chunk)}`
				);
			}
			// Where the load time goes, for the benchmark: decoding and Arrow in the tab, then the engine.
			performance.measure('ogi:decode', { start: t0, end: t1 });
			performance.measure('ogi:insert', { start: t1, end: t2 });
			performance.measure('ogi:append', { start: t2, end: performance.now() });
			rows += end - start;
			start = end;
		}
	} finally {
		await conn.query(`DROP TABLE IF EXISTS ${memoryTable(chunk)}`).catch(() => {});
		await conn.close().catch(() => {});
	}
	return { rows, bytes: fetched() };
}
