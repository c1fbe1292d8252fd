/**
 * The manifest of a SYNTHETIC dataset (`dataset.json`, written by `npm run data:synthetic`): its
 * size and whether its facts are one file or partitioned by province and year (and which files).
 * The real data has none.
 */
import { currentDataset, datasetFolder } from './dataset';

export interface FactPartition {
	path: string;
	province_code: string;
	year: number;
	rows: number;
	bytes: number;
}

export interface DatasetManifest {
	synthetic: true;
	label: string;
	seed: number;
	facts: number;
	regions: number;
	reports: number;
	layout: 'single' | 'partitioned';
	partitions: FactPartition[];
}

let manifest: Promise<DatasetManifest | null> | undefined;

export function loadManifest(): Promise<DatasetManifest | null> {
	if (!manifest) {
		manifest =
			currentDataset() === 'real'
				? Promise.resolve(null)
				: fetch(`${datasetFolder()}/dataset.json`).then((r) => {
						if (!r.ok) throw new Error(`${datasetFolder()}/dataset.json: HTTP ${r.status}`);
						return r.json() as Promise<DatasetManifest>;
					});
		manifest.catch(() => (manifest = undefined));
	}
	return manifest;
}
