/**
 * What an embed needs only when its state differs from the prerendered default (changesData): the
 * decoded tables, their index and the view computed from them. The embed page imports this module
 * on demand, so a default embed's first chart downloads none of it (its byte budget,
 * docs/performance.md).
 */
import { indexTables, type ExplorerIndex } from '../views/explorer-data';
import { loadExplorerTables } from '../views/load-explorer-tables';
import type { ExplorerState } from '../views/url-state';
import type { DataFileError } from '../data-files/data-file-error';
import { VIEW_DATA } from '../views/data';
import type { ViewResult } from '../views/types';
import { withAbout } from '../views/metric-about';
import { viewDef } from '../views/registry';
import type { EmbedChart } from './embed-params';

export interface EmbedData {
	/** null when a core file failed */
	index: ExplorerIndex | null;
	errors: DataFileError[];
	factsLoaded: boolean;
}

/** Our published tables only: embeds never show a reader's imports. */
export async function loadEmbedData(): Promise<EmbedData> {
	const r = await loadExplorerTables();
	return {
		index: r.tables ? indexTables(r.tables) : null,
		errors: r.errors,
		factsLoaded: r.factsLoaded
	};
}

/**
 * The chart's view of a state, worded for an embed (the views' own build, src/lib/views), with its
 * "About this metric" line.
 */
export function embedView(
	index: ExplorerIndex,
	state: ExplorerState,
	chart: EmbedChart
): ViewResult {
	return withAbout(
		VIEW_DATA[chart].build(index, state, state.lang, 'embed'),
		state.lang,
		viewDef(chart).metric ?? state.metric
	);
}

/** Whether the chart needs facts.parquet for this state. */
export function needsFacts(chart: EmbedChart, state: ExplorerState): boolean {
	return VIEW_DATA[chart].needsFacts(state);
}
