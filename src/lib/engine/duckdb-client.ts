/**
 * The DuckDB-WASM engine: one lazily created instance in a Web Worker, behind one promise.
 * Its wasm and worker files are self-hosted (engine-files.ts), and extension autoinstall and
 * autoload are off, so no request ever leaves our origin. Starting never hangs: loading the wasm
 * times out when it makes no progress for INSTANTIATE_STALL_MS (downloading and compiling ~30 MB on
 * a busy machine is slow), the other start steps after START_STEP_TIMEOUT_MS, each with a message
 * naming the step. A worker that fails while starting (its script or the wasm could not be
 * fetched, or the wasm could not be compiled) rejects at once with an EngineFileError naming the
 * file, instead of waiting for a timeout. A crashed engine is discarded
 * (`discardEngine`) and the next getEngine() starts a fresh worker.
 * On a prerendered /sql page the worker was already started, and is instantiating the wasm, by
 * engine-boot.js in the page's head: the first start adopts it (`takeEngineBoot`).
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import { wasmUrl, workerUrl } from './engine-files';
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

/**
 * The worker engine-boot.js started from the prerendered /sql page's head, already instantiating
 * the wasm (it posted INSTANTIATE itself, under an id of its own), and how to hear its end.
 */
interface EngineBoot {
	worker: Worker;
	workerHref: string;
	wasmHref: string;
	/** Resolves when the wasm is instantiated; rejects with the worker's error event or message. */
	instantiated: Promise<void>;
	listeners: Set<(p: duckdb.InstantiationProgress) => void>;
}

/**
 * The early-started worker, once (a restarted engine starts its own), and only when it runs this
 * build's engine files.
 */
export function takeEngineBoot(): EngineBoot | null {
	const g = globalThis as { __ogiEngineBoot?: EngineBoot | null };
	const boot = g.__ogiEngineBoot;
	// Taken: a boot script that runs later (it is async) starts no second worker.
	g.__ogiEngineBoot = null;
	if (!boot) return null;
	const href = (url: string) => new URL(url, globalThis.document?.baseURI).href;
	if (boot.workerHref === href(workerUrl) && boot.wasmHref === href(wasmUrl)) return boot;
	boot.worker.terminate();
	return null;
}

/** What a failed early start rejected with, as the start's own failures say it. */
function bootFailure(reason: unknown): Error {
	if (reason instanceof Event) return startFailure(reason);
	if (reason instanceof Error) return reason;
	const message = (reason as { message?: string } | null)?.message ?? String(reason);
	return new EngineFileError(WASM_FILE, message);
}

async function createEngine(): Promise<Engine> {
	const boot = takeEngineBoot();
	if (!boot) markPhase('worker');
	const worker = boot?.worker ?? new Worker(workerUrl);
	// An adopted worker gets its client once its own INSTANTIATE has been answered (the client
	// would take that answer for one of its own requests).
	const client = () => new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	const own = boot ? null : client();
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
			(alive) => {
				const progress = (p: duckdb.InstantiationProgress) => {
					alive();
					for (const l of wasmListeners) l(p.bytesLoaded, p.bytesTotal);
				};
				if (!boot) return orFail(own!.instantiate(wasmUrl, null, progress));
				boot.listeners.add(progress);
				return orFail(
					boot.instantiated.catch((reason: unknown) => Promise.reject(bootFailure(reason)))
				).finally(() => boot.listeners.delete(progress));
			}
		);
		const db = own ?? client();
		markPhase('instantiated');
		const conn = await timed('open', START_STEP_TIMEOUT_MS, async () => {
			// Posted together, answered in order: the worker runs these one after the other, with
			// no round trip through a main thread that is still busy hydrating the page.
			const [, c] = await Promise.all([
				db.open({ query: { ...ENGINE_QUERY_CONFIG } }),
				db.connect()
			]);
			await Promise.all([
				c.query(`SET autoinstall_known_extensions = false`),
				c.query(`SET autoload_known_extensions = false`)
			]);
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
