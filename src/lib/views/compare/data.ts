/** The compare view's data: one bar per region and reporting unit, in one year or each one's latest. */
import { compareBars } from '../view-data';
import type { CompareData } from '../../charts/chart-types';
import { metricNeedsFacts, metricViewHead, valueAxisLabel } from '../context';
import type { ViewData } from '../types';
import { keyRegion, regionNotices } from '../region-notices';

export const compareData: ViewData<CompareData> = {
	needsFacts: metricNeedsFacts,
	build(index, state, lang, frame) {
		const { c, head } = metricViewHead(index, state, lang, frame, (c) =>
			c.isRate ? 'percent' : 'count'
		);
		const bars = compareBars(index, { ...state, relative: null }, c.regions);
		return {
			...head,
			hasData: bars.some((b) => b.value !== null),
			data: {
				title: head.title,
				subtitle: head.subtitle,
				xLabel: valueAxisLabel(c, frame),
				valueFormat: head.valueFormat,
				year: state.year,
				bars
			},
			rows: bars.map((b) => ({ series: b.label, year: b.year, category: '', value: b.value })),
			categories: false,
			notices: regionNotices(
				c,
				new Set(bars.filter((b) => b.value !== null).map((b) => keyRegion(b.key)))
			)
		};
	}
};
