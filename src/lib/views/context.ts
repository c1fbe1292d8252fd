/**
 * What every chart view shares when it is built: the regions drawn, the reports in scope, the
 * metric's label, the subtitle and the source line (worded for the explorer or for an embed).
 */
import { APPLICANTS, METRIC_BY_ID } from '../contract/metrics';
import type { ReportRow } from '../contract/rows';
import type { ExplorerIndex } from './explorer-data';
import { fromCube } from './metric-values';
import { usesDefaultRegions, type ExplorerState } from './url-state';
import { defaultRegions, isRateMetric, reportsInScope } from './view-data';
import { applicantLabel, metricLabel, t, unitLabel, type Lang } from '../i18n';
import type { ValueFormat } from '../charts/chart-types';
import type { ViewFrame } from './types';

export interface ViewContext {
	index: ExplorerIndex;
	state: ExplorerState;
	lang: Lang;
	/** The regions drawn: the URL's, or the default ones for the metric. */
	regions: string[];
	/** The reports in scope, in table order. */
	scope: ReportRow[];
	metricLabel: string;
	isRate: boolean;
}

export function viewContext(index: ExplorerIndex, state: ExplorerState, lang: Lang): ViewContext {
	const regions = usesDefaultRegions(state) ? defaultRegions(index, state) : state.regions;
	return {
		index,
		state,
		lang,
		regions,
		scope: reportsInScope(index, state, regions),
		metricLabel: metricLabel(lang, state.metric),
		isRate: isRateMetric(state.metric)
	};
}

function span(scope: ReportRow[]): string {
	const years = scope.map((r) => r.year!);
	return years.length ? `${Math.min(...years)}–${Math.max(...years)}` : '';
}

/**
 * The line under a chart's title. In the explorer: applicant (unless total) · year span · relative
 * base year. In an embed, which has no controls around it: the metric's unit (or `unit`) · year
 * span — the title names the metric, and a narrow frame has room for it once.
 */
export function viewSubtitle(c: ViewContext, frame: ViewFrame, unit?: string): string {
	const { lang, state } = c;
	if (frame === 'explorer')
		return [
			state.applicant !== 'total'
				? applicantLabel(lang, state.applicant as (typeof APPLICANTS)[number])
				: '',
			span(c.scope),
			state.relative !== null ? t(lang, 'control.relative_since', { year: state.relative }) : ''
		]
			.filter(Boolean)
			.join(' · ');
	const def = METRIC_BY_ID.get(state.metric);
	return [unit ?? (def ? unitLabel(lang, def.unit) : ''), span(c.scope)]
		.filter(Boolean)
		.join(' · ');
}

/** The value axis's label: the metric in the explorer; in an embed its unit (the title names it). */
export function valueAxisLabel(c: ViewContext, frame: ViewFrame): string {
	if (frame === 'explorer') return c.metricLabel;
	const def = METRIC_BY_ID.get(c.state.metric);
	return (def ? unitLabel(c.lang, def.unit) : '') || c.metricLabel;
}

/** The reports in scope by region and year (the sources view, the explorer's source line). */
export function sortedScope(c: ViewContext): ReportRow[] {
	return [...c.scope].sort((a, b) => a.region_id.localeCompare(b.region_id) || a.year! - b.year!);
}

/**
 * What the view on screen counts: the reports in scope, and how many of them the reader imported
 * ("48 reports, 1 imported"); the explorer's status line and the sources view say it.
 */
export function scopeCountText(lang: Lang, scope: readonly ReportRow[]): string {
	const imported = scope.filter((r) => r.imported === true).length;
	return imported > 0
		? t(lang, 'sources.reports_imported', { count: scope.length, imported })
		: t(lang, 'sources.reports', { count: scope.length });
}

/** "Source: the annual reports of …", naming each reporting unit once. */
export function sourceLine(lang: Lang, reports: ReportRow[]): string {
	const units = [...new Set(reports.map((r) => r.unit))];
	return t(lang, 'embed.source', { units: units.join(lang === 'zh' ? '、' : ', ') });
}

export function viewSourceLine(c: ViewContext, frame: ViewFrame): string {
	return sourceLine(c.lang, frame === 'explorer' ? sortedScope(c) : c.scope);
}

/** Whether a metric needs facts.parquet: harmonized metrics and rates come from the core tables. */
export function metricNeedsFacts(state: ExplorerState): boolean {
	return !fromCube(state.metric);
}

/**
 * How a view of the metric's own values (trend, compare) opens: the context, its title (the
 * metric), subtitle, file title and source line, in the value format it is drawn in.
 */
export function metricViewHead(
	index: ExplorerIndex,
	state: ExplorerState,
	lang: Lang,
	frame: ViewFrame,
	valueFormat: (c: ViewContext) => ValueFormat
) {
	const c = viewContext(index, state, lang);
	return {
		c,
		head: {
			title: c.metricLabel,
			subtitle: viewSubtitle(c, frame),
			fileTitle: c.metricLabel,
			sourceLine: viewSourceLine(c, frame),
			valueFormat: valueFormat(c)
		}
	};
}
