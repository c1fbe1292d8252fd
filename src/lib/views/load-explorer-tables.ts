/**
 * Fetches and decodes the tables the explorer draws from (hyparquet; no engine). The core tables
 * (reports, regions, harmonized metrics) are enough to draw every harmonized metric and rate, so
 * they come first; the facts (raw metrics, the source panel) and the checks (failed-check marks)
 * follow, each on its own: a file that cannot be loaded is a DataFileError naming it, and costs only
 * the views that need it.
 */
import { asDataFileError, type DataFileError } from '../data-files/data-file-error';
import type { DecodedTable } from '../data-files/decode-parquet';
import type { Table } from '../data-files/decode-table';
import { fetchTable as fetchOurTable } from '../dataset/fetch-table';
import { mayHaveImports } from '../dataset/may-have-imports';
import type { ExplorerTables } from './explorer-data';
import type { CheckRow, FactRow } from '../contract/rows';
import type { TableName } from '../contract/table-schemas';

/**
 * Whether the reader's own imported reports (src/lib/import, this browser's IndexedDB) join our
 * tables: yes in the explorer, no in embeds, which show published data only.
 */
export interface LoadOptions {
	imports: boolean;
}
const OURS_ONLY: LoadOptions = { imports: false };

/** The table with this browser's imports appended; the import code loads only if there are any. */
async function withImports<R extends object>(table: DecodedTable<R>): Promise<DecodedTable<R>> {
	if (!(await mayHaveImports())) return table;
	const { withImported } = await import('../dataset/imported-tables');
	return withImported(table);
}

const fetchTable = <N extends TableName>(name: N, options: LoadOptions): Promise<Table<N>> =>
	options.imports ? fetchOurTable(name).then(withImports) : fetchOurTable(name);

/**
 * `report_regions`: the regions our reports are filed under (and their ancestors), not the whole
 * dictionary of China's ~3,300 regions (`regions`, ~114 KB), which only a reader with imports loads:
 * an imported report may be of any region.
 */
export const CORE_TABLES = ['reports', 'report_regions', 'harmonized'] as const;
export const CORE_FILES: readonly string[] = CORE_TABLES.map((n) => `${n}.parquet`);

/** `report_regions`, or the whole dictionary where imports may name any region. */
async function fetchRegions(options: LoadOptions): Promise<Table<'regions' | 'report_regions'>> {
	if (options.imports && (await mayHaveImports())) return fetchTable('regions', options);
	return fetchTable('report_regions', options);
}

export interface CoreResult {
	/** null when any core file failed */
	core: ExplorerTables | null;
	errors: DataFileError[];
}

/** The core tables, or every core file that failed (all of them named, not just the first). */
export async function loadCoreTables(options = OURS_ONLY): Promise<CoreResult> {
	const settled = await Promise.allSettled([
		fetchTable('reports', options),
		fetchRegions(options),
		fetchTable('harmonized', options)
	] as const);
	const errors = settled.flatMap((r, i) =>
		r.status === 'rejected' ? [asDataFileError(CORE_FILES[i]!, r.reason)] : []
	);
	const [reports, regions, harmonized] = settled;
	if (
		reports.status === 'rejected' ||
		regions.status === 'rejected' ||
		harmonized.status === 'rejected'
	)
		return { core: null, errors };
	return {
		core: {
			reports: reports.value.rows,
			regions: regions.value.rows,
			facts: [],
			checks: [],
			harmonized: harmonized.value.rows
		},
		errors: []
	};
}

/** The facts: raw metrics, the handling view, the source panel's highlights. */
export async function loadFacts(options = OURS_ONLY): Promise<FactRow[]> {
	try {
		return (await fetchTable('facts', options)).rows;
	} catch (error) {
		throw asDataFileError('facts.parquet', error);
	}
}

/** The checks: failed-check marks and the source panel's check list. */
export async function loadChecks(options = OURS_ONLY): Promise<CheckRow[]> {
	try {
		return (await fetchTable('checks', options)).rows;
	} catch (error) {
		throw asDataFileError('checks.parquet', error);
	}
}

export interface AllTablesResult {
	/** null when a core file failed; otherwise facts and checks are [] where their file failed */
	tables: ExplorerTables | null;
	errors: DataFileError[];
	factsLoaded: boolean;
	checksLoaded: boolean;
}

/** Every table the explorer uses, loaded side by side; failures are collected, not thrown. */
export async function loadExplorerTables(options = OURS_ONLY): Promise<AllTablesResult> {
	const [core, facts, checks] = await Promise.all([
		loadCoreTables(options),
		loadFacts(options).then(
			(rows) => ({ rows, error: null }),
			(error: DataFileError) => ({ rows: [] as FactRow[], error })
		),
		loadChecks(options).then(
			(rows) => ({ rows, error: null }),
			(error: DataFileError) => ({ rows: [] as CheckRow[], error })
		)
	]);
	const errors = [
		...core.errors,
		...(facts.error ? [facts.error] : []),
		...(checks.error ? [checks.error] : [])
	];
	return {
		tables: core.core ? { ...core.core, facts: facts.rows, checks: checks.rows } : null,
		errors,
		factsLoaded: !facts.error,
		checksLoaded: !checks.error
	};
}
