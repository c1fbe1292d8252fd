/**
 * What an embed needs only when its state differs from the prerendered default (changesData): the
 * decoded tables, their index and the view computed from them. The embed page imports this module
 * on demand, so a default embed's first chart downloads none of it (its byte budget,
 * docs/performance.md).
 */
import { indexTables, type ExplorerIndex } from '../views/explorer-data';
import { loadExplorerTables } from '../views/load-explorer-tables';
import { COMPONENTS, RATES } from '../views/metric-values';
import type { DataFileError } from '../data-files/data-file-error';
import type { EmbedChart } from './embed-params';

export { embedView } from './embed-view';

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

/** The handling chart and raw metrics need the facts; harmonized metrics and rates do not. */
export function needsFacts(chart: EmbedChart, metric: string): boolean {
	return chart === 'handling' || !(metric in COMPONENTS || metric in RATES);
}
