/**
 * Loads our Parquet tables into the engine as tables named like the files, defines the
 * `harmonized` view with the same SQL the data build uses, then locks the engine down: no query
 * can reach the network or the local file system, and no query can change that setting back.
 */
import { fetchTable } from '../data/fetch-table';
import { toArrow } from '../data/to-arrow';
import { withImported } from '../import/imported-tables';
import { harmonizedSelect } from '../sql/harmonized';
import { getEngine, type Engine } from './duckdb-client';

export const TABLES = ['facts', 'reports', 'checks', 'warnings', 'regions', 'metrics'] as const;

let loaded: Promise<Engine> | undefined;

export function loadEngineWithData(onProgress?: (step: string) => void): Promise<Engine> {
	if (!loaded) {
		loaded = (async () => {
			onProgress?.('engine');
			const engine = await getEngine();
			for (const name of TABLES) {
				onProgress?.(name);
				// The reader's imported reports join our tables (src/lib/import).
				const table = await withImported(await fetchTable(name));
				await engine.insertArrow(name, toArrow(table));
			}
			await engine.query(`CREATE OR REPLACE VIEW harmonized AS ${harmonizedSelect()}`);
			await engine.query(`SET enable_external_access = false`);
			await engine.query(`SET lock_configuration = true`);
			return engine;
		})();
		loaded.catch(() => (loaded = undefined));
	}
	return loaded;
}

/**
 * After the reader adds or deletes an imported report: our tables again with the imports, in an
 * engine that is already loaded (replacing a table is not a configuration change).
 */
export async function reloadImportedTables(): Promise<void> {
	if (!loaded) return;
	const engine = await loaded;
	for (const name of TABLES)
		await engine.insertArrow(name, toArrow(await withImported(await fetchTable(name))));
}
