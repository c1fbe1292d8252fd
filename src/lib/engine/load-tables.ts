/**
 * Loads our Parquet tables into the engine as tables named like the files, defines the
 * `harmonized` view with the same SQL the data build uses, then locks the engine down: no query
 * can reach the network or the local file system, and no query can change that setting back.
 */
import { fetchTable } from '../data/fetch-table';
import { toArrow } from '../data/to-arrow';
import { harmonizedSelect } from '../sql/harmonized';
import { isSynthetic } from '$lib/dataset/dataset';
import { getEngine, type Engine } from './duckdb-client';

export const TABLES = ['facts', 'reports', 'checks', 'warnings', 'regions', 'metrics'] as const;

let loaded: Promise<Engine> | undefined;

export function loadEngineWithData(onProgress?: (step: string) => void): Promise<Engine> {
	if (!loaded) {
		loaded = (async () => {
			onProgress?.('engine');
			const engine = await getEngine();
			if (isSynthetic()) {
				// Scale benchmark data: streamed tables, the harmonized cube, partitioned facts.
				const { loadSyntheticTables } = await import('$lib/dataset/synthetic-engine');
				await loadSyntheticTables(engine, onProgress);
			} else {
				for (const name of TABLES) {
					onProgress?.(name);
					const table = await fetchTable(name);
					await engine.insertArrow(name, toArrow(table));
				}
				await engine.query(`CREATE OR REPLACE VIEW harmonized AS ${harmonizedSelect()}`);
			}
			await engine.query(`SET enable_external_access = false`);
			await engine.query(`SET lock_configuration = true`);
			return engine;
		})();
		loaded.catch(() => (loaded = undefined));
	}
	return loaded;
}
