// /embed/trend, /embed/compare and /embed/handling are prerendered with their default chart drawn;
// another chart name (served by the SPA fallback) is an error shown inside the frame (../+error.svelte).
// Each embed downloads only its own chart component (loaded here, before the page renders, so the
// prerendered chart hydrates), not the other two.
import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import type CompareBars from '$lib/charts/CompareBars.svelte';
import type HandlingBars from '$lib/charts/HandlingBars.svelte';
import type MultiTrendChart from '$lib/charts/MultiTrendChart.svelte';
import { EMBED_CHARTS, isEmbedChart, type EmbedChart } from '$lib/embed/embed-params';
import type { EmbedView } from '$lib/embed/embed-view';
import type { Lang } from '$lib/i18n';
import type { EntryGenerator, PageLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => EMBED_CHARTS.map((chart) => ({ chart }));

/** The component of each chart; an embed holds only its own. */
export interface ChartComponents {
	trend?: typeof MultiTrendChart;
	compare?: typeof CompareBars;
	handling?: typeof HandlingBars;
}

async function chartComponent(chart: EmbedChart): Promise<ChartComponents> {
	if (chart === 'trend') return { trend: (await import('$lib/embed/charts/trend-chart')).default };
	if (chart === 'compare')
		return { compare: (await import('$lib/embed/charts/compare-chart')).default };
	return { handling: (await import('$lib/embed/charts/handling-chart')).default };
}

export const load: PageLoad = async ({ params, fetch }) => {
	const chart = params.chart;
	if (!isEmbedChart(chart)) error(404, 'unknown chart');
	const [response, charts] = await Promise.all([
		fetch(resolve('/embed/[chart]/default.json', { chart })),
		chartComponent(chart)
	]);
	if (!response.ok) error(response.status, 'the chart data could not be loaded');
	const views = (await response.json()) as Record<Lang, EmbedView>;
	return { chart, views, charts };
};
