/**
 * The profile's chart: one metric over the years, one line per unit of one scope (whole-region
 * government, general office or departments), in the chart components' TrendData. Pure, so the
 * build paints the default chart into the prerendered page and the browser draws the same SVG.
 */
import { METRIC_BY_ID } from '../contract/metrics';
import type { TrendData } from '../charts/chart-types';
import { metricLabel, tDynamic, type Lang } from '../i18n';
import '../i18n/region-strings';
import { shortUnit, type ProfileMetric, type RegionProfile } from './region-profile';

export function profileTrend(
	profile: RegionProfile,
	metric: ProfileMetric,
	scope: string,
	lang: Lang
): TrendData {
	const label = metricLabel(lang, metric);
	const units = profile.units.filter((u) => u.scope === scope);
	const years = units.flatMap((u) => u.reports.map((r) => r.year));
	const span = years.length ? `${Math.min(...years)}–${Math.max(...years)}` : '';
	const name = lang === 'zh' ? profile.name_zh : profile.name_en;
	return {
		title: label,
		subtitle: [name, tDynamic(lang, `region.scope_${scope}`), span].filter(Boolean).join(' · '),
		yLabel: label,
		valueFormat: METRIC_BY_ID.get(metric)?.unit === 'ratio' ? 'percent' : 'count',
		scale: 'linear',
		relativeTo: null,
		series: units.map((u) => ({
			key: `${profile.region_id}|${u.unit}`,
			label: shortUnit(u.unit, profile.name_zh),
			points: u.reports.map((r) => {
				const v = r.values[metric];
				return {
					year: r.year,
					format: r.format,
					value: v.value,
					numerator: v.numerator,
					denominator: v.denominator,
					approx: v.approx,
					failedChecks: [...new Set(r.failed.map((c) => c.check))],
					source: {
						report_id: r.report_id,
						// A click opens the report's whole text (the explorer's ?report=).
						metrics: [],
						applicant: 'total',
						region_id: profile.region_id,
						year: r.year
					}
				};
			})
		}))
	};
}
