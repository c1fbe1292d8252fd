/** The handling view's data: how each report's requests were handled, as stacked shares. */
import { handlingBars } from '../view-data';
import type { HandlingData } from '../../charts/chart-types';
import { metricLabel, t, tDynamic, unitLabel } from '../../i18n';
import { viewContext, viewSourceLine, viewSubtitle } from '../context';
import type { ViewData } from '../types';
import { keyRegion, regionNotices } from '../region-notices';

export const handlingData: ViewData<HandlingData> = {
	// 不予处理 and 其他处理 are told apart only by the facts.
	needsFacts: () => true,
	build(index, state, lang, frame) {
		const c = viewContext(index, state, lang);
		const subtitle = viewSubtitle(c, frame, unitLabel(lang, 'requests'));
		const h = handlingBars(index, state, c.regions, (id) =>
			state.handling === 'raw' ? metricLabel(lang, id) : tDynamic(lang, `handling.${id}`)
		);
		const title = t(lang, 'handling.title');
		const labelOf = new Map(h.categories.map((x) => [x.id, x.label]));
		return {
			title,
			subtitle,
			fileTitle: frame === 'explorer' ? `${title} · ${c.metricLabel}` : title,
			sourceLine: viewSourceLine(c, frame),
			valueFormat: 'count',
			hasData: h.bars.some((b) => b.segments.some((x) => x.value !== null)),
			data: { title, subtitle, categories: h.categories, bars: h.bars },
			rows: h.bars.flatMap((b) => [
				...b.segments.map((x) => ({
					series: b.label,
					year: b.year,
					category: labelOf.get(x.category) ?? x.category,
					value: x.value
				})),
				// Before 2019, the answers no printed category accounts for (the chart's hatched rest).
				...(b.unprinted
					? [
							{
								series: b.label,
								year: b.year,
								category: t(lang, 'chart.not_printed'),
								value: b.unprinted
							}
						]
					: [])
			]),
			categories: true,
			notices: regionNotices(
				c,
				new Set(
					h.bars
						.filter((b) => b.segments.some((x) => x.value !== null))
						.map((b) => keyRegion(b.key))
				),
				false
			)
		};
	}
};
