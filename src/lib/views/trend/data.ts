/** The trend view's data: one line per region and reporting unit over the years. */
import { trendSeries } from '../view-data';
import type { TrendData } from '../../charts/chart-types';
import { t } from '../../i18n';
import { metricNeedsFacts, metricViewHead, valueAxisLabel } from '../context';
import type { ViewData } from '../types';
import { keyRegion, regionNotices } from '../region-notices';

export const trendData: ViewData<TrendData> = {
	needsFacts: metricNeedsFacts,
	build(index, state, lang, frame) {
		const { c, head } = metricViewHead(index, state, lang, frame, (c) =>
			c.isRate || state.relative !== null ? 'percent' : 'count'
		);
		const series = trendSeries(index, state, c.regions);
		return {
			...head,
			hasData: series.some((x) => x.points.some((p) => p.value !== null)),
			data: {
				title: head.title,
				subtitle: head.subtitle,
				yLabel:
					state.relative !== null
						? t(lang, 'chart.relative_axis', { year: state.relative })
						: valueAxisLabel(c, frame),
				valueFormat: head.valueFormat,
				scale: state.scale,
				relativeTo: state.relative,
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
