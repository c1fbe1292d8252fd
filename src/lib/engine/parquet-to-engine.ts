/**
 * Streams a Parquet file into an engine table one row group at a time. The decoding happens in a
 * worker of its own (parquet-decode.worker.ts: hyparquet over HTTP range requests, only the columns
 * asked for, then one Arrow IPC buffer per row group); this page only hands each buffer on to
 * DuckDB (`insertArrowFromIPCStream`, the buffer transferred again), so its main thread never
 * decodes a row. While DuckDB appends one row group the worker decodes the next; at most two row
 * groups are held at a time, so a million-row file loads without a million row objects. Counts
 * the bytes fetched. The tables are in the in-memory database (`memory.main`): a synthetic dataset
 * has no `atlas` database, and the console's search path falls back to `memory.main`.
 */
import type { Engine } from './duckdb-client';
import { openInWorker } from '../dataset/decode-in-worker';

export interface StreamResult {
	rows: number;
	bytes: number;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** A table of ours, named in the in-memory database whatever a connection's search path is. */
export const memoryTable = (name: string) => `memory.main.${quote(name)}`;

/**
 * Appends the rows of `url` to `table` (created from the first row group when `create`), reading
 * only `columns` (all when omitted). Errors are DataFileErrors naming `file`.
 */
export async function streamParquetIntoTable(
	engine: Engine,
	table: string,
	url: string,
	options: { file: string; columns?: string[]; byteLength?: number; create: boolean }
): Promise<StreamResult> {
	const parquet = await openInWorker(url, options.file, {
		columns: options.columns,
		byteLength: options.byteLength
	});
	let created = !options.create;
	let rows = 0;
	let bytes = 0;
	const chunk = `_ogi_chunk_${Math.random().toString(36).slice(2, 8)}`;
	// A connection of its own: Arrow goes in with insertArrowFromIPCStream, into memory.main.
	const conn = await engine.db.connect();
	await conn.query(`USE memory.main`);
	// An empty file still gives a table with its columns (the worker answers group 0 with no rows).
	const groups = Math.max(1, parquet.rowGroups);
	let next = parquet.group(0);
	try {
		for (let i = 0; i < groups; i++) {
			const decoded = await next;
			// The worker decodes the next row group while the engine appends this one.
			if (i + 1 < groups) next = parquet.group(i + 1);
			const t1 = performance.now();
			await conn.query(`DROP TABLE IF EXISTS ${memoryTable(chunk)}`);
			await conn.insertArrowFromIPCStream(decoded.ipc, { name: chunk, create: true });
			const t2 = performance.now();
			await conn.query(
				created
					? `INSERT INTO ${memoryTable(table)} BY NAME SELECT * FROM ${memoryTable(chunk)}`
					: `CREATE OR REPLACE TABLE ${memoryTable(table)} AS SELECT * FROM ${memoryTable(chunk)}`
			);
			created = true;
			// Where the load time goes, for the benchmark: decoding in the worker, then the engine.
			performance.measure('ogi:decode-worker', {
				start: Math.max(0, t1 - decoded.decodeMs),
				end: t1
			});
			performance.measure('ogi:insert', { start: t1, end: t2 });
			performance.measure('ogi:append', { start: t2, end: performance.now() });
			rows += decoded.rows;
			bytes = decoded.fetched;
		}
	} finally {
		// A row group still being decoded is not wanted any more.
		next.catch(() => {});
		parquet.close();
		await conn.query(`DROP TABLE IF EXISTS ${memoryTable(chunk)}`).catch(() => {});
		await conn.close().catch(() => {});
	}
	return { rows, bytes };
}
