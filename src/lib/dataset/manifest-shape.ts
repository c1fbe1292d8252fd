/**
 * The shape of a SYNTHETIC dataset's manifest (`dataset.json`): written by `npm run
 * data:synthetic` (scripts/synthetic/generate-synthetic.ts), read by the site (manifest.ts). No
 * imports, so the Node generator and the browser share it.
 */
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
	partition_keys: ['province_code', 'year'];
	partitions: FactPartition[];
	generated_by: string;
}
