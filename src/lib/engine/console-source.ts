/**
 * The console's data source: what a query needs read before it runs, for the data of this page
 * session (`sourceKind` in dataset/dataset.ts). The published data is attached whole (nothing to read ahead);
 * synthetic partitioned facts load the partitions and columns the query reads. The console page
 * receives one and never asks which it has.
 */
import { sourceKind } from '../dataset/dataset';
import type { FactsRead } from './synthetic-engine';

export type { FactsRead };

export interface ConsoleSource {
	/** What the page says it shows, (dataset.ts, sourceKind). */
	readonly label: string;
	/** Reads what `sql` needs ahead of its run; null when nothing was read ahead. */
	prepareForQuery(sql: string): Promise<FactsRead | null>;
	/** Keeps this data on a query string the page builds. */
	withParam(search: string): string;
}

const attached: Omit<ConsoleSource, 'label' | 'withParam'> = {
	prepareForQuery: async () => null
};

const inMemory: Omit<ConsoleSource, 'label' | 'withParam'> = {
	async prepareForQuery(sql) {
		const [{ prepareFacts }, { loadEngineWithData }] = await Promise.all([
			import('./synthetic-engine'),
			import('./load-tables')
		]);
		return prepareFacts(await loadEngineWithData(), sql);
	}
};

/** The console's source for this page session's data. */
export function consoleSource(): ConsoleSource {
	const kind = sourceKind();
	return {
		...(kind.engineBase === 'memory' ? inMemory : attached),
		label: kind.label,
		withParam: (search) => kind.withParam(search)
	};
}
