/**
 * The default view of each embed, computed when the site is built (Node only: imported by the
 * prerendered server load). Reads static/data/*.parquet from disk with the same decoder as the browser.
 */
import { readTable } from '../data-files/read-table-file';
import { indexTables, type ExplorerIndex } from '../views/explorer-data';
import { defaultState } from '../views/url-state';
import type { Lang } from '../i18n';
import type { EmbedChart } from './embed-params';
import { VIEW_DATA } from '../views/data';
import type { ViewResult } from '../views/types';

let cached: Promise<ExplorerIndex> | null = null;

async function load(): Promise<ExplorerIndex> {
	const [reports, regions, facts, checks, harmonized] = await Promise.all([
		readTable('reports'),
		readTable('regions'),
		readTable('facts'),
		readTable('checks'),
		readTable('harmonized')
	]);
	return indexTables({ reports, regions, facts, checks, harmonized });
}

/** Every table of static/data, decoded and indexed once per build (the prerendered pages share it). */
export function buildTimeIndex(): Promise<ExplorerIndex> {
	cached ??= load();
	return cached;
}

/** The default embed of `chart` in both languages. */
export async function defaultViews(chart: EmbedChart): Promise<Record<Lang, ViewResult>> {
	const index = await buildTimeIndex();
	const view = (lang: Lang) =>
		VIEW_DATA[chart].build(index, { ...defaultState(), view: chart, lang }, lang, 'embed');
	return { zh: view('zh'), en: view('en') };
}
