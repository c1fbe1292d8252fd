/**
 * The default view of each embed, computed when the site is built (Node only: imported by the
 * prerendered server load), from the tables decoded at build time (views/build-time-index.ts).
 */
import { buildTimeIndex } from '../views/build-time-index';
import { defaultState } from '../views/url-state';
import type { Lang } from '../i18n';
import type { EmbedChart } from './embed-params';
import { VIEW_DATA } from '../views/data';
import { withAbout } from '../views/metric-about';
import { viewDef } from '../views/registry';
import type { ViewResult } from '../views/types';

/** The default embed of `chart` in both languages. */
export async function defaultViews(chart: EmbedChart): Promise<Record<Lang, ViewResult>> {
	const index = await buildTimeIndex();
	const state = defaultState();
	const metric = viewDef(chart).metric ?? state.metric;
	// With its "About this metric" line, so a default embed shows it without loading the spec.
	const view = (lang: Lang) =>
		withAbout(
			VIEW_DATA[chart].build(index, { ...state, view: chart, lang }, lang, 'embed'),
			lang,
			metric
		);
	return { zh: view('zh'), en: view('en') };
}
