/** Loads our Parquet tables into the engine as tables named like the files. */
import { fetchTable } from '../data/fetch-table';
import { toArrow } from '../data/to-arrow';
import { getEngine, type Engine } from './duckdb-client';

export const TABLES = ['facts', 'reports', 'checks', 'warnings', 'regions', 'metrics'] as const;

let loaded: Promise<Engine> | undefined;

export function loadEngineWithData(): Promise<Engine> {
	if (!loaded) {
		loaded = (async () => {
			const engine = await getEngine();
			for (const name of TABLES) {
				const table = await fetchTable(name);
				await engine.insertArrow(name, toArrow(table));
			}
			return engine;
		})();
		loaded.catch(() => (loaded = undefined));
	}
	return loaded;
}
