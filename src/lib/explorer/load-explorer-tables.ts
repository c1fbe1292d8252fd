/**
 * Fetches and decodes the tables the explorer draws from (hyparquet; no engine). The core tables
 * (reports, regions, harmonized metrics) are enough to draw every harmonized metric and rate, so
 * they come first; the facts and checks (raw metrics, the source panel, failed-check marks) follow.
 */
import { fetchTable as fetchOurTable } from '../data/fetch-table';
import { withImported } from '../import/imported-tables';
import type {
	CheckRow,
	ExplorerTables,
	FactRow,
	HarmonizedRow,
	RegionRow,
	ReportRow
} from './explorer-data';

/**
 * Whether the reader's own imported reports (src/lib/import, this browser's IndexedDB) join our
 * tables: yes in the explorer, no in embeds, which show published data only.
 */
export interface LoadOptions {
	imports: boolean;
}
const OURS_ONLY: LoadOptions = { imports: false };

const fetchTable = (name: string, options: LoadOptions) =>
	options.imports ? fetchOurTable(name).then(withImported) : fetchOurTable(name);

export async function loadCoreTables(options = OURS_ONLY): Promise<ExplorerTables> {
	const [reports, regions, harmonized] = await Promise.all(
		['reports', 'regions', 'harmonized'].map((name) => fetchTable(name, options))
	);
	return {
		reports: reports!.rows as unknown as ReportRow[],
		regions: regions!.rows as unknown as RegionRow[],
		facts: [],
		checks: [],
		harmonized: harmonized!.rows as unknown as HarmonizedRow[]
	};
}

/** The facts and the checks: raw metrics, the source panel, failed checks on the marks. */
export async function loadDetails(
	options = OURS_ONLY
): Promise<{ facts: FactRow[]; checks: CheckRow[] }> {
	const [facts, checks] = await Promise.all([
		fetchTable('facts', options),
		fetchTable('checks', options)
	]);
	return {
		facts: facts.rows as unknown as FactRow[],
		checks: checks.rows as unknown as CheckRow[]
	};
}

export async function loadExplorerTables(): Promise<ExplorerTables> {
	const [core, details] = await Promise.all([loadCoreTables(), loadDetails()]);
	return { ...core, ...details };
}
