/** Fetches and decodes the tables the explorer draws from (hyparquet; no engine). */
import { fetchTable } from '../data/fetch-table';
import type {
	CheckRow,
	ExplorerTables,
	FactRow,
	HarmonizedRow,
	RegionRow,
	ReportRow
} from './explorer-data';

export async function loadExplorerTables(): Promise<ExplorerTables> {
	const [reports, regions, facts, checks, harmonized] = await Promise.all(
		['reports', 'regions', 'facts', 'checks', 'harmonized'].map((name) => fetchTable(name))
	);
	return {
		reports: reports!.rows as unknown as ReportRow[],
		regions: regions!.rows as unknown as RegionRow[],
		facts: facts!.rows as unknown as FactRow[],
		checks: checks!.rows as unknown as CheckRow[],
		harmonized: harmonized!.rows as unknown as HarmonizedRow[]
	};
}
