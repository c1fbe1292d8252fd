/**
 * Labels of contract entities in the current language: metrics and applicants (from the metric
 * dictionary), metric groups, eras, units, region levels, and the chart components' strings.
 */
import {
	APPLICANT_LABELS,
	METRIC_BY_ID,
	type Applicant,
	type Era,
	type Unit
} from '../contract/metrics';
import type { ChartStrings } from './chart-phrases';
import { dictionary, htmlLang, t, tDynamic, type Lang } from './strings';

export type RegionLevel = 'province' | 'city' | 'district' | 'county' | 'zone';

/** The metric's label (label_zh / label_en); an unknown id is returned as is. */
export function metricLabel(lang: Lang, metric: string): string {
	const def = METRIC_BY_ID.get(metric);
	if (!def) return metric;
	return lang === 'en' ? def.label_en : def.label_zh;
}

export function applicantLabel(lang: Lang, applicant: Applicant): string {
	const labels = Object.hasOwn(APPLICANT_LABELS, applicant) ? APPLICANT_LABELS[applicant] : null;
	return labels ? labels[lang] : applicant;
}

export function groupLabel(lang: Lang, group: string): string {
	return tDynamic(lang, `group.${group}`);
}

export function eraLabel(lang: Lang, era: Era): string {
	return tDynamic(lang, `era.${era}`);
}

export function unitLabel(lang: Lang, unit: Unit): string {
	return tDynamic(lang, `unit.${unit}`);
}

export function levelLabel(lang: Lang, level: RegionLevel | 'all'): string {
	return tDynamic(lang, `level.${level}`);
}

/** The labels the chart components take (src/lib/charts/chart-types.ts). */
export function chartStrings(lang: Lang): ChartStrings {
	return {
		noData: t(lang, 'chart.no_data'),
		approx: t(lang, 'chart.approx'),
		failedCheck: t(lang, 'chart.failed_check'),
		formatChange: t(lang, 'chart.format_change'),
		latestYear: t(lang, 'chart.latest_year'),
		share: t(lang, 'chart.share'),
		of: t(lang, 'chart.of'),
		missing: t(lang, 'chart.missing'),
		// Templates: the tooltip fills in {parts}, {n} and {months}.
		incomplete: dictionary(lang)['chart.incomplete'],
		notPrinted: t(lang, 'chart.not_printed'),
		notPrintedOf: dictionary(lang)['chart.not_printed_of'],
		accountedFor: dictionary(lang)['chart.accounted_for'],
		countsOnly: t(lang, 'chart.counts_only'),
		smallDenominator: dictionary(lang)['chart.small_denominator'],
		partialYear: dictionary(lang)['chart.partial_year'],
		imported: t(lang, 'chart.imported'),
		importedNote: t(lang, 'chart.imported_note'),
		sameYear: t(lang, 'chart.same_year'),
		locale: htmlLang(lang)
	};
}
