/**
 * The manifest of a SYNTHETIC dataset (`dataset.json`, written by `npm run data:synthetic`): its
 * size and whether its facts are one file or partitioned by province and year (and which files).
 * The real data has none.
 */
import { currentDataset, datasetFolder } from './dataset';
import type { DatasetManifest } from './manifest-shape';

export type { DatasetManifest, FactPartition } from './manifest-shape';

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
