// The home chart, computed from static/data when the site is built and rendered into the
// prerendered page: a reader sees it before any script runs, and the page downloads no data file.
import { buildTimeIndex } from '$lib/views/build-time-index';
import { longestSeries, requestsSeries } from '$lib/data-files/requests-series';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = async () => {
	const { tables } = await buildTimeIndex();
	const series = longestSeries(requestsSeries(tables.facts, tables.reports)) ?? null;
	const regionEn = series
		? (tables.regions.find((r) => r.region_id === series.region_id)?.name_en ?? '')
		: '';
	return { series, regionEn };
};
