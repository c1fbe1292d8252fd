// /embed/<chart> for each embeddable view of the registry ($lib/views/registry) is prerendered with
// its default chart drawn; another chart name (served by the SPA fallback) is an error shown inside
// the frame (../+error.svelte). Each embed downloads only its own chart component (loaded here,
// before the page renders, so the prerendered chart hydrates), not the others.
import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { EMBED_CHARTS, isEmbedChart } from '$lib/embed/embed-params';
import type { Lang } from '$lib/i18n';
import { viewDef } from '$lib/views/registry';
import type { ViewResult } from '$lib/views/types';
import type { EntryGenerator, PageLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => EMBED_CHARTS.map((chart) => ({ chart }));

export const load: PageLoad = async ({ params, fetch }) => {
	const chart = params.chart;
	const def = isEmbedChart(chart) ? viewDef(chart).chart : undefined;
	if (!isEmbedChart(chart) || !def) error(404, 'unknown chart');
	const [response, component] = await Promise.all([
		fetch(resolve('/embed/[chart]/default.json', { chart })),
		def.load()
	]);
	if (!response.ok) error(response.status, 'the chart data could not be loaded');
	const views = (await response.json()) as Record<Lang, ViewResult>;
	return { chart, views, Chart: component.default };
};
