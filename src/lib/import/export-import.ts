/**
 * Exports one imported report's facts in the data contract's fact columns (docs/data-contract.md),
 * as CSV or Parquet (hyparquet-writer, in the browser), so a maintainer can check it and add the
 * report to data/reports. A corrected cell has method "corrected".
 */
import { FACTS, type ColumnType } from '../contract/table-schemas';
import { fileName, saveBlob } from '../shared/download';
import { toCsv } from '../shared/to-csv';
import type { RegionRow } from '../contract/rows';
import type { ImportRecord } from '../dataset/import-record';
import { reportFileName, reportFileText } from './report-file';

type ParquetType = 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN';
const PARQUET_TYPE: Record<ColumnType, ParquetType> = {
	VARCHAR: 'STRING',
	INTEGER: 'INT32',
	DOUBLE: 'DOUBLE',
	BOOLEAN: 'BOOLEAN'
};

/** The fact columns and their Parquet types, as the data build writes them (the contract's FACTS). */
export const FACT_COLUMNS: readonly [string, ParquetType][] = Object.entries(FACTS).map(
	([c, t]) => [c, PARQUET_TYPE[t]]
);

export function factRows(record: ImportRecord): Record<string, unknown>[] {
	return record.facts.map((f) => ({ ...f, imported: true }));
}

export function factsCsv(record: ImportRecord): string {
	return toCsv(
		FACT_COLUMNS.map(([c]) => c),
		factRows(record)
	);
}

export async function factsParquet(record: ImportRecord): Promise<ArrayBuffer> {
	const { parquetWriteBuffer } = await import('hyparquet-writer');
	const rows = factRows(record);
	return parquetWriteBuffer({
		columnData: FACT_COLUMNS.map(([name, type]) => ({
			name,
			type,
			data: rows.map((r) => (r[name] ?? null) as never)
		}))
	});
}

/** The import as a report file of data/reports (report-file.ts), for a reader to contribute. */
export function exportReportFile(record: ImportRecord, region: RegionRow | null): void {
	saveBlob(
		new Blob([reportFileText(record, region)], { type: 'text/plain;charset=utf-8' }),
		reportFileName(record)
	);
}

export async function exportImport(record: ImportRecord, kind: 'csv' | 'parquet'): Promise<void> {
	const base = `${record.report.region}-${record.report.unit}-${record.report.year}-facts`;
	if (kind === 'csv')
		saveBlob(
			new Blob(['\uFEFF' + factsCsv(record)], { type: 'text/csv;charset=utf-8' }),
			fileName(base, 'csv')
		);
	else
		saveBlob(
			new Blob([await factsParquet(record)], { type: 'application/vnd.apache.parquet' }),
			fileName(base, 'parquet')
		);
}
