/**
 * The report_id of an imported report: "imported:" and the first 16 hex digits of the SHA-256 of
 * its text, region, unit and year. It cannot collide with a report of data/reports (whose ids are
 * file stems without a colon), and the same report imported twice gets the same id.
 */
export const IMPORTED_PREFIX = 'imported:';

export async function importId(
	text: string,
	region_id: string,
	unit: string,
	year: number | null
): Promise<string> {
	const bytes = new TextEncoder().encode([region_id, unit, year ?? '', text].join('\u0000'));
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
	const hex = [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
	return `${IMPORTED_PREFIX}${hex}`;
}

export function isImportedId(reportId: string): boolean {
	return reportId.startsWith(IMPORTED_PREFIX);
}
