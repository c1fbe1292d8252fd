/**
 * The report_id of an imported report: "imported:" and the first 16 hex digits of the SHA-256 of
 * its text, region, unit and year. It cannot collide with a report of data/reports (whose ids are
 * file stems without a colon), and the same report imported twice gets the same id. Where the
 * browser has no `crypto.subtle` (a page served over plain http on a network address), the same
 * digest is computed in JavaScript.
 */
import { sha256 } from './sha256';

export const IMPORTED_PREFIX = 'imported:';

export async function importId(
	text: string,
	region_id: string,
	unit: string,
	year: number | null
): Promise<string> {
	const bytes = new TextEncoder().encode([region_id, unit, year ?? '', text].join('\u0000'));
	const subtle = globalThis.crypto?.subtle;
	const digest = subtle ? new Uint8Array(await subtle.digest('SHA-256', bytes)) : sha256(bytes);
	const hex = [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
	return `${IMPORTED_PREFIX}${hex}`;
}

export function isImportedId(reportId: string): boolean {
	return reportId.startsWith(IMPORTED_PREFIX);
}
