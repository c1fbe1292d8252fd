/**
 * The kind of data this page session reads, in one object: every lower layer that must treat the
 * published data and the synthetic scale data differently (fetch-table, the engine's loader, the
 * explorer's and the console's data sources, the layout's badge) reads it here, so no page and no
 * other module asks which dataset it has. Chosen once per page session (dataset.ts).
 */
import type { Component } from 'svelte';
import { currentDataset, withDatasetParam, type Dataset } from './dataset';

export interface SourceKind {
	readonly dataset: Dataset;
	/** What the page says it shows ('published', or the synthetic dataset's name). */
	readonly label: string;
	/**
	 * How the facts are read: whole into the tab (the published ~5,000 rows), or by region and
	 * partition only (synthetic: millions of rows).
	 */
	readonly facts: 'whole' | 'by-region';
	/** What the SQL engine starts from: `atlas.duckdb` attached, or tables streamed into memory. */
	readonly engineBase: 'attached-file' | 'memory';
	/** The badge every page shows for this data (loaded on demand), or null for none. */
	readonly badge: (() => Promise<{ default: Component }>) | null;
	/** Keeps this data on a query string a page builds (e.g. the console's or explorer's URL). */
	withParam(search: string): string;
}

const published: SourceKind = {
	dataset: 'real',
	label: 'published',
	facts: 'whole',
	engineBase: 'attached-file',
	badge: null,
	withParam: (search) => search
};

function synthetic(dataset: Exclude<Dataset, 'real'>): SourceKind {
	return {
		dataset,
		label: dataset,
		facts: 'by-region',
		engineBase: 'memory',
		badge: () => import('./SyntheticBadge.svelte'),
		withParam: (search) => withDatasetParam(search, dataset)
	};
}

let kind: SourceKind | undefined;

/** The kind of data of this page session (on the server: the published data). */
export function sourceKind(): SourceKind {
	if (!kind) {
		const dataset = currentDataset();
		kind = dataset === 'real' ? published : synthetic(dataset);
	}
	return kind;
}
