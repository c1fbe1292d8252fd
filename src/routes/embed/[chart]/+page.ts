// /embed/trend, /embed/compare and /embed/handling are prerendered with their default chart drawn;
// another chart name (served by the SPA fallback) is an error shown inside the frame (../+error.svelte).
import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { EMBED_CHARTS, isEmbedChart } from '$lib/embed/embed-params';
import type { EmbedView } from '$lib/embed/embed-view';
import type { Lang } from '$lib/i18n';
import type { EntryGenerator, PageLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => EMBED_CHARTS.map((chart) => ({ chart }));

export const load: PageLoad = async ({ params, fetch }) => {
	const chart = params.chart;
	if (!isEmbedChart(chart)) error(404, 'unknown chart');
	const response = await fetch(resolve('/embed/[chart]/default.json', { chart }));
	if (!response.ok) error(response.status, 'the chart data could not be loaded');
	const views = (await response.json()) as Record<Lang, EmbedView>;
	return { chart, views };
};
