/**
 * A dropped file as an Arrow table: CSV/TSV parsed in JavaScript, Parquet decoded with hyparquet.
 * The engine itself may not read files (external access is disabled), so the table is built here
 * and inserted as Arrow.
 */
import type { Table } from 'apache-arrow';
import { decodeParquet } from '$lib/data/decode-parquet';
import { toArrow } from '$lib/data/to-arrow';
import { csvToArrow } from './parse-csv';

export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

export async function readUpload(file: File): Promise<Table> {
	if (file.size > MAX_UPLOAD_BYTES) throw new Error(`${file.name} is larger than 200 MB`);
	if (/\.parquet$/i.test(file.name)) {
		return toArrow(
			await decodeParquet(file.name.replace(/\.parquet$/i, ''), await file.arrayBuffer())
		);
	}
	return csvToArrow(await file.text());
}
