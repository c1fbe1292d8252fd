/** The rows behind the current chart, for the Table tab and the CSV download. */
import { yearOverYear } from '../../contract/derived-evaluate';
import { derivedNotes } from '../../charts/tooltip-content';
import { compareZh } from '../../i18n/compare-zh';
import { chartStrings } from '../../i18n/labels';
import type { ExplorerIndex } from '../explorer-data';
import { regionName, reportUnitLabel } from '../view-data';
import type { TrendSeriesData } from '../../charts/chart-types';

export interface TableRow {
	region: string;
	region_id: string;
	unit: string;
	/** The unit's short distinct name ("平潭 · 管委会"), shown in the table; `unit` is the full name. */
	unit_label: string;
	year: number;
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	approx: boolean;
	failed_checks: string;
	/** The same checks as sentences in the table's language, for reading (the CSV keeps the ids). */
	check_notes: string;
	report_id: string;
	format: string;
	/** Change from the previous year of the same unit (consecutive years only), as a ratio. */
	yoy: number | null;
	/** Caveats of the value: incomplete sum, small denominator, partial year. */
	notes: string;
}

export function trendTableRows(
	index: ExplorerIndex,
	series: TrendSeriesData[],
	lang: 'zh' | 'en'
): TableRow[] {
	const rows: TableRow[] = [];
	const strings = chartStrings(lang);
	for (const s of series) {
		for (const [i, p] of s.points.entries()) {
			const report = p.source ? index.reportById.get(p.source.report_id) : undefined;
			rows.push({
				region: report ? regionName(index, report.region_id, lang) : s.label,
				region_id: report?.region_id ?? '',
				unit: report?.unit ?? '',
				unit_label: report ? reportUnitLabel(index, report, lang) : '',
				year: p.year,
				value: p.value,
				numerator: p.numerator ?? null,
				denominator: p.denominator ?? null,
				approx: p.approx,
				failed_checks: p.failedChecks.join(' '),
				check_notes: (p.checkNotes ?? []).join(' '),
				report_id: report?.report_id ?? '',
				format: p.format ?? '',
				yoy: yearOverYear(p, s.points[i - 1]),
				notes: derivedNotes(p, strings).join('; ')
			});
		}
	}
	return rows;
}

export type SortKey = keyof TableRow;

export function sortRows(rows: TableRow[], key: SortKey, descending: boolean): TableRow[] {
	const dir = descending ? -1 : 1;
	return [...rows].sort((a, b) => {
		const x = a[key];
		const y = b[key];
		if (x === y) return 0;
		if (x === null || x === '') return 1;
		if (y === null || y === '') return -1;
		if (typeof x === 'string' && typeof y === 'string') return compareZh(x, y) * dir;
		return (x < y ? -1 : 1) * dir;
	});
}
