/**
 * Fetches and decodes the tables the explorer draws from (hyparquet; no engine). The core tables
 * (reports, regions, harmonized metrics) are enough to draw every harmonized metric and rate, so
 * they come first; the facts (raw metrics, the source panel) and the checks (failed-check marks)
 * follow, each on its own: a file that cannot be loaded is a DataFileError naming it, and costs only
 * the views that need it.
 */
import { asDataFileError, type DataFileError } from '../data/data-file-error';
import { fetchTable } from '../data/fetch-table';
import type {
	CheckRow,
	ExplorerTables,
	FactRow,
	HarmonizedRow,
	RegionRow,
	ReportRow
} from './explorer-data';

export const CORE_TABLES = ['reports', 'regions', 'harmonized'] as const;
export const CORE_FILES: readonly string[] = CORE_TABLES.map((n) => `${n}.parquet`);

export interface CoreResult {
	/** null when any core file failed */
	core: ExplorerTables | null;
	errors: DataFileError[];
}

/** The core tables, or every core file that failed (all of them named, not just the first). */
export async function loadCoreTables(): Promise<CoreResult> {
	const settled = await Promise.allSettled(CORE_TABLES.map((name) => fetchTable(name)));
	const errors = settled.flatMap((r, i) =>
		r.status === 'rejected' ? [asDataFileError(CORE_FILES[i]!, r.reason)] : []
	);
	if (errors.length) return { core: null, errors };
	const [reports, regions, harmonized] = settled.map(
		(r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof fetchTable>>>).value
	);
	return {
		core: {
			reports: reports!.rows as unknown as ReportRow[],
			regions: regions!.rows as unknown as RegionRow[],
			facts: [],
			checks: [],
			harmonized: harmonized!.rows as unknown as HarmonizedRow[]
		},
		errors: []
	};
}

/** The facts: raw metrics, the handling view, the source panel's highlights. */
export async function loadFacts(): Promise<FactRow[]> {
	try {
		return (await fetchTable('facts')).rows as unknown as FactRow[];
	} catch (error) {
		throw asDataFileError('facts.parquet', error);
	}
}

/** The checks: failed-check marks and the source panel's check list. */
export async function loadChecks(): Promise<CheckRow[]> {
	try {
		return (await fetchTable('checks')).rows as unknown as CheckRow[];
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
export async function loadExplorerTables(): Promise<AllTablesResult> {
	const [core, facts, checks] = await Promise.all([
		loadCoreTables(),
		loadFacts().then(
			(rows) => ({ rows, error: null }),
			(error: DataFileError) => ({ rows: [] as FactRow[], error })
		),
		loadChecks().then(
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
