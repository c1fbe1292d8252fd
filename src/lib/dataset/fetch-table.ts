/**
 * Fetches and decodes one Parquet table of static/data (or of the synthetic dataset the page was
 * opened with, see $lib/dataset) once per page; the chart-first path and the engine share the same
 * promise, so every file crosses the network once. Every failure is a DataFileError naming the file
 * (missing, timeout, truncated, corrupt, unexpected schema); a failed file leaves the cache, so
 * calling fetchTable again (Retry) fetches that file, and only that file.
 */
import type { TableName } from '../contract/table-schemas';
import { datasetFolder, sourceKind } from './dataset';
import { DataFileError, parquetEnvelopeProblem } from '../data-files/data-file-error';
import { reportProgress } from '../data-files/data-progress.svelte';
import { decodeParquet, ParquetDecodeError, type DecodedTable } from '../data-files/decode-parquet';
import { checkedTable, type Table } from '../data-files/decode-table';
import { fetchBytes } from '../data-files/fetch-bytes';

const cache = new Map<TableName, Promise<DecodedTable>>();

export function dataUrl(file: string): string {
	return `${datasetFolder()}/${file}`;
}

async function load<N extends TableName>(name: N): Promise<Table<N>> {
	// Synthetic facts (millions of rows) are read by region or partition, never whole into the tab.
	if (name === 'facts' && sourceKind().facts !== 'whole')
		throw new Error('facts.parquet of a synthetic dataset is not loaded whole into the page');
	const file = `${name}.parquet`;
	try {
		const { bytes, expected } = await fetchBytes(dataUrl(file), file, (loaded, total) =>
			reportProgress(file, loaded, total)
		);
		const envelope = parquetEnvelopeProblem(file, bytes, expected);
		if (envelope) throw envelope;
		let table: DecodedTable;
		try {
			table = await decodeParquet(name, bytes.buffer as ArrayBuffer);
		} catch (error) {
			const reason =
				error instanceof ParquetDecodeError
					? error.message.slice(file.length + 2)
					: (error as Error).message;
			throw new DataFileError(file, 'corrupt', reason);
		}
		const checked = checkedTable(name, table);
		reportProgress(file, bytes.length, expected, 'done');
		return checked;
	} catch (error) {
		reportProgress(file, 0, null, 'failed');
		throw error instanceof DataFileError
			? error
			: new DataFileError(file, 'corrupt', (error as Error).message);
	}
}

export function fetchTable<N extends TableName>(name: N): Promise<Table<N>> {
	let p = cache.get(name) as Promise<Table<N>> | undefined;
	if (!p) {
		p = load(name);
		cache.set(name, p);
		p.catch(() => cache.delete(name));
	}
	return p;
}
