// The default view of each embed in both languages, computed from static/data at build time
// (prerendered to /embed/<chart>/default.json; the page's load fetches it, and SvelteKit inlines the
// response into the prerendered HTML, so a default embed makes no data request at all).
import { error, json } from '@sveltejs/kit';
import { defaultViews } from '$lib/embed/build-time';
import { EMBED_CHARTS, isEmbedChart } from '$lib/embed/embed-params';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => EMBED_CHARTS.map((chart) => ({ chart }));

export const GET: RequestHandler = async ({ params }) => {
	if (!isEmbedChart(params.chart)) error(404, 'unknown chart');
	return json(await defaultViews(params.chart));
};
