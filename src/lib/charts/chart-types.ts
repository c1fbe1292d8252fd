/**
 * The data each chart draws. Produced by the views (src/lib/views/view-data.ts, pure functions over
 * the decoded tables) and the console's chart of a result, drawn by the chart components of this
 * folder; the labels they show (ChartStrings) are i18n's (chart-phrases.ts). Every mark carries
 * what the source panel needs to open the report passage behind it.
 */

import type { ChartStrings } from '../i18n/chart-phrases';
import type { ValueFormat } from '../i18n/format';

/** How a value is shown: i18n's (format.ts formats it), named here for the charts' data. */
export type { ValueFormat };

/** What a click on a mark asks the source panel to show. */
export interface SourceRef {
	report_id: string;
	/** Metrics whose facts make up the value (one for a raw metric, several for a harmonized one). */
	metrics: string[];
	applicant: string;
	region_id: string;
	year: number;
}

export interface MarkInfo {
	value: number | null;
	/** For rates: the numerator and denominator shown on hover. */
	numerator?: number | null;
	denominator?: number | null;
	approx: boolean;
	/** False where the value is the sum of the printed parts and `missing` parts are not printed. */
	complete?: boolean;
	missing?: string[];
	/** A rate whose denominator is below SMALL_DENOMINATOR: said so, left out of rankings. */
	small?: boolean;
	/** Months the report's figures cover where fewer than 12 (a partial year). */
	periodMonths?: number | null;
	/** Names of the report's failed checks that involve this value (drawn hollow, named in the tooltip). */
	failedChecks: string[];
	/** The same checks as sentences in the UI language (src/lib/i18n/check-sentence.ts), for tooltips. */
	checkNotes?: string[];
	source: SourceRef | null;
	/** The reader's imported report (this browser), not one of ours: drawn with its own marker. */
	imported?: boolean;
}

export interface TrendPointData extends MarkInfo {
	year: number;
	/** The report format of this year: a change between consecutive points is marked on the line. */
	format: string | null;
}

export interface TrendSeriesData {
	key: string;
	label: string;
	points: TrendPointData[];
}

export interface TrendData {
	title: string;
	subtitle: string;
	yLabel: string;
	valueFormat: ValueFormat;
	scale: 'linear' | 'log';
	/** Relative change since a base year (OWID style): values are ratios to the base year's value. */
	relativeTo: number | null;
	series: TrendSeriesData[];
}

export interface CompareBarData extends MarkInfo {
	key: string;
	label: string;
	year: number;
}

export interface CompareData {
	title: string;
	subtitle: string;
	xLabel: string;
	valueFormat: ValueFormat;
	/** 'latest' when each region shows its own latest year (said so on the axis). */
	year: number | 'latest';
	bars: CompareBarData[];
}

export interface HandlingCategory {
	id: string;
	label: string;
	color: string;
}

export interface HandlingSegmentData extends MarkInfo {
	category: string;
	/** value / bar total; null where the value is absent. */
	share: number | null;
}

export interface HandlingBarData {
	key: string;
	label: string;
	year: number;
	total: number | null;
	/** Categories this bar's layout has no figure for (before 2019, 不予处理): neither drawn nor missing. */
	notInEra?: string[];
	/**
	 * Before 2019, where a category is not printed: the answers given (`total`) that the printed
	 * categories do not account for, drawn as a "not printed" rest (0: they account for all).
	 */
	unprinted?: number;
	/** Where `unprinted` comes from (the answers given), for the source panel. */
	unprintedSource?: SourceRef;
	/** Labels of the categories the report does not print (for the "not printed" tooltip). */
	notPrinted?: string[];
	/** Before 2019, categories printed but not the answers given: no shares, the counts as text. */
	countsOnly?: boolean;
	segments: HandlingSegmentData[];
}

export interface HandlingData {
	title: string;
	subtitle: string;
	categories: HandlingCategory[];
	bars: HandlingBarData[];
}

/** What every chart component is given (the views' charts, the embeds, the region page). */
export interface ChartProps<D> {
	data: D;
	strings?: ChartStrings;
	/** Called with the source of a clicked or Enter/Space-selected mark. */
	onselect?: (source: SourceRef) => void;
	/** What the chart's title means (the metric's definition), shown on its hover and focus. */
	hint?: string;
	/** A fixed width in px; by default the chart follows its container (640 before measuring). */
	width?: number;
}
