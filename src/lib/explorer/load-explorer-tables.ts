/**
 * Fetches and decodes the tables the explorer draws from (hyparquet; no engine). The core tables
 * (reports, regions, checks, harmonized metrics) are enough for every harmonized metric and rate,
 * so they come first; the facts (needed for raw metrics and the source panel) follow.
 */
import { fetchTable } from '../data/fetch-table';
import type {
	CheckRow,
	ExplorerTables,
	FactRow,
	HarmonizedRow,
	RegionRow,
	ReportRow
} from './explorer-data';

export async function loadCoreTables(): Promise<ExplorerTables> {
	const [reports, regions, checks, harmonized] = await Promise.all(
		['reports', 'regions', 'checks', 'harmonized'].map((name) => fetchTable(name))
	);
	return {
		reports: reports!.rows as unknown as ReportRow[],
		regions: regions!.rows as unknown as RegionRow[],
		facts: [],
		checks: checks!.rows as unknown as CheckRow[],
		harmonized: harmonized!.rows as unknown as HarmonizedRow[]
	};
}

export async function loadFacts(): Promise<FactRow[]> {
	return (await fetchTable('facts')).rows as unknown as FactRow[];
}

export async function loadExplorerTables(): Promise<ExplorerTables> {
	const [core, facts] = await Promise.all([loadCoreTables(), loadFacts()]);
	return { ...core, facts };
}
