/** Fetches a report's normalized text (static/data/texts) once per page. */
import { dataUrl } from '../data/fetch-table';

const cache = new Map<string, Promise<string>>();

export function loadReportText(reportId: string): Promise<string> {
	let p = cache.get(reportId);
	if (!p) {
		p = fetch(dataUrl(`texts/${encodeURIComponent(reportId)}.txt`)).then((r) => {
			if (!r.ok) throw new Error(`texts/${reportId}.txt: HTTP ${r.status}`);
			return r.text();
		});
		cache.set(reportId, p);
		p.catch(() => cache.delete(reportId));
	}
	return p;
}
