/**
 * What a view is (docs/architecture.md, "Views"). Two halves, so a page downloads only what it uses:
 * `ViewDef` (registry.ts: id, label, controls, downloads, the lazily loaded chart or panel) is light
 * and imported by the URL parser, the tabs and the embed page; `ViewData` (data.ts: what tables the
 * view needs and how its chart data, titles and rows are built from them) is imported where the
 * tables are (the explorer, an embed that loads data, the build).
 */
import type { Component } from 'svelte';
import type { ExplorerIndex } from './explorer-data';
import type { ExplorerState } from './url-state';
import type { SortKey, TableRow } from './table/table-rows';
import type { ChartProps, SourceRef, TrendData, ValueFormat } from '../charts/chart-types';
import type { Lang } from '../i18n/strings';
import type { MetricAbout } from './metric-about';
import type { ViewNotice } from './region-notices';

/** The controls a view adds to those every view shares (regions, metric, applicant, years, units). */
export type ViewControl = 'scale' | 'relative' | 'compare-year' | 'handling';

/** The shared controls a view can hide (`hides`): the metric select and counts/rates. */
export type SharedControl = 'metric' | 'measure';

/** What a chart component is given (the charts' own contract). */
export type { ChartProps };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each view's chart takes its own data
export type AnyChart = Component<ChartProps<any>>;

export interface ViewDef<Id extends string = string> {
	id: Id;
	/** The tab's (and the embed dialog's) name; its strings are the explorer's (i18n/explorer-strings). */
	label(lang: Lang): string;
	/**
	 * The tab's name on a narrow screen (ViewTabs), a word or two (`tab_short.<id>`); the long `label`
	 * stays its accessible name, so the short one is a part of it (a speech user says what they see).
	 */
	shortLabel(lang: Lang): string;
	controls: readonly ViewControl[];
	/** Shared controls that do nothing in this view, hidden while it is shown. */
	hides?: readonly SharedControl[];
	/** The metric the view shows whatever the Metric control says (its "About this metric" line). */
	metric?: string;
	/** A view with a chart: its component, loaded when the view is first shown. */
	chart?: {
		load: () => Promise<{ default: AnyChart }>;
		/** Embeddable at /embed/<id>, with this iframe height (px) in the snippet; null: not embedded. */
		embedHeight: number | null;
		/** In the explorer: a view with no value says so instead of drawing an empty chart. */
		emptyMessage: boolean;
		/** In the explorer: the i18n key of a note under the chart. */
		note: string | null;
	};
	/**
	 * "Open in SQL": the view's query from the metric's (sql/explorer-sql.ts, the numbers of the trend),
	 * e.g. a window over it; by default that query itself.
	 */
	sql?: (query: string) => string;
	/** A view without a chart: the explorer panel that shows it, loaded when first shown. */
	panel?: () => Promise<{ default: Component<PanelProps> }>;
}

/** What the explorer gives a view's panel. */
export interface PanelProps {
	index: ExplorerIndex;
	state: ExplorerState;
	/** The trend's view: the table lists its points. */
	trend: ViewResult<TrendData>;
	/** The table's rows, sorted (the CSV download writes the same). */
	rows: TableRow[];
	sortKey: SortKey;
	sortDesc: boolean;
	onsort: (key: SortKey) => void;
	onselect: (source: SourceRef) => void;
	onopenreport: (reportId: string) => void;
}

/** Where a view is drawn: the explorer and an embed word the subtitle and source line differently. */
export type ViewFrame = 'explorer' | 'embed';

/** One row of a chart's data (the embed's hidden table and its CSV). */
export interface ViewRow {
	series: string;
	year: number;
	category: string;
	value: number | null;
}

/** Everything a chart view draws, computed from the decoded tables. */
export interface ViewResult<D = unknown> {
	title: string;
	subtitle: string;
	/** The downloads' file name and heading. */
	fileTitle: string;
	/** The sources: "Source: … annual reports of …", under the chart and in downloads. */
	sourceLine: string;
	valueFormat: ValueFormat;
	hasData: boolean;
	/** The chart component's data. */
	data: D;
	rows: ViewRow[];
	/** Whether the rows carry a category column (the handling view's outcomes). */
	categories: boolean;
	/** "About this metric" (metric-about.ts), added where it is shown with the view (the embeds). */
	about?: MetricAbout;
	/** The selected regions the view does not draw, and why (region-notices.ts). */
	notices: ViewNotice[];
}

export interface ViewData<D = unknown> {
	/** Whether the view needs facts.parquet (the core tables hold harmonized metrics and rates). */
	needsFacts(state: ExplorerState): boolean;
	build(index: ExplorerIndex, state: ExplorerState, lang: Lang, frame: ViewFrame): ViewResult<D>;
}
