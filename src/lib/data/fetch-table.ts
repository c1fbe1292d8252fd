/**
 * Fetches and decodes one Parquet table of static/data (or of the synthetic dataset the page was
 * opened with, see $lib/dataset) once per page; the chart-first path and the engine share the same
 * promise, so every file crosses the network once.
 */
import { datasetFolder, isSynthetic } from '$lib/dataset/dataset';
import { decodeParquet, type DecodedTable } from './decode-parquet';

const cache = new Map<string, Promise<DecodedTable>>();

export function dataUrl(file: string): string {
	return `${datasetFolder()}/${file}`;
}

async function load(name: string): Promise<DecodedTable> {
	// Synthetic facts (millions of rows) are read by region or partition, never whole into the tab.
	if (name === 'facts' && isSynthetic())
		throw new Error('facts.parquet of a synthetic dataset is not loaded whole into the page');
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
