/**
 * Keeps the stored imports' cross-year checks true to what is loaded: after an import is added or
 * deleted, every import's check rows of that kind are computed again (import-cross-year.ts) against
 * our published reports and the other imports, and the records that changed are saved. An import
 * added before its previous year therefore gets its check when that year is added, and loses it
 * when that year is deleted.
 */
import { fetchTable } from '../dataset/fetch-table';
import {
	CROSS_YEAR_CHECK,
	crossYearChecksOf,
	yearReportOfRecord,
	yearReports,
	type YearReport
} from './import-cross-year';
import type { ImportRecord } from '../dataset/import-record';
import { listImports, saveImport } from '../dataset/import-store';

/** Our published reports as YearReports; none when the files cannot be read. */
export async function publishedYearReports(): Promise<YearReport[]> {
	try {
		const [reports, facts] = await Promise.all([fetchTable('reports'), fetchTable('facts')]);
		return yearReports(reports.rows, facts.rows);
	} catch {
		return [];
	}
}

/** The record with its cross-year check rows computed again (the same object if none changed). */
export function withCrossYear(
	record: ImportRecord,
	published: readonly YearReport[],
	imports: readonly ImportRecord[]
): ImportRecord {
	const others = [
		...published,
		...imports.filter((r) => r.report_id !== record.report_id).map(yearReportOfRecord)
	];
	const rows = crossYearChecksOf(yearReportOfRecord(record), others);
	const kept = record.checks.filter((c) => c.check !== CROSS_YEAR_CHECK);
	const checks = [...kept, ...rows];
	if (JSON.stringify(checks) === JSON.stringify(record.checks)) return record;
	const failed = checks.filter((c) => c.report_id === record.report_id && c.status === 'fail');
	return { ...record, checks, report: { ...record.report, n_checks_failed: failed.length } };
}

/** Recomputes every import's cross-year checks and saves those that changed. */
export async function refreshCrossYear(): Promise<void> {
	const [published, imports] = await Promise.all([publishedYearReports(), listImports()]);
	for (const record of imports) {
		const next = withCrossYear(record, published, imports);
		if (next !== record) await saveImport(next);
	}
}
