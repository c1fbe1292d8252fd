/**
 * Keeps the SQL console's engine alive: starts it with the data, watches it (engine-watchdog.ts),
 * and when it dies (worker crashed, terminated, out of memory) stops waiting for the query that was
 * running (it fails with EngineRestarted), starts a new worker, reloads the tables (already decoded,
 * so no download) and hands the page a new runner. No page reload.
 */
import type { DataFileError } from '../data-files/data-file-error';
import { BaseTampered } from './base-db';
import { discardEngine, markPhase } from './duckdb-client';
import { watchEngine } from './engine-watchdog';
import { importedEngineTables, setLiveRunner } from './engine-imports';
import { forgetLoadedEngine, loadEngineWithData, type LoadedEngine } from './load-tables';
import { createQueryRunner, type QueryRunner } from './query-runner';

/** How long the console waits for the reader's imports (IndexedDB) before it starts without them. */
const IMPORTS_WAIT_MS = 10_000;

export class EngineRestarted extends Error {
	constructor(readonly reason: string) {
		super(`The engine stopped and was restarted; the query was not completed (${reason})`);
		this.name = 'EngineRestarted';
	}
}

/**
 * Errors after which the WebAssembly engine cannot be trusted (a trap or an abort, e.g. when it
 * runs out of memory outside DuckDB's own accounting). DuckDB's "Out of Memory Error" is not one:
 * DuckDB stops that query cleanly and goes on. A DuckDB FATAL error is: it invalidates the
 * database, and every later query fails.
 */
export function isFatalEngineError(message: string): boolean {
	return /RuntimeError|Aborted\(|memory access out of bounds|\bunreachable\b|FATAL Error|database has been invalidated/i.test(
		message
	);
}

export type SupervisorStatus = 'loading' | 'ready' | 'restarting' | 'error';

export interface SupervisorEvents {
	status(status: SupervisorStatus, message?: string): void;
	/** A new runner: at start and after every restart (null while there is none). */
	runner(runner: QueryRunner | null): void;
	/** The data files the engine could not load (empty when all loaded). */
	missing(errors: DataFileError[]): void;
	/** The engine died and a new one is ready; `busy` if a query was running when it died. */
	restarted(info: { reason: string; busy: boolean }): void;
	progress?(step: string): void;
}

export interface Supervisor {
	retryTable(file: string): Promise<void>;
	/**
	 * Back to the start: a new engine with our base file's original bytes (the reader's tables
	 * go; imports are added again). An engine without a base file (synthetic data) is reset in place.
	 */
	reset(): Promise<void>;
	/** Starts the engine again after it could not start (status 'error'). */
	retry(): Promise<void>;
	stop(): void;
}

export function superviseEngine(events: SupervisorEvents): Supervisor {
	let stopped = false;
	let engine: LoadedEngine | null = null;
	let current: QueryRunner | null = null;
	let stopWatch = () => {};
	let inFlight = 0;

	/** The runner's calls, each given up (EngineRestarted) when the engine dies under it. */
	function guard(
		runner: QueryRunner,
		died: Promise<string>,
		fatal: (reason: string) => void
	): QueryRunner {
		const wrap =
			<A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
			async (...a: A): Promise<R> => {
				inFlight++;
				try {
					return await Promise.race([
						f(...a),
						died.then((reason) => Promise.reject(new EngineRestarted(reason)))
					]);
				} catch (error) {
					const message = error instanceof Error ? error.message : String(error);
					if (!(error instanceof EngineRestarted) && isFatalEngineError(message)) {
						fatal(message);
						throw new EngineRestarted(message);
					}
					// A query attached our base file again: this engine's copy may be changed.
					if (error instanceof BaseTampered) void renew();
					throw error;
				} finally {
					inFlight--;
				}
			};
		return {
			run: wrap(runner.run),
			query: wrap(runner.query),
			readerQuery: wrap(runner.readerQuery),
			insertArrow: wrap(runner.insertArrow),
			addFile: wrap(runner.addFile),
			reset: wrap(runner.reset),
			usePaths: wrap(runner.usePaths),
			setImports: wrap(runner.setImports),
			// Cancelling on a dead engine would wait forever; the race gives up instead.
			cancel: wrap(runner.cancel)
		};
	}

	async function start(restart: { reason: string; busy: boolean } | null) {
		events.status(restart ? 'restarting' : 'loading');
		try {
			const e = await loadEngineWithData((step) => events.progress?.(step));
			const runner = await createQueryRunner(e.db, { memoryTables: e.memoryTables });
			markPhase('runner');
			// The reader's imported reports join our tables (src/lib/engine/engine-imports.ts);
			// the console works without them if they cannot be read (in time). Synthetic data
			// (benchmarks) has no base database for them to join.
			if (!e.memoryTables?.length)
				await Promise.race([
					importedEngineTables().then((tables) => runner.setImports(tables)),
					new Promise((resolve) => setTimeout(resolve, IMPORTS_WAIT_MS))
				]).catch(() => {});
			markPhase('imports');
			if (stopped) return;
			engine = e;
			let declareDead: (reason: string) => void = () => {};
			const died = new Promise<string>((r) => (declareDead = r));
			let dead = false;
			const onDead = (reason: string) => {
				if (dead) return;
				dead = true;
				stopWatch();
				const busy = inFlight > 0;
				declareDead(reason);
				void recover(e, reason, busy);
			};
			stopWatch = watchEngine(e.db, e.worker, onDead);
			events.missing(e.missing);
			current = guard(runner, died, onDead);
			setLiveRunner(current);
			events.runner(current);
			events.status('ready');
			if (restart) events.restarted(restart);
		} catch (error) {
			if (!stopped) events.status('error', error instanceof Error ? error.message : String(error));
		}
	}

	/** Stops `old` and starts a new engine with the data (a restart, or null for a fresh start). */
	async function replace(old: LoadedEngine, restart: { reason: string; busy: boolean } | null) {
		if (stopped) return;
		engine = null;
		current = null;
		// Not ready from this moment: the page disables Run until the new engine is up.
		events.status(restart ? 'restarting' : 'loading');
		events.runner(null);
		setLiveRunner(null);
		forgetLoadedEngine();
		await discardEngine(old);
		await start(restart);
	}

	const recover = (dead: LoadedEngine, reason: string, busy: boolean) =>
		replace(dead, { reason, busy });

	/** A new engine in place of the current one (Reset, or after the base was tampered with). */
	let renewing: Promise<void> | null = null;
	function renew(): Promise<void> {
		if (!renewing && engine) {
			const old = engine;
			stopWatch();
			renewing = replace(old, null).finally(() => (renewing = null));
		}
		return renewing ?? Promise.resolve();
	}
	let starting = false;

	void start(null);

	return {
		/**
		 * Loads a missing data file again. Our tables are attached before the engine is locked
		 * down, so a new engine is started (the reader's own tables, if any, are not kept).
		 */
		async retryTable(file: string) {
			if (!engine || !engine.missing.some((e) => e.file === file)) return;
			stopWatch();
			await replace(engine, null);
		},
		async reset() {
			if (engine?.memoryTables && current) return current.reset();
			await renew();
		},
		async retry() {
			if (engine || starting) return;
			starting = true;
			try {
				forgetLoadedEngine();
				await start(null);
			} finally {
				starting = false;
			}
		},
		stop() {
			stopped = true;
			setLiveRunner(null);
			stopWatch();
		}
	};
}
