/**
 * The year-over-year view's data: the trend's series (one per region and reporting unit), each point
 * the change on the previous year by the metric spec's `yearOverYear`. A point keeps the later
 * report's source, checks and format, so its tooltip and a click open that report.
 */
import { yearOverYear } from '../../contract/derived-evaluate';
import type { TrendData, TrendSeriesData } from '../../charts/chart-types';
import '../../i18n/explorer-strings';
import { tDynamic } from '../../i18n/strings';
import { metricNeedsFacts, viewContext, viewSourceLine, viewSubtitle } from '../context';
import type { ViewData } from '../types';
import { keyRegion, regionNotices } from '../region-notices';
import { trendSeries } from '../view-data';

/** Each series' points as changes on the previous year (the first year has none). */
export function changeSeries(series: readonly TrendSeriesData[]): TrendSeriesData[] {
	return series.map((s) => ({
		...s,
		points: s.points.slice(1).map((p, i) => {
			const previous = s.points[i]!;
			return {
				...p,
				value: yearOverYear(p, previous),
				numerator: undefined,
				denominator: undefined,
				approx: p.approx || previous.approx,
				complete: p.complete !== false && previous.complete !== false
			};
		})
	}));
}

export const changeData: ViewData<TrendData> = {
	needsFacts: metricNeedsFacts,
	build(index, state, lang, frame) {
		const c = viewContext(index, state, lang);
		const subtitle = viewSubtitle(c, frame);
		const title = tDynamic(lang, 'change.title', { metric: c.metricLabel });
		const series = changeSeries(trendSeries(index, { ...state, relative: null }, c.regions));
		return {
			title,
			subtitle,
			fileTitle: title,
			sourceLine: viewSourceLine(c, frame),
			valueFormat: 'percent',
			hasData: series.some((x) => x.points.some((p) => p.value !== null)),
			data: {
				title,
				subtitle,
				yLabel: tDynamic(lang, 'change.axis'),
				valueFormat: 'percent',
				scale: 'linear',
				relativeTo: null,
				series
			},
			rows: series.flatMap((x) =>
				x.points.map((p) => ({ series: x.label, year: p.year, category: '', value: p.value }))
			),
			categories: false,
			notices: regionNotices(
				c,
				new Set(
					series.filter((x) => x.points.some((p) => p.value !== null)).map((x) => keyRegion(x.key))
				)
			)
		};
	}
};
