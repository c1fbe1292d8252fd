/**
 * The DuckDB-WASM engine: one lazily created instance in a Web Worker, behind one promise.
 * Its wasm and worker files are self-hosted (Vite `?url` imports), and extension autoinstall and
 * autoload are off, so no request ever leaves our origin. Starting never hangs: loading the wasm
 * times out when it makes no progress for INSTANTIATE_STALL_MS (downloading and compiling ~30 MB on
 * a busy machine is slow), the other start steps after START_STEP_TIMEOUT_MS, each with a message
 * naming the step. A worker that fails while starting (its script or the wasm could not be
 * fetched, or the wasm could not be compiled) rejects at once with an EngineFileError naming the
 * file, instead of waiting for a timeout. A crashed engine is discarded
 * (`discardEngine`) and the next getEngine() starts a fresh worker.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Table } from 'apache-arrow';
import { ENGINE_QUERY_CONFIG } from './engine-config';

export interface Engine {
	query(sql: string): Promise<Table>;
	db: duckdb.AsyncDuckDB;
	worker: Worker;
}

export const INSTANTIATE_STALL_MS = 90_000;

/**
 * A performance mark `ogi:engine:<phase>` (worker, instantiated, opened; load-tables.ts adds the
 * base file's), which `npm run bench` reads to say where a console start spends its time.
 */
export function markPhase(phase: string): void {
	globalThis.performance?.mark?.(`ogi:engine:${phase}`);
}
export const START_STEP_TIMEOUT_MS = 60_000;

/** The engine's files, named in progress and in errors as the reader's network tab names them. */
export const WASM_FILE = 'duckdb-eh.wasm';
export const WORKER_FILE = 'duckdb-browser-eh.worker.js';

/** One of the engine's own files could not be loaded (or run): the file and the cause. */
export class EngineFileError extends Error {
	constructor(
		readonly file: string,
		readonly detail: string
	) {
		super(`${file} could not be loaded: ${detail}`);
		this.name = 'EngineFileError';
	}
}

/**
 * What a worker's `error` event during the start says: no message is a script that could not be
 * fetched (the browser gives no detail); a message is the worker's own uncaught error, which while
 * starting is the wasm failing (emscripten aborts instead of rejecting when the fetch fails).
 */
export function startFailure(event: Event): EngineFileError {
	const message = (event as ErrorEvent).message;
	if (!message) return new EngineFileError(WORKER_FILE, 'the script could not be fetched');
	return new EngineFileError(WASM_FILE, message.replace(/^Uncaught\s+/, ''));
}

/** Download progress of the wasm, in bytes (total 0 when the server does not say). */
export type WasmProgress = (loaded: number, total: number) => void;
const wasmListeners = new Set<WasmProgress>();

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
	markPhase('worker');
	const worker = new Worker(workerUrl);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	// Until the engine is up, a worker error is the start failing: say so now, with its cause.
	let onError = (_e: Event) => {};
	const failed = new Promise<never>((_resolve, reject) => {
		onError = (e: Event) => {
			e.preventDefault();
			reject(startFailure(e));
		};
		worker.addEventListener('error', onError);
	});
	failed.catch(() => {});
	// The worker's wasm fetch has no error path (a failed fetch leaves its start waiting forever):
	// ask the server for the file beside it, so a wasm that cannot be fetched is named at once.
	const wasmMissing = fetch(wasmUrl, { method: 'HEAD', cache: 'no-store' }).then(
		(r) => {
			if (!r.ok) throw new EngineFileError(WASM_FILE, `HTTP ${r.status}`);
			return new Promise<never>(() => {});
		},
		(e: unknown) => {
			throw new EngineFileError(WASM_FILE, e instanceof Error ? e.message : String(e));
		}
	);
	wasmMissing.catch(() => {});
	const orFail = <T>(p: Promise<T>) => Promise.race([p, failed, wasmMissing]);
	try {
		await timed(
			`${WASM_FILE}: no progress for ${INSTANTIATE_STALL_MS / 1000} s`,
			INSTANTIATE_STALL_MS,
			(alive) =>
				orFail(
					db.instantiate(wasmUrl, null, (p) => {
						alive();
						for (const l of wasmListeners) l(p.bytesLoaded, p.bytesTotal);
					})
				)
		);
		markPhase('instantiated');
		const conn = await timed('open', START_STEP_TIMEOUT_MS, async () => {
			await db.open({ query: { ...ENGINE_QUERY_CONFIG } });
			const c = await db.connect();
			await c.query(`SET autoinstall_known_extensions = false`);
			await c.query(`SET autoload_known_extensions = false`);
			return c;
		});
		markPhase('opened');
		worker.removeEventListener('error', onError);
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

/** The engine; `onWasm` hears the wasm's download progress while it is starting. */
export function getEngine(onWasm?: WasmProgress): Promise<Engine> {
	if (!enginePromise) {
		enginePromise = createEngine();
		enginePromise.catch(() => (enginePromise = undefined));
	}
	if (onWasm) {
		wasmListeners.add(onWasm);
		const done = () => wasmListeners.delete(onWasm);
		enginePromise.then(done, done);
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
