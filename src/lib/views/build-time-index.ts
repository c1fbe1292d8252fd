/**
 * Every table of static/data, decoded and indexed once per build (Node only: imported by prerendered
 * server loads — the home page, the explorer, the embeds, the region profiles). Reads
 * static/data/*.parquet from disk with the same decoder as the browser.
 */
import { readTable } from '../data-files/read-table-file';
import { indexTables, type ExplorerIndex } from './explorer-data';

let cached: Promise<ExplorerIndex> | null = null;

async function load(): Promise<ExplorerIndex> {
	const [reports, regions, facts, checks, harmonized] = await Promise.all([
		readTable('reports'),
		readTable('regions'),
		readTable('facts'),
		readTable('checks'),
		readTable('harmonized')
	]);
	return indexTables({ reports, regions, facts, checks, harmonized });
}

/** The index of every published table, decoded once per build (the prerendered pages share it). */
export function buildTimeIndex(): Promise<ExplorerIndex> {
	cached ??= load();
	return cached;
}
