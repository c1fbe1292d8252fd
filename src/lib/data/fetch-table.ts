/**
 * Fetches and decodes one Parquet table of static/data (or of the synthetic dataset the page was
 * opened with, see $lib/dataset) once per page; the chart-first path and the engine share the same
 * promise, so every file crosses the network once.
 */
import { datasetFolder } from '$lib/dataset/dataset';
import { decodeParquet, type DecodedTable } from './decode-parquet';

const cache = new Map<string, Promise<DecodedTable>>();

export function dataUrl(file: string): string {
	return `${datasetFolder()}/${file}`;
}

async function load(name: string): Promise<DecodedTable> {
	const url = dataUrl(`${name}.parquet`);
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${name}.parquet: HTTP ${response.status} ${response.statusText}`.trim());
	return decodeParquet(name, await response.arrayBuffer());
}

export function fetchTable(name: string): Promise<DecodedTable> {
	let p = cache.get(name);
	if (!p) {
		p = load(name);
		cache.set(name, p);
		p.catch(() => cache.delete(name));
	}
	return p;
}
