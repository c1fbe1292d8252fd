/** How a region profile writes a report's value and links to its text (every table of the page). */
import { resolve } from '$app/paths';
import { METRIC_BY_ID } from '../contract/metrics';
import { formatNumber, formatValue, type Lang } from '../i18n';
import type { ProfileMetric, ProfileReport } from './region-profile';

function percentMetric(m: string): boolean {
	return METRIC_BY_ID.get(m)?.unit === 'ratio';
}

/** The report's value of the metric, as a count or a percentage. */
export function formatMetric(lang: Lang, r: ProfileReport, m: ProfileMetric): string {
	return formatValue(lang, r.values[m].value, percentMetric(m) ? 'percent' : 'count');
}

/** A rate's numerator and denominator, for the cell's title. */
export function valueTitle(lang: Lang, r: ProfileReport, m: ProfileMetric): string | undefined {
	const v = r.values[m];
	if (!percentMetric(m) || v.numerator === null || v.denominator === null) return undefined;
	return `${formatNumber(lang, v.numerator)} / ${formatNumber(lang, v.denominator)}`;
}

/** The explorer's sources view with this report's text open (the coverage page's link). */
export function textHref(lang: Lang, regionId: string, reportId: string): string {
	const q = new URLSearchParams({
		view: 'sources',
		regions: regionId,
		units: 'all',
		lang,
		report: reportId
	});
	return `${resolve('/explore')}?${q.toString()}`;
}
