/**
 * The explorer's facts at SYNTHETIC scale: never the whole file. `facts.parquet` of a synthetic
 * dataset is sorted by region in small row groups, so hyparquet reads (over HTTP range requests)
 * only the row groups whose region_id statistics can match the regions on screen. The reading and
 * decoding happen in the Parquet decoding worker (decode-in-worker.ts), not on the page's main
 * thread; the rows come back as objects. Each region is read once per page; the result is every
 * fact read so far. A failure is a DataFileError naming facts.parquet.
 */
import { FACTS } from '../contract/table-schemas';
import type { CheckRow, FactRow } from '../contract/rows';
import { datasetFolder } from './dataset';
import { readRowsInWorker } from './decode-in-worker';

/** The fact columns the explorer uses: the contract's facts (nothing is imported in synthetic data). */
const COLUMNS = Object.keys(FACTS).filter((c) => c !== 'imported');

const byRegion = new Map<string, FactRow[]>();
let queue: Promise<unknown> = Promise.resolve();

export function regionsLoaded(regionIds: readonly string[]): boolean {
	return regionIds.every((id) => byRegion.has(id));
}

async function read(regionIds: readonly string[]): Promise<void> {
	const missing = [...new Set(regionIds)].filter((id) => !byRegion.has(id));
	if (!missing.length) return;
	const rows = (await readRowsInWorker(
		`${datasetFolder()}/facts.parquet`,
		'facts.parquet',
		COLUMNS,
		{ column: 'region_id', values: missing }
	)) as FactRow[];
	for (const id of missing) byRegion.set(id, []);
	for (const r of rows) byRegion.get(r.region_id)?.push(r);
}

/** The facts of these regions (and of every region read before), and no checks (synthetic data has none). */
export function loadRegionDetails(
	regionIds: readonly string[]
): Promise<{ facts: FactRow[]; checks: CheckRow[] }> {
	const next = queue.then(() => read(regionIds));
	queue = next.catch(() => undefined);
	return next.then(() => ({ facts: [...byRegion.values()].flat(), checks: [] }));
}
