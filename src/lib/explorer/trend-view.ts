/**
 * The explorer's trend view (chart data and the subtitle every view shares), computed from the
 * decoded tables. Pure: the browser runs it on the loaded tables and the build runs it for the
 * default view, whose chart is prerendered into /explore (routes/explore/+page.server.ts), so both
 * draw the same SVG and hydration keeps it.
 */
import { APPLICANTS, METRICS } from '../contract/metrics';
import { applicantLabel, metricLabel, t } from '../i18n';
import type { ExplorerIndex } from '../views/explorer-data';
import type { ExplorerState } from '../views/url-state';
import { reportsInScope, trendSeries } from '../views/view-data';
import type { TrendData } from '../charts/chart-types';

/** Applicant (unless total) · year span · relative base year: the line under every view's title. */
export function explorerSubtitle(
	index: ExplorerIndex,
	state: ExplorerState,
	regions: string[]
): string {
	const lang = state.lang;
	const years = reportsInScope(index, state, regions).map((r) => r.year!);
	const span = years.length ? `${Math.min(...years)}–${Math.max(...years)}` : '';
	return [
		state.applicant !== 'total'
			? applicantLabel(lang, state.applicant as (typeof APPLICANTS)[number])
			: '',
		span,
		state.relative !== null ? t(lang, 'control.relative_since', { year: state.relative }) : ''
	]
		.filter(Boolean)
		.join(' · ');
}

/** Whether the state's metric is a rate (drawn as a percentage). */
export function isRateMetric(metric: string): boolean {
	return METRICS.find((m) => m.metric === metric)?.unit === 'ratio';
}

export function trendView(
	index: ExplorerIndex,
	state: ExplorerState,
	regions: string[]
): TrendData {
	const lang = state.lang;
	const mLabel = metricLabel(lang, state.metric);
	return {
		title: mLabel,
		subtitle: explorerSubtitle(index, state, regions),
		yLabel:
			state.relative !== null ? t(lang, 'chart.relative_axis', { year: state.relative }) : mLabel,
		valueFormat: isRateMetric(state.metric) || state.relative !== null ? 'percent' : 'count',
		scale: state.scale,
		relativeTo: state.relative,
		series: trendSeries(index, state, regions)
	};
}

/** Whether a trend has any value to draw. */
export function trendHasData(data: TrendData): boolean {
	return data.series.some((s) => s.points.some((p) => p.value !== null));
}
