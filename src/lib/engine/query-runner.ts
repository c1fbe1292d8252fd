/**
 * Runs the SQL console's queries on their own connection, streaming the result batch by batch so
 * a running query can be cancelled (`cancelSent`) and a huge result is cut at `maxRows`. One query
 * at a time: a new run cancels the one before.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { Table, type RecordBatch } from 'apache-arrow';

export interface QueryResult {
	table: Table;
	/** Rows read; the result was cut there when `truncated`. */
	rowCount: number;
	truncated: boolean;
	elapsedMs: number;
}

export class QueryCancelled extends Error {
	constructor() {
		super('cancelled');
		this.name = 'QueryCancelled';
	}
}

export interface QueryRunner {
	run(sql: string, maxRows?: number): Promise<QueryResult>;
	cancel(): Promise<void>;
	/** A query of the runner's own (schema browser), not cancellable. */
	query(sql: string): Promise<Table>;
	/** Adds (or replaces) a table built in JavaScript, e.g. from a dropped file. */
	insertArrow(name: string, table: Table): Promise<void>;
}

export const DEFAULT_MAX_ROWS = 1_000_000;

export async function createQueryRunner(db: AsyncDuckDB): Promise<QueryRunner> {
	const conn: AsyncDuckDBConnection = await db.connect();
	const side: AsyncDuckDBConnection = await db.connect();
	let generation = 0;
	let running: Promise<unknown> = Promise.resolve();

	async function cancel(): Promise<void> {
		generation++;
		await conn.cancelSent().catch(() => false);
	}

	async function run(sql: string, maxRows = DEFAULT_MAX_ROWS): Promise<QueryResult> {
		await cancel();
		// Wait (briefly) for the previous query to give up the connection.
		await Promise.race([running.catch(() => {}), new Promise((r) => setTimeout(r, 2000))]);
		const mine = generation;
		const started = performance.now();
		const work = (async () => {
			const reader = await conn.send(sql, true);
			if (mine !== generation) throw new QueryCancelled();
			const batches: RecordBatch[] = [];
			let rowCount = 0;
			let truncated = false;
			for await (const batch of reader) {
				if (mine !== generation) throw new QueryCancelled();
				if (rowCount + batch.numRows > maxRows) {
					batches.push(batch.slice(0, maxRows - rowCount));
					rowCount = maxRows;
					truncated = true;
					await conn.cancelSent().catch(() => false);
					break;
				}
				batches.push(batch);
				rowCount += batch.numRows;
			}
			const table = batches.length ? new Table(batches) : new Table(reader.schema);
			return { table, rowCount, truncated, elapsedMs: performance.now() - started };
		})();
		running = work;
		try {
			return await work;
		} catch (e) {
			if (mine !== generation) throw new QueryCancelled();
			throw e;
		}
	}

	return {
		run,
		cancel,
		query: (sql: string) => side.query(sql) as Promise<Table>,
		insertArrow: async (name: string, table: Table) => {
			await side.query(`DROP TABLE IF EXISTS "${name.replace(/"/g, '""')}"`);
			await side.insertArrowTable(table, { name, create: true });
		}
	};
}
