/**
 * Fetches a report's normalized text (static/data/texts, or an import's in IndexedDB) once per
 * page. A published text that cannot be fetched is a DataFileError naming `texts/<id>.txt`, like
 * every other data file, and is fetched again on the next call (Retry).
 */
import { fetchBytes } from '../data-files/fetch-bytes';
import { dataUrl } from '../dataset/fetch-table';
import { isImportedId } from '../dataset/import-id';

const cache = new Map<string, Promise<string>>();

export function loadReportText(reportId: string): Promise<string> {
	let p = cache.get(reportId);
	if (!p && isImportedId(reportId)) {
		// An imported report's text is kept in this browser with its rows.
		// The import code loads only for an imported report.
		return import('../dataset/imported-tables')
			.then((m) => m.importedRecords())
			.then((records) => {
				const record = records.find((r) => r.report_id === reportId);
				if (!record) throw new Error(`${reportId}: not among this browser's imports`);
				return record.text;
			});
	}
	if (!p) {
		p = fetchBytes(
			dataUrl(`texts/${encodeURIComponent(reportId)}.txt`),
			`texts/${reportId}.txt`
		).then(({ bytes }) => new TextDecoder().decode(bytes));
		cache.set(reportId, p);
		p.catch(() => cache.delete(reportId));
	}
	return p;
}
