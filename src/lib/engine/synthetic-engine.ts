/**
 * The engine's tables for a SYNTHETIC dataset. Every table is streamed in row group by row group
 * (never all rows as JavaScript objects). The `harmonized` cube is a table here (the generator
 * computed it with the engine's own SQL). Facts in one file are loaded whole (1m); partitioned facts
 * (10m) start as an empty `facts` table, and before each console query `prepareFacts` loads only
 * the partitions and columns that query needs (see partition-plan.ts), over HTTP range requests.
 * There is no `atlas.duckdb` here: every table is in the in-memory database (`memory.main`), which
 * the console's search path reaches when `atlas` is not attached (query-runner.ts, usePaths), and
 * which the console's Reset keeps (LoadedEngine.memoryTables).
 */
import { columnDefinitions } from '../contract/schema-sql';
import { SYNTHETIC_FACTS } from '../contract/synthetic-schema';
import { asDataFileError, type DataFileError } from '../data-files/data-file-error';
import type { Engine } from './duckdb-client';
import { datasetFolder } from '../dataset/dataset';
import { loadManifest, type FactPartition } from '../dataset/manifest';
import { choosePartitions, planSql } from '../dataset/partition-plan';
import { memoryTable, streamParquetIntoTable } from './parquet-to-engine';

export const SYNTHETIC_TABLES = [
	'reports',
	'checks',
	'warnings',
	'regions',
	'metrics',
	'harmonized'
];

/** Our tables in `memory.main`, facts included: the console's Reset keeps them. */
export const SYNTHETIC_BASE_TABLES: readonly string[] = [...SYNTHETIC_TABLES, 'facts'];

/** The synthetic facts' columns (src/lib/contract/table-schemas.ts, the generator writes the same). */
export const FACT_COLUMNS = SYNTHETIC_FACTS;

/** A query may make the tab hold at most this many fact cells (rows × columns), ~2 GB of headroom. */
export const MAX_FACT_CELLS = 60_000_000;

/**
 * Streams the dataset's tables into the engine. A file that cannot be read (missing, cut short,
 * corrupt, a column missing) is a DataFileError naming it, returned, not thrown: the other tables
 * still load, and the console lists the file with a Retry, as for the real data's files.
 */
export async function loadSyntheticTables(
	engine: Engine,
	onProgress?: (step: string) => void
): Promise<DataFileError[]> {
	const manifest = await loadManifest();
	if (!manifest) throw new Error('no synthetic dataset');
	const problems: DataFileError[] = [];
	const stream = async (name: string) => {
		const file = `${name}.parquet`;
		onProgress?.(name);
		try {
			await streamParquetIntoTable(engine, name, `${datasetFolder()}/${file}`, {
				file,
				create: true
			});
		} catch (error) {
			problems.push(asDataFileError(file, error));
			// No table with part of a file's rows.
			await engine.query(`DROP TABLE IF EXISTS ${memoryTable(name)}`).catch(() => {});
		}
	};
	for (const name of SYNTHETIC_TABLES) await stream(name);
	if (manifest.layout === 'single') await stream('facts');
	else {
		onProgress?.('facts');
		await engine.query(
			`CREATE OR REPLACE TABLE ${memoryTable('facts')} (${columnDefinitions(FACT_COLUMNS)})`
		);
	}
	return problems;
}

export interface FactsRead {
	/** partition files fetched for this query (already loaded ones are not fetched again) */
	files: number;
	rows: number;
	bytes: number;
	/** partitions the query needs in all, and of how many */
	needed: number;
	partitions: number;
	/** set when the query would need more than MAX_FACT_CELLS: nothing was loaded */
	refused?: { rows: number; columns: number };
}

/** The partitions (and columns) in `facts`, of one engine: a restarted engine starts empty. */
let state: { db: Engine['db']; loaded: Set<string>; columns: Set<string> | null } | null = null;

/** Loads the partitions and columns `sql` needs into `facts` (partitioned datasets only). */
export async function prepareFacts(engine: Engine, sql: string): Promise<FactsRead | null> {
	const manifest = await loadManifest();
	if (!manifest || manifest.layout !== 'partitioned') return null;
	const plan = planSql(sql, Object.keys(FACT_COLUMNS));
	const needed: FactPartition[] = choosePartitions(manifest.partitions, plan);
	const columns = new Set(
		Object.keys(FACT_COLUMNS).filter((c) => plan.columns === null || plan.columns.has(c))
	);
	const base = { needed: needed.length, partitions: manifest.partitions.length };
	const neededRows = needed.reduce((s, p) => s + p.rows, 0);
	if (neededRows * columns.size > MAX_FACT_CELLS)
		return {
			files: 0,
			rows: 0,
			bytes: 0,
			...base,
			refused: { rows: neededRows, columns: columns.size }
		};
	if (state?.db !== engine.db) state = { db: engine.db, loaded: new Set(), columns: null };
	const { loaded, columns: had } = state;
	if (had && [...columns].some((c) => !had.has(c))) {
		// The loaded rows lack a column this query reads: start over with this query's columns.
		await engine.query(`DELETE FROM ${memoryTable('facts')}`);
		loaded.clear();
	}
	if (!loaded.size) state.columns = columns;
	const loadedColumns = state.columns ?? columns;
	let rows = 0;
	let bytes = 0;
	let files = 0;
	for (const p of needed) {
		if (loaded.has(p.path)) continue;
		const r = await streamParquetIntoTable(engine, 'facts', `${datasetFolder()}/${p.path}`, {
			file: p.path,
			columns: [...loadedColumns],
			byteLength: p.bytes,
			create: false
		});
		loaded.add(p.path);
		rows += r.rows;
		bytes += r.bytes;
		files++;
	}
	return { files, rows, bytes, ...base };
}
