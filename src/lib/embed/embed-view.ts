/**
 * Everything an embed draws, computed from the decoded tables (pure; runs at build time for the
 * prerendered defaults and in the browser for other states): the chart's data, its title and
 * subtitle, the source line and the rows of the data table / CSV.
 */
import { METRIC_BY_ID } from '../contract/metrics';
import type { ExplorerIndex } from '../explorer/explorer-data';
import type { ExplorerState } from '../explorer/url-state';
import {
	compareBars,
	defaultRegions,
	handlingBars,
	reportsInScope,
	trendSeries
} from '../explorer/view-data';
import type { CompareData, HandlingData, TrendData } from '../explorer/view-types';
import { metricLabel, t, tDynamic, unitLabel } from '../i18n';
import type { EmbedChart } from './embed-params';

export interface EmbedRow {
	series: string;
	year: number;
	category: string;
	value: number | null;
}

export interface EmbedView {
	chart: EmbedChart;
	title: string;
	subtitle: string;
	sourceLine: string;
	valueFormat: 'count' | 'percent';
	hasData: boolean;
	trend: TrendData | null;
	compare: CompareData | null;
	handling: HandlingData | null;
	rows: EmbedRow[];
}

export function embedView(index: ExplorerIndex, s: ExplorerState, chart: EmbedChart): EmbedView {
	const lang = s.lang;
	const regions = s.regions.length ? s.regions : defaultRegions(index, s);
	const def = METRIC_BY_ID.get(s.metric);
	const isRate = def?.unit === 'ratio';
	const mLabel = metricLabel(lang, s.metric);
	const scope = reportsInScope(index, s, regions);
	const years = scope.map((r) => r.year!);
	const span = years.length ? `${Math.min(...years)}–${Math.max(...years)}` : '';
	const unit =
		chart === 'handling' ? unitLabel(lang, 'requests') : def ? unitLabel(lang, def.unit) : '';
	// The title names the metric; the subtitle and the axis do not repeat it (a narrow frame has
	// room for it once): unit and years below the title, the unit on the axis.
	const subtitle = [unit, span].filter(Boolean).join(' · ');
	const axisLabel = unit || mLabel;
	const units = [...new Set(scope.map((r) => r.unit))];
	const sourceLine = t(lang, 'embed.source', { units: units.join(lang === 'zh' ? '、' : ', ') });
	const valueFormat: 'count' | 'percent' = isRate || s.relative !== null ? 'percent' : 'count';
	const base = { chart, subtitle, sourceLine, valueFormat };
	if (chart === 'trend') {
		const series = trendSeries(index, s, regions);
		return {
			...base,
			title: mLabel,
			hasData: series.some((x) => x.points.some((p) => p.value !== null)),
			trend: {
				title: mLabel,
				subtitle,
				yLabel:
					s.relative !== null ? t(lang, 'chart.relative_axis', { year: s.relative }) : axisLabel,
				valueFormat,
				scale: s.scale,
				relativeTo: s.relative,
				series
			},
			compare: null,
			handling: null,
			rows: series.flatMap((x) =>
				x.points.map((p) => ({ series: x.label, year: p.year, category: '', value: p.value }))
			)
		};
	}
	if (chart === 'compare') {
		const bars = compareBars(index, { ...s, relative: null }, regions);
		return {
			...base,
			valueFormat: isRate ? 'percent' : 'count',
			title: mLabel,
			hasData: bars.some((b) => b.value !== null),
			trend: null,
			compare: {
				title: mLabel,
				subtitle,
				xLabel: axisLabel,
				valueFormat: isRate ? 'percent' : 'count',
				year: s.year,
				bars
			},
			handling: null,
			rows: bars.map((b) => ({ series: b.label, year: b.year, category: '', value: b.value }))
		};
	}
	const h = handlingBars(index, s, regions, (id) =>
		s.handling === 'raw' ? metricLabel(lang, id) : tDynamic(lang, `handling.${id}`)
	);
	const title = t(lang, 'handling.title');
	const labelOf = new Map(h.categories.map((c) => [c.id, c.label]));
	return {
		...base,
		valueFormat: 'count',
		title,
		hasData: h.bars.some((b) => b.segments.some((x) => x.value !== null)),
		trend: null,
		compare: null,
		handling: { title, subtitle, categories: h.categories, bars: h.bars },
		rows: h.bars.flatMap((b) =>
			b.segments.map((x) => ({
				series: b.label,
				year: b.year,
				category: labelOf.get(x.category) ?? x.category,
				value: x.value
			}))
		)
	};
}
