/**
 * The one interface a page reads its data through (Mosaic's Connector is the model: one small
 * interface, several back ends). `explorerSource()` picks the back end once per page session:
 *
 * - the published data joined with the reader's imports (the explorer's default),
 * - the published data only (`publishedSource`, the embeds),
 * - synthetic scale data (`?dataset=`, the benchmark): facts are read per region, there are no checks.
 *
 * A page asks for tables, never which back end it has.
 */
import type { DataFileError } from '../data-files/data-file-error';
import type { CheckRow, FactRow } from '../contract/rows';
import type { ExplorerTables } from './explorer-data';
import { loadChecks, loadCoreTables, loadFacts, type LoadOptions } from './load-explorer-tables';
import { sourceKind } from '../dataset/dataset';

export interface DataSource {
	/** The core tables (reports, regions, harmonized), or every core file that failed. */
	core(): Promise<{ core: ExplorerTables | null; errors: DataFileError[] }>;
	/** The facts, at least those of these regions (a DataFileError naming facts.parquet on failure). */
	facts(regions: readonly string[]): Promise<FactRow[]>;
	/** Every fact read so far if these regions' facts were not yet among them; null when they were. */
	moreFacts(regions: readonly string[]): Promise<FactRow[] | null>;
	/** The checks (a DataFileError naming checks.parquet on failure). */
	checks(): Promise<CheckRow[]>;
	/** Whether the build's prerendered charts show this data (the published tables' own). */
	readonly prerendered: boolean;
	/** The SQL engine with this data (only when a page asks for it: it is megabytes). */
	engine(): Promise<unknown>;
}

/** Starts the SQL engine with this data; given by the page (views never import the engine). */
export type EngineLoader = () => Promise<unknown>;

const noEngine: EngineLoader = () =>
	Promise.reject(new Error('This page did not give its data source an SQL engine.'));

function published(options: LoadOptions, engine: EngineLoader = noEngine): DataSource {
	return {
		core: () => loadCoreTables(options),
		facts: () => loadFacts(options),
		moreFacts: async () => null,
		checks: () => loadChecks(options),
		prerendered: true,
		engine
	};
}

/** Our published tables only (embeds never show a reader's imports). */
export const publishedSource: DataSource = published({ imports: false });

/** Our published tables with the reader's imported reports joined (the explorer). */
export const withImportsSource = (engine?: EngineLoader): DataSource =>
	published({ imports: true }, engine);

const regionFacts = () => import('../dataset/region-facts');

/** Synthetic scale data: the facts of the regions on screen only, read by row group; no checks. */
export const syntheticSource = (engine: EngineLoader = noEngine): DataSource => ({
	core: () => loadCoreTables({ imports: true }),
	facts: async (regions) => (await (await regionFacts()).loadRegionDetails(regions)).facts,
	async moreFacts(regions) {
		const { regionsLoaded, loadRegionDetails } = await regionFacts();
		return regionsLoaded(regions) ? null : (await loadRegionDetails(regions)).facts;
	},
	checks: async () => [],
	prerendered: false,
	engine
});

/** The explorer's source for this page session's dataset. */
export function explorerSource(engine?: EngineLoader): DataSource {
	return sourceKind().facts === 'whole' ? withImportsSource(engine) : syntheticSource(engine);
}
