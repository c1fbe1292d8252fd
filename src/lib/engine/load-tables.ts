/**
 * Loads our Parquet tables into the engine as tables named like the files, defines the
 * `harmonized` view with the same SQL the data build uses, then locks the engine down: no query
 * can reach the network or the local file system, and no query can change that setting back.
 * A data file that cannot be loaded costs only its table (and the view, if it needs it): the engine
 * starts with the others and lists the failures in `missing`; retryEngineTable loads one again.
 */
import { asDataFileError, type DataFileError } from '../data/data-file-error';
import { fetchTable } from '../data/fetch-table';
import { toArrow } from '../data/to-arrow';
import { harmonizedSelect } from '../sql/harmonized';
import { getEngine, type Engine } from './duckdb-client';

export const TABLES = ['facts', 'reports', 'checks', 'warnings', 'regions', 'metrics'] as const;
/** The tables the `harmonized` view reads. */
const HARMONIZED_NEEDS = ['facts.parquet', 'reports.parquet'];

export interface LoadedEngine extends Engine {
	/** The data files that could not be loaded (their tables do not exist). */
	missing: DataFileError[];
}

let loaded: Promise<LoadedEngine> | undefined;

async function insertTable(engine: Engine, name: string): Promise<DataFileError | null> {
	let table;
	try {
		table = await fetchTable(name);
	} catch (error) {
		return asDataFileError(`${name}.parquet`, error);
	}
	await engine.insertArrow(name, toArrow(table));
	return null;
}

async function defineHarmonized(engine: LoadedEngine): Promise<void> {
	if (engine.missing.some((e) => HARMONIZED_NEEDS.includes(e.file))) return;
	await engine.query(`CREATE OR REPLACE VIEW harmonized AS ${harmonizedSelect()}`);
}

export function loadEngineWithData(onProgress?: (step: string) => void): Promise<LoadedEngine> {
	if (!loaded) {
		loaded = (async () => {
			// Every download starts now; the engine starts meanwhile.
			for (const name of TABLES) fetchTable(name).catch(() => {});
			onProgress?.('engine');
			const engine: LoadedEngine = { ...(await getEngine()), missing: [] };
			for (const name of TABLES) {
				onProgress?.(name);
				const problem = await insertTable(engine, name);
				if (problem) engine.missing.push(problem);
			}
			await defineHarmonized(engine);
			await engine.query(`SET enable_external_access = false`);
			await engine.query(`SET lock_configuration = true`);
			return engine;
		})();
		loaded.catch(() => (loaded = undefined));
	}
	return loaded;
}

/** Fetches one missing data file again and loads it; its error if it still fails, else null. */
export async function retryEngineTable(
	engine: LoadedEngine,
	file: string
): Promise<DataFileError | null> {
	const name = file.replace(/\.parquet$/, '');
	const problem = await insertTable(engine, name);
	engine.missing = engine.missing.filter((e) => e.file !== file);
	if (problem) {
		engine.missing.push(problem);
		return problem;
	}
	await defineHarmonized(engine);
	return null;
}

/** Forgets the loaded engine (after a crash), so the next loadEngineWithData starts afresh. */
export function forgetLoadedEngine(): void {
	loaded = undefined;
}
