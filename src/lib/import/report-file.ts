/**
 * A reader's import as a report file in the form of data/reports (front matter + the report text),
 * so they can send it to the maintainers and `npm run data` builds it as it is: region, unit and
 * year as the reader confirmed them, the region's code, parent, province and level from the
 * dictionary, and one `correction:` line per cell the reader set by hand, with the value the engine
 * read. The data build reads the numbers from the text again (sources are never repaired): the
 * corrections are recorded for the maintainer, who decides whether the engine misread the cell.
 */
import type { RegionRow } from '../contract/rows';
import type { Correction, ImportRecord } from '../dataset/import-record';

/** A front-matter value on one line (a line break would end the field or the block). */
const oneLine = (v: string | number | null | undefined) =>
	String(v ?? '')
		.replace(/[\r\n\u2028\u2029]+/g, ' ')
		.trim();

function correctionLine(c: Correction): string {
	const read =
		c.original_raw !== null && c.original_raw !== ''
			? `"${c.original_raw}" (${c.original ?? 'no number'})`
			: c.original !== null
				? String(c.original)
				: 'nothing';
	return `${c.metric} ${c.applicant} = ${c.value} (the engine read ${read})`;
}

/** The report file's text: front matter, then the normalized report text the facts' spans index. */
export function reportFileText(record: ImportRecord, region: RegionRow | null): string {
	const r = record.report;
	const known = region ?? record.newRegion;
	const fields: [string, string | number | null | undefined][] = [
		['region', r.region],
		['region_code', r.region_id],
		['parent_code', known?.parent_id],
		['province', known?.province],
		['level', known?.level],
		['unit', r.unit],
		['unit_scope', r.unit_scope],
		['year', r.year],
		['source', `imported by a reader in the browser from ${record.origin} on ${record.added}`],
		[
			'note',
			record.newRegion
				? `a region the site did not know (${record.newRegion.name_zh}${record.newRegion.name_en ? ` / ${record.newRegion.name_en}` : ''}): give it a code or add it to data/regions.csv`
				: ''
		],
		...record.corrections.map((c): [string, string] => ['correction', correctionLine(c)])
	];
	const lines = fields
		.map(([k, v]) => [k, oneLine(v)] as const)
		.filter(([, v]) => v !== '')
		.map(([k, v]) => `${k}: ${v}`);
	const body = record.text.endsWith('\n') ? record.text : `${record.text}\n`;
	return `---\n${lines.join('\n')}\n---\n${body}`;
}

/**
 * `<region code>-<8 hex of the import id>_<year>.txt`: the data build's report_id is the file stem,
 * so it is unique, has the year last like ours, and no character a file system refuses.
 */
export function reportFileName(record: ImportRecord): string {
	const hex = record.report_id.replace(/^imported:/, '').slice(0, 8);
	const code = record.report.region_id.replace(/[^\w-]/g, '') || 'region';
	return `${code}-${hex}_${record.report.year ?? 'unknown'}.txt`;
}
