// The default view's chart (the default state, both languages), computed from static/data when the
// site is built and rendered into the prerendered /explore, so a reader sees the chart before any
// script runs; the browser computes the same data from the tables and hydration keeps the SVG.
// Other states draw once the tables are loaded.
import { buildTimeIndex } from '$lib/views/build-time-index';
import { defaultState } from '$lib/views/url-state';
import type { Lang } from '$lib/i18n';
import { VIEW_DATA } from '$lib/views/data';
import { DEFAULT_VIEW } from '$lib/views/registry';
import type { ViewResult } from '$lib/views/types';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = async () => {
	const index = await buildTimeIndex();
	const view = (lang: Lang): Pick<ViewResult, 'data' | 'hasData'> => {
		const { data, hasData } = VIEW_DATA[DEFAULT_VIEW].build(
			index,
			{ ...defaultState(), lang },
			lang,
			'explorer'
		);
		return { data, hasData };
	};
	const views: Record<Lang, Pick<ViewResult, 'data' | 'hasData'>> = {
		zh: view('zh'),
		en: view('en')
	};
	return { views };
};
