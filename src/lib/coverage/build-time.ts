/**
 * The coverage table, computed when the site is built (Node only: imported by the prerendered
 * server load) from static/data's reports and regions, with the decoder the browser uses.
 */
import { readTable } from '../data-files/read-table-file';
import { coverageOf, type Coverage } from './coverage-data';

export async function buildCoverage(): Promise<Coverage> {
	const [reports, regions] = await Promise.all([readTable('reports'), readTable('regions')]);
	return coverageOf(reports, regions);
}
