/**
 * The default view of each embed, computed when the site is built (Node only: imported by the
 * prerendered server load). Reads static/data/*.parquet from disk with the same decoder as the browser.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeParquet } from '../data/decode-parquet';
import {
	indexTables,
	type CheckRow,
	type ExplorerIndex,
	type FactRow,
	type HarmonizedRow,
	type RegionRow,
	type ReportRow
} from '../explorer/explorer-data';
import { defaultState } from '../explorer/url-state';
import type { Lang } from '../i18n';
import type { EmbedChart } from './embed-params';
import { VIEW_DATA } from '../views/data';
import type { ViewResult } from '../views/types';

let cached: Promise<ExplorerIndex> | null = null;

async function rows(name: string): Promise<Record<string, unknown>[]> {
	const bytes = await readFile(resolve('static', 'data', `${name}.parquet`));
	const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
	return (await decodeParquet(name, buffer as ArrayBuffer)).rows;
}

async function load(): Promise<ExplorerIndex> {
	const [reports, regions, facts, checks, harmonized] = await Promise.all(
		['reports', 'regions', 'facts', 'checks', 'harmonized'].map(rows)
	);
	return indexTables({
		reports: reports as unknown as ReportRow[],
		regions: regions as unknown as RegionRow[],
		facts: facts as unknown as FactRow[],
		checks: checks as unknown as CheckRow[],
		harmonized: harmonized as unknown as HarmonizedRow[]
	});
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
