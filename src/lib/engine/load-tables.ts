/**
 * Gives the engine our tables: `atlas.duckdb` (written by the data build: the Parquet tables and
 * the `harmonized` view) is fetched once and attached READ_ONLY, so no query can change them; the
 * connection's search path makes `facts` mean `atlas.main.facts`. Then the engine is locked down:
 * no query can reach the network or the local file system, and no query can change those settings
 * back. DuckDB itself keeps the attached file readable (it adds it to `allowed_paths`), so a query
 * can attach it again writable: the query runner checks the base after every run and the
 * supervisor then replaces the engine (base-db.ts `baseIntact`).
 * A base file that cannot be fetched or attached does not stop the engine: it starts without our
 * tables (the reader's own files still work) and lists the failure in `missing`; a retry starts
 * a new engine (engine-supervisor.ts).
 */
import { sourceKind } from '../dataset/dataset';
import { asDataFileError, DataFileError } from '../data-files/data-file-error';
import { fetchBytes } from '../data-files/fetch-bytes';
import { dataUrl } from '../dataset/fetch-table';
import {
	ALLOW_UPLOADS,
	ATTACH_BASE,
	BASE_DB,
	BASE_FILE,
	BASE_SEARCH_PATH,
	BASE_TABLES
} from './base-db';
import { DuckDBDataProtocol } from '@duckdb/duckdb-wasm';
import { getEngine, markPhase, WASM_FILE, type Engine } from './duckdb-client';

/**
 * What is being downloaded, for the progress line: the engine's wasm and our base file load at the
 * same time, so the line names each file still loading (with its size when known), not the last
 * one that reported.
 */
export function downloadsStep(downloads: ReadonlyMap<string, { loaded: number; total: number }>) {
	const mb = (n: number) => (n / 2 ** 20).toFixed(1);
	return [...downloads]
		.map(([file, { loaded, total }]) =>
			total ? `${file} ${mb(loaded)}/${mb(total)} MB` : loaded ? `${file} ${mb(loaded)} MB` : file
		)
		.join(', ');
}

export const TABLES = BASE_TABLES;

export interface LoadedEngine extends Engine {
	/** The data files that could not be loaded (their tables do not exist). */
	missing: DataFileError[];
	/**
	 * Set for a synthetic dataset (src/lib/dataset): our tables are these tables of `memory.main`,
	 * and there is no base file to attach.
	 */
	memoryTables?: readonly string[];
}

let loaded: Promise<LoadedEngine> | undefined;

type Fetched = { bytes: Uint8Array } | { problem: DataFileError };

async function fetchBase(onProgress?: (loaded: number, total: number) => void): Promise<Fetched> {
	try {
		const { bytes } = await fetchBytes(dataUrl(BASE_FILE), BASE_FILE, (loaded, total) =>
			onProgress?.(loaded, total ?? 0)
		);
		markPhase('base-fetched');
		if (bytes.length === 0)
			return { problem: new DataFileError(BASE_FILE, 'truncated', 'the file is empty') };
		if (bytes[0] === 0x3c /* < */)
			return {
				problem: new DataFileError(
					BASE_FILE,
					'corrupt',
					'the server sent a web page, not a database'
				)
			};
		return { bytes };
	} catch (error) {
		return { problem: asDataFileError(BASE_FILE, error) };
	}
}

/** Attaches the fetched `atlas.duckdb` read-only; the problem, named, if it cannot be. */
async function attachBase(engine: Engine, fetched: Fetched): Promise<DataFileError | null> {
	if ('problem' in fetched) return fetched.problem;
	try {
		await engine.query(`DETACH DATABASE IF EXISTS ${BASE_DB}`);
		// Registered as a File (an immutable Blob read through FileReaderSync), not a buffer: the
		// engine can only read it, so even a query that attaches it writable cannot change its bytes
		// (a CHECKPOINT fails); the runner's check then replaces the engine (base-db.ts).
		const file = new File([fetched.bytes as Uint8Array<ArrayBuffer>], BASE_FILE);
		await engine.db.registerFileHandle(
			BASE_FILE,
			file,
			DuckDBDataProtocol.BROWSER_FILEREADER,
			true
		);
		// Posted together, run in order by the worker (a RUN_QUERY is answered before the next).
		await Promise.all([engine.query(ATTACH_BASE), engine.query(BASE_SEARCH_PATH)]);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		return new DataFileError(BASE_FILE, 'corrupt', detail);
	}
	return null;
}

/**
 * Only the upload directory readable, no external access, and the configuration locked (last).
 * Posted together: the worker runs them in this order, each answered before it takes the next,
 * and any failure rejects the start.
 */
async function lockDown(engine: Engine): Promise<void> {
	await Promise.all([
		engine.query(ALLOW_UPLOADS),
		engine.query(`SET enable_external_access = false`),
		engine.query(`SET lock_configuration = true`)
	]);
}

export function loadEngineWithData(onProgress?: (step: string) => void): Promise<LoadedEngine> {
	if (!loaded) {
		loaded = (async () => {
			onProgress?.('engine');
			if (sourceKind().engineBase === 'memory') {
				// Scale benchmark data (no atlas.duckdb): streamed tables, the harmonized cube and
				// partitioned facts, all in the in-memory database, which the console's search path
				// reaches when `atlas` is not attached.
				const base = await getEngine();
				const { loadSyntheticTables, SYNTHETIC_BASE_TABLES } = await import('./synthetic-engine');
				const missing = await loadSyntheticTables(base, onProgress);
				const engine: LoadedEngine = {
					...base,
					missing,
					memoryTables: SYNTHETIC_BASE_TABLES
				};
				await lockDown(engine);
				return engine;
			}
			// The download and the engine's start overlap; the progress names what is still loading.
			const downloads = new Map<string, { loaded: number; total: number }>([
				[WASM_FILE, { loaded: 0, total: 0 }],
				[BASE_FILE, { loaded: 0, total: 0 }]
			]);
			const report = (file: string, loaded?: number, total?: number) => {
				if (loaded === undefined) downloads.delete(file);
				else downloads.set(file, { loaded, total: total ?? 0 });
				onProgress?.(downloadsStep(downloads) || 'engine');
			};
			report(WASM_FILE, 0, 0);
			const [base, fetched] = await Promise.all([
				getEngine((loaded, total) => report(WASM_FILE, loaded, total)).finally(() =>
					report(WASM_FILE)
				),
				fetchBase((loaded, total) => report(BASE_FILE, loaded, total)).finally(() =>
					report(BASE_FILE)
				)
			]);
			const problem = await attachBase(base, fetched);
			markPhase('attached');
			const engine: LoadedEngine = { ...base, missing: problem ? [problem] : [] };
			await lockDown(engine);
			markPhase('locked');
			return engine;
		})();
		loaded.catch(() => (loaded = undefined));
	}
	return loaded;
}

/** Forgets the loaded engine (after a crash), so the next loadEngineWithData starts afresh. */
export function forgetLoadedEngine(): void {
	loaded = undefined;
}
