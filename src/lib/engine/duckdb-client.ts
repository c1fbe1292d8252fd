/**
 * The DuckDB-WASM engine: one lazily created instance in a Web Worker, behind one promise.
 * Its wasm and worker files are self-hosted (Vite `?url` imports), and extension autoinstall and
 * autoload are off, so no request ever leaves our origin. Starting never hangs: loading the wasm
 * times out when it makes no progress for INSTANTIATE_STALL_MS (downloading and compiling ~30 MB on
 * a busy machine is slow), the other start steps after START_STEP_TIMEOUT_MS, each with a message
 * naming the step. A crashed engine is discarded
 * (`discardEngine`) and the next getEngine() starts a fresh worker.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Table } from 'apache-arrow';

export interface Engine {
	query(sql: string): Promise<Table>;
	db: duckdb.AsyncDuckDB;
	worker: Worker;
}

export const INSTANTIATE_STALL_MS = 90_000;
export const START_STEP_TIMEOUT_MS = 60_000;

export class EngineTimeout extends Error {
	constructor(readonly step: string) {
		super(`Starting the SQL engine timed out (${step})`);
		this.name = 'EngineTimeout';
	}
}

/** `work`, or an EngineTimeout naming `step` after `ms` (the timer restarts whenever `alive` is called). */
function timed<T>(step: string, ms: number, work: (alive: () => void) => Promise<T>): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const alive = () => {
			clearTimeout(timer);
			timer = setTimeout(() => reject(new EngineTimeout(step)), ms);
		};
		alive();
		work(alive).then(
			(v) => {
				clearTimeout(timer);
				resolve(v);
			},
			(e: unknown) => {
				clearTimeout(timer);
				reject(e);
			}
		);
	});
}

let enginePromise: Promise<Engine> | undefined;

async function createEngine(): Promise<Engine> {
	const worker = new Worker(workerUrl);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	try {
		await timed(
			`duckdb-eh.wasm: no progress for ${INSTANTIATE_STALL_MS / 1000} s`,
			INSTANTIATE_STALL_MS,
			(alive) => db.instantiate(wasmUrl, null, () => alive())
		);
		const conn = await timed('open', START_STEP_TIMEOUT_MS, async () => {
			await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
			const c = await db.connect();
			await c.query(`SET autoinstall_known_extensions = false`);
			await c.query(`SET autoload_known_extensions = false`);
			return c;
		});
		return {
			db,
			worker,
			query: (sql: string) => conn.query(sql) as Promise<Table>
		};
	} catch (error) {
		worker.terminate();
		throw error;
	}
}

export function getEngine(): Promise<Engine> {
	if (!enginePromise) {
		enginePromise = createEngine();
		enginePromise.catch(() => (enginePromise = undefined));
	}
	return enginePromise;
}

/** Forgets a crashed engine and stops its worker; the next getEngine() starts a new one. */
export async function discardEngine(engine: Engine): Promise<void> {
	const current = enginePromise;
	if (current && (await current.catch(() => null))?.db === engine.db) enginePromise = undefined;
	engine.worker.terminate();
	await engine.db.terminate().catch(() => {});
}
