// The default view's chart (the trend of the default state, both languages), computed from
// static/data when the site is built and rendered into the prerendered /explore, so a reader sees
// the chart before any script runs; the browser computes the same data from the tables and
// hydration keeps the SVG. Other states draw once the tables are loaded.
import { buildTimeIndex } from '$lib/embed/build-time';
import { trendView } from '$lib/explorer/trend-view';
import { defaultState } from '$lib/views/url-state';
import { defaultRegions } from '$lib/views/view-data';
import type { Lang } from '$lib/i18n';
import type { TrendData } from '$lib/charts/chart-types';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = async () => {
	const index = await buildTimeIndex();
	const view = (lang: Lang) => {
		const state = { ...defaultState(), lang };
		return trendView(index, state, defaultRegions(index, state));
	};
	const trends: Record<Lang, TrendData> = { zh: view('zh'), en: view('en') };
	return { trends };
};
