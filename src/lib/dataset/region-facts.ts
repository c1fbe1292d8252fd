/**
 * The explorer's facts at SYNTHETIC scale: never the whole file. `facts.parquet` of a synthetic
 * dataset is sorted by region in small row groups, so hyparquet reads (over HTTP range requests)
 * only the row groups whose region_id statistics can match the regions on screen. Each region is
 * read once per page; the result is every fact read so far.
 */
import {
	asyncBufferFromUrl,
	parquetMetadataAsync,
	parquetReadObjects,
	type FileMetaData
} from 'hyparquet';
import type { CheckRow, FactRow } from '$lib/explorer/explorer-data';
import { datasetFolder } from './dataset';

const COLUMNS = [
	'report_id',
	'region_id',
	'year',
	'metric',
	'applicant',
	'value',
	'raw',
	'approx',
	'span_start',
	'span_end',
	'method'
];

let file:
	| Promise<{ buffer: Awaited<ReturnType<typeof asyncBufferFromUrl>>; metadata: FileMetaData }>
	| undefined;
const byRegion = new Map<string, FactRow[]>();
let queue: Promise<unknown> = Promise.resolve();

function open() {
	if (!file) {
		file = (async () => {
			const buffer = await asyncBufferFromUrl({ url: `${datasetFolder()}/facts.parquet` });
			return { buffer, metadata: await parquetMetadataAsync(buffer) };
		})();
		file.catch(() => (file = undefined));
	}
	return file;
}

export function regionsLoaded(regionIds: readonly string[]): boolean {
	return regionIds.every((id) => byRegion.has(id));
}

async function read(regionIds: readonly string[]): Promise<void> {
	const missing = [...new Set(regionIds)].filter((id) => !byRegion.has(id));
	if (!missing.length) return;
	const { buffer, metadata } = await open();
	const rows = (await parquetReadObjects({
		file: buffer,
		metadata,
		columns: COLUMNS,
		filter: { region_id: { $in: missing } }
	})) as unknown as FactRow[];
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
