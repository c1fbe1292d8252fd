/**
 * Gives the engine our tables: `atlas.duckdb` (written by the data build: the Parquet tables and
 * the `harmonized` view) is fetched once and attached READ_ONLY, so no query can change them; the
 * connection's search path makes `facts` mean `atlas.main.facts`. Then the engine is locked down:
 * no query can reach the network or the local file system (the base file is the only path it may
 * open, so Reset can attach it again), and no query can change those settings back.
 */
import { dataUrl } from '../data/fetch-table';
import { ALLOW_BASE_FILE, ATTACH_BASE, BASE_FILE, BASE_SEARCH_PATH, BASE_TABLES } from './base-db';
import { getEngine, type Engine } from './duckdb-client';

export const TABLES = BASE_TABLES;

let loaded: Promise<Engine> | undefined;

async function fetchBaseFile(): Promise<Uint8Array> {
	const response = await fetch(dataUrl(BASE_FILE));
	if (!response.ok)
		throw new Error(`${BASE_FILE}: HTTP ${response.status} ${response.statusText}`.trim());
	return new Uint8Array(await response.arrayBuffer());
}

export function loadEngineWithData(onProgress?: (step: string) => void): Promise<Engine> {
	if (!loaded) {
		loaded = (async () => {
			onProgress?.('engine');
			const [engine, bytes] = await Promise.all([getEngine(), fetchBaseFile()]);
			onProgress?.(BASE_FILE);
			await engine.db.registerFileBuffer(BASE_FILE, bytes);
			await engine.query(ALLOW_BASE_FILE);
			await engine.query(ATTACH_BASE);
			await engine.query(BASE_SEARCH_PATH);
			await engine.query(`SET enable_external_access = false`);
			await engine.query(`SET lock_configuration = true`);
			return engine;
		})();
		loaded.catch(() => (loaded = undefined));
	}
	return loaded;
}
