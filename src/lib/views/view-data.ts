/**
 * Builds the data of each explorer view from the decoded tables (pure functions, no engine): which
 * reports are in scope, one series per region and reporting unit, ranked bars, handling shares.
 * Titles and labels in the UI language are added by the page.
 */
import { outcomeColors } from '../charts/outcome-colors';
import { ANSWER_METRICS, checkInvolves } from '../contract/check-metrics';
import { inUnitMode, type UnitMode } from '../contract/unit-scope';
import { OUTCOME_PARTS } from '../contract/metrics';
import { HARMONIZED_BY_ID, layoutEra } from '../contract/derived-metrics';
import { compareZh } from '../i18n/compare-zh';
import { t } from '../i18n/strings';
import type { ExplorerIndex } from './explorer-data';
import type { ReportRow } from '../contract/rows';
import {
	cubeNumber,
	fromCube,
	isRate,
	metricNumber,
	metricValue,
	type MetricValue
} from './metric-values';
import { unitLabels } from '../i18n/unit-label';
import { checkSentence } from '../i18n/check-sentence';
import type { CheckRow } from '../contract/rows';
import type {
	CompareBarData,
	HandlingBarData,
	HandlingCategory,
	MarkInfo,
	TrendSeriesData
} from '../charts/chart-types';

/** The parts of the explorer state the views depend on (see url-state.ts). */
export interface ViewState {
	regions: string[];
	metric: string;
	applicant: string;
	from: number | null;
	to: number | null;
	relative: number | null;
	year: number | 'latest';
	handling: 'harmonized' | 'raw';
	units: UnitMode;
	lang: 'zh' | 'en';
}

export const MAX_REGIONS = 12;

export function regionName(index: ExplorerIndex, regionId: string, lang: 'zh' | 'en'): string {
	const r = index.regionById.get(regionId);
	if (!r) return regionId;
	return lang === 'zh' ? r.name_zh : r.name_en || r.name_zh;
}

/** Reports in scope: selected regions, year range, and the reporting units asked for (whole-region by default). */
export function reportsInScope(
	index: ExplorerIndex,
	state: ViewState,
	regions: string[]
): ReportRow[] {
	const wanted = new Set(regions);
	return index.tables.reports.filter(
		(r) =>
			wanted.has(r.region_id) &&
			r.year !== null &&
			(state.from === null || r.year >= state.from) &&
			(state.to === null || r.year <= state.to) &&
			inUnitMode(state.units, r.unit_scope)
	);
}

/**
 * The regions shown when the URL names none: those with the most years that have a value for the
 * metric, up to MAX_REGIONS.
 */
const defaultCache = new WeakMap<ExplorerIndex, Map<string, string[]>>();

export function defaultRegions(index: ExplorerIndex, state: ViewState): string[] {
	// Ranking visits every report: done once per index and metric (10^5 reports at synthetic scale).
	const key = [state.metric, state.applicant, state.from, state.to, state.units].join('|');
	const cache = defaultCache.get(index) ?? new Map<string, string[]>();
	defaultCache.set(index, cache);
	const hit = cache.get(key);
	if (hit) return hit;
	const regions = rankRegions(index, state);
	cache.set(key, regions);
	return regions;
}

function rankRegions(index: ExplorerIndex, state: ViewState): string[] {
	const count = new Map<string, number>();
	const add = (r: ReportRow | undefined, value: number | null) => {
		if (
			r &&
			value !== null &&
			r.year !== null &&
			(state.from === null || r.year >= state.from) &&
			(state.to === null || r.year <= state.to) &&
			inUnitMode(state.units, r.unit_scope)
		)
			count.set(r.region_id, (count.get(r.region_id) ?? 0) + 1);
	};
	// Harmonized metrics and rates straight from the cube: one row per report and applicant column.
	if (fromCube(state.metric)) {
		for (const h of index.tables.harmonized)
			if (h.applicant === state.applicant)
				add(index.reportById.get(h.report_id), cubeNumber(h, state.metric));
	} else
		for (const r of index.tables.reports)
			add(r, metricNumber(index, r, state.metric, state.applicant));
	return [...count.entries()]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, MAX_REGIONS)
		.map(([id]) => id);
}

/**
 * The failed checks of a report that involve a value made of `metrics` in column `applicant`: a
 * report's failure is drawn only on the numbers it is about (src/lib/contract/check-metrics.ts).
 */
function involvedFailures(
	index: ExplorerIndex,
	report: ReportRow,
	metrics: readonly string[],
	applicant: string
): CheckRow[] {
	return (index.failed.get(report.report_id) ?? []).filter((c) =>
		metrics.some((m) => checkInvolves(c, m, applicant))
	);
}

/** The ids of those checks (`failedChecks`) and their sentences (`checkNotes`). */
function failedChecks(
	index: ExplorerIndex,
	report: ReportRow,
	metrics: readonly string[],
	applicant: string,
	lang: 'zh' | 'en'
): { failedChecks: string[]; checkNotes: string[] } {
	const failures = involvedFailures(index, report, metrics, applicant);
	return {
		failedChecks: [...new Set(failures.map((c) => c.check))],
		checkNotes: [...new Set(failures.map((c) => checkSentence(lang, c)))]
	};
}

/** A report whose figures cover fewer than 12 months (langfang_2014: January–November). */
export function partialYear(report: ReportRow): boolean {
	return typeof report.period_months === 'number' && report.period_months < 12;
}

function mark(index: ExplorerIndex, report: ReportRow, state: ViewState): MarkInfo {
	const v = metricValue(index, report, state.metric, state.applicant);
	return {
		value: v.value,
		numerator: v.numerator,
		denominator: v.denominator,
		approx: v.approx,
		...(v.complete === false ? { complete: false, missing: v.missing ?? [] } : {}),
		...(v.small ? { small: true } : {}),
		...(partialYear(report) ? { periodMonths: report.period_months } : {}),
		...(report.imported === true ? { imported: true } : {}),
		...failedChecks(index, report, v.metrics, state.applicant, state.lang),
		source: {
			report_id: report.report_id,
			metrics: v.metrics,
			applicant: state.applicant,
			region_id: report.region_id,
			year: report.year!
		}
	};
}

interface SeriesGroup {
	key: string;
	region_id: string;
	unit: string;
	/** A series of the reader's imported reports only (a unit we publish no report of), labelled so. */
	imported: boolean;
	reports: ReportRow[];
}

/**
 * One group per region and reporting unit; the unit is named where a region has several. A reader's
 * imported report joins its unit's line (same region and unit as our reports), after our report of
 * the same year if there is one (the chart draws it there with its own marker, off the line); only
 * an import of a unit we publish no report of makes a series of its own.
 */
function groups(index: ExplorerIndex, state: ViewState, regions: string[]): SeriesGroup[] {
	const byKey = new Map<string, SeriesGroup>();
	const scope = reportsInScope(index, state, regions);
	const add = (key: string, r: ReportRow, imported: boolean) => {
		const g = byKey.get(key) ?? {
			key,
			region_id: r.region_id,
			unit: r.unit,
			imported,
			reports: []
		};
		g.reports.push(r);
		byKey.set(key, g);
	};
	for (const r of scope) if (r.imported !== true) add(`${r.region_id}|${r.unit}`, r, false);
	for (const r of scope) {
		if (r.imported !== true) continue;
		const line = byKey.get(`${r.region_id}|${r.unit}`);
		if (line && !line.imported) line.reports.push(r);
		else add(`${r.region_id}|${r.unit}|imported`, r, true);
	}
	const order = new Map(regions.map((id, i) => [id, i]));
	return [...byKey.values()].sort(
		(a, b) =>
			(order.get(a.region_id) ?? 0) - (order.get(b.region_id) ?? 0) ||
			Number(a.imported) - Number(b.imported) ||
			b.reports.length - a.reports.length ||
			compareZh(a.unit, b.unit)
	);
}

function groupLabel(
	index: ExplorerIndex,
	g: SeriesGroup,
	all: SeriesGroup[],
	lang: 'zh' | 'en'
): string {
	const name = regionName(index, g.region_id, lang);
	const siblings = all.filter((x) => x.region_id === g.region_id);
	const units = [...new Set(siblings.map((x) => x.unit))];
	const label =
		units.length > 1 ? (unitLabelsOf(index, g.region_id, units, lang).get(g.unit) ?? name) : name;
	return g.imported ? `${label} · ${t(lang, 'import.label')}` : label;
}

/** Short distinct labels of a region's units ("平潭 · 管委会"), see src/lib/i18n/unit-label.ts. */
export function unitLabelsOf(
	index: ExplorerIndex,
	regionId: string,
	units: readonly string[],
	lang: 'zh' | 'en'
): Map<string, string> {
	const region = index.regionById.get(regionId) ?? { name_zh: regionId, name_en: regionId };
	return unitLabels(lang, region, units, printedNames(index).get(regionId) ?? []);
}

const printedCache = new WeakMap<ExplorerIndex, Map<string, string[]>>();

/** region_id → the region names its reports print (平潭县 for the county government's). */
function printedNames(index: ExplorerIndex): Map<string, string[]> {
	let names = printedCache.get(index);
	if (names) return names;
	const sets = new Map<string, Set<string>>();
	for (const r of index.tables.reports)
		if (r.region) sets.set(r.region_id, (sets.get(r.region_id) ?? new Set()).add(r.region));
	names = new Map([...sets].map(([id, set]) => [id, [...set]]));
	printedCache.set(index, names);
	return names;
}

/** The short label of one report's unit among every unit of its region. */
export function reportUnitLabel(
	index: ExplorerIndex,
	report: ReportRow,
	lang: 'zh' | 'en'
): string {
	const units = index.units.get(report.region_id) ?? [report.unit];
	const all = units.includes(report.unit) ? units : [...units, report.unit];
	return unitLabelsOf(index, report.region_id, all, lang).get(report.unit) ?? report.unit;
}

export function trendSeries(
	index: ExplorerIndex,
	state: ViewState,
	regions: string[]
): TrendSeriesData[] {
	const all = groups(index, state, regions);
	return all.map((g) => {
		const points = g.reports
			.slice()
			.sort(
				(a, b) => a.year! - b.year! || Number(a.imported === true) - Number(b.imported === true)
			)
			.map((r) => ({ year: r.year!, format: r.format, ...mark(index, r, state) }));
		if (state.relative !== null) {
			const base =
				(
					points.find((p) => p.year === state.relative && !p.imported) ??
					points.find((p) => p.year === state.relative)
				)?.value ?? null;
			for (const p of points) p.value = base && p.value !== null ? p.value / base : null;
		}
		return { key: g.key, label: groupLabel(index, g, all, state.lang), points };
	});
}

export function compareBars(
	index: ExplorerIndex,
	state: ViewState,
	regions: string[]
): CompareBarData[] {
	const all = groups(index, state, regions);
	return (
		all
			.map((g) => {
				const candidates = g.reports
					.filter((r) => state.year === 'latest' || r.year === state.year)
					.sort(
						(a, b) => b.year! - a.year! || Number(a.imported === true) - Number(b.imported === true)
					)
					.map((r) => ({ r, m: mark(index, r, state) }));
				const chosen = candidates.find((c) => c.m.value !== null) ?? candidates[0];
				const label = groupLabel(index, g, all, state.lang);
				if (!chosen)
					return {
						key: g.key,
						label,
						year: typeof state.year === 'number' ? state.year : 0,
						value: null,
						approx: false,
						failedChecks: [],
						source: null
					};
				return { key: g.key, label, year: chosen.r.year!, ...chosen.m };
			})
			// A rate over a small denominator is shown, said so, and left out of the ranking: after the
			// ranked bars.
			.sort(
				(a, b) =>
					Number(a.small === true) - Number(b.small === true) ||
					(b.value ?? -Infinity) - (a.value ?? -Infinity) ||
					compareZh(a.label, b.label)
			)
	);
}

/** The years the compare view's slider offers: years with at least one value in scope. */
export function availableYears(
	index: ExplorerIndex,
	state: ViewState,
	regions: string[]
): number[] {
	const years = new Set<number>();
	for (const r of reportsInScope(index, state, regions))
		if (metricNumber(index, r, state.metric, state.applicant) !== null) years.add(r.year!);
	return [...years].sort((a, b) => a - b);
}

export const HANDLING_HARMONIZED: readonly { id: string; metric: string }[] = [
	{ id: 'granted', metric: 'h_granted' },
	{ id: 'partial', metric: 'h_partial' },
	{ id: 'denied', metric: 'h_denied' },
	{ id: 'unable', metric: 'h_unable' },
	{ id: 'not_processed', metric: 'h_not_processed' },
	{ id: 'other', metric: 'x_other' }
];

const RAW_SINCE_2019 = [
	'outcome_granted',
	'outcome_partial',
	...OUTCOME_PARTS.outcome_denied,
	...OUTCOME_PARTS.outcome_unable,
	...OUTCOME_PARTS.outcome_not_processed,
	...OUTCOME_PARTS.outcome_other,
	'outcome_other'
];
/** Before 2019, the answer categories (the contract's list, which the checks sum). */
const RAW_PRE_2019: readonly string[] = ANSWER_METRICS;

/** The metric a harmonized handling category reads in a report's layout. */
function handlingMetric(metric: string, format: string | null): string {
	return metric === 'x_other'
		? format === 'pre2019'
			? 'h_other_channel'
			: 'h_other_handling'
		: metric;
}

/**
 * Whether a harmonized handling category exists in a report's layout (the spec gives it parts
 * there): before 2019 there is no 不予处理, so a pre-2019 bar has no such category rather than a
 * missing one. A format outside the layouts keeps every category.
 */
export function categoryInEra(metric: string, format: string | null): boolean {
	const era = layoutEra(format);
	if (!era) return true;
	return HARMONIZED_BY_ID.get(handlingMetric(metric, format))?.parts[era] != null;
}

/** The printed facts a harmonized handling category is made of in a report's layout. */
function handlingParts(metric: string, format: string | null): string[] {
	const era = layoutEra(format);
	const m = HARMONIZED_BY_ID.get(handlingMetric(metric, format));
	return era && m ? (m.parts[era] ?? []).map((p) => p.fact) : [];
}

/**
 * A handling category's value. Harmonized categories are the spec's metrics (derived-metrics.ts);
 * `x_other` is the other outcomes of each era: 其他处理 since 2019, 告知通过其他途径办理 before.
 */
function handlingValue(
	index: ExplorerIndex,
	r: ReportRow,
	metric: string,
	applicant: string
): MetricValue {
	return metricValue(index, r, handlingMetric(metric, r.format), applicant);
}

export function handlingBars(
	index: ExplorerIndex,
	state: ViewState,
	regions: string[],
	categoryLabel: (id: string) => string
): { categories: HandlingCategory[]; bars: HandlingBarData[] } {
	const all = groups(index, state, regions);
	const raw = state.handling === 'raw';
	const present = new Set<string>();
	const allRaw = [...RAW_SINCE_2019, ...RAW_PRE_2019];
	const bars: HandlingBarData[] = [];
	for (const g of all) {
		const sorted = g.reports
			.slice()
			.sort(
				(a, b) => a.year! - b.year! || Number(a.imported === true) - Number(b.imported === true)
			);
		for (const r of sorted) {
			const era = layoutEra(r.format);
			const ids = raw
				? r.format === 'pre2019'
					? RAW_PRE_2019
					: RAW_SINCE_2019
				: HANDLING_HARMONIZED.filter((c) => categoryInEra(c.metric, r.format)).map((c) => c.id);
			const values = ids.map((id) => {
				const metric = raw ? id : HANDLING_HARMONIZED.find((c) => c.id === id)!.metric;
				const v = handlingValue(index, r, metric, state.applicant);
				// A category none of whose parts is printed: every part is missing (named in the tooltip).
				if (!raw && v.value === null && era)
					return { id, ...v, complete: false, missing: handlingParts(metric, r.format) };
				return { id, ...v };
			});
			// Raw since-2019 rows print either 其他处理 as one row or its three sub-rows: keep what is printed.
			const shown = values.filter((v) => !raw || v.value !== null);
			const printed = shown.filter((v) => v.value !== null);
			const complete = raw
				? era !== 'pre2019' || printed.length === ids.length
				: shown.every((v) => v.value !== null);
			const printedSum = printed.reduce((s, v) => s + v.value!, 0);
			// Before 2019 a category the 统计表 does not print leaves the bar incomplete, not stretched: its
			// total is the answers given (对申请答复总数, h_handled), the shares those of the answers; what
			// the printed categories do not account for is the "not printed" rest. Without the answers
			// given there is no denominator: the printed counts are shown as counts.
			const preIncomplete = r.format === 'pre2019' && !complete && printed.length > 0;
			const answered = preIncomplete ? handlingValue(index, r, 'h_handled', state.applicant) : null;
			const answers = answered?.value ?? null;
			const total = complete ? (shown.length ? printedSum : null) : answers;
			const unprinted =
				answers !== null && answers >= printedSum ? answers - printedSum : undefined;
			const denominator = total === null ? null : Math.max(total, printedSum);
			for (const v of shown) present.add(v.id);
			const notPrinted = preIncomplete
				? values.filter((v) => v.value === null).map((v) => categoryLabel(v.id))
				: [];
			bars.push({
				// An import of a year we publish too gets a bar of its own (its key says so).
				key: `${g.key}|${r.year}${r.imported === true && !g.imported ? `|${r.report_id}` : ''}`,
				// The chart adds the year to the row's label: the label names the unit only.
				label: groupLabel(index, g, all, state.lang),
				year: r.year!,
				total,
				// Raw rows show what is printed: a category another layout has, or (since 2019) a sub-row
				// printed as its subtotal, is neither drawn nor missing.
				notInEra: raw
					? allRaw.filter(
							(id) => !shown.some((v) => v.id === id) && !(preIncomplete && ids.includes(id))
						)
					: HANDLING_HARMONIZED.filter((c) => !categoryInEra(c.metric, r.format)).map((c) => c.id),
				...(unprinted !== undefined
					? {
							unprinted,
							notPrinted,
							unprintedSource: {
								report_id: r.report_id,
								metrics: answered!.metrics,
								applicant: state.applicant,
								region_id: r.region_id,
								year: r.year!
							}
						}
					: {}),
				...(preIncomplete && answers === null ? { countsOnly: true, notPrinted } : {}),
				segments: shown.map((v) => ({
					category: v.id,
					value: v.value,
					share: denominator && v.value !== null ? v.value / denominator : null,
					approx: v.approx,
					// A part not printed of a drawn category (granted lacks 属于已主动公开范围数) is 0 when the
					// printed categories account for every answer: the value is whole then.
					...(v.complete === false && !(v.value !== null && unprinted === 0)
						? { complete: false, missing: v.missing ?? [] }
						: {}),
					...failedChecks(index, r, v.metrics, state.applicant, state.lang),
					source: {
						report_id: r.report_id,
						metrics: v.metrics,
						applicant: state.applicant,
						region_id: r.region_id,
						year: r.year!
					}
				}))
			});
		}
	}
	const order = raw ? [...RAW_SINCE_2019, ...RAW_PRE_2019] : HANDLING_HARMONIZED.map((c) => c.id);
	// Colours by role (granted, partly, denied, unable, not processed, other), never by position.
	const shownIds = order.filter((id) => present.has(id));
	const colors = outcomeColors(shownIds);
	const categories = shownIds.map((id) => ({
		id,
		label: categoryLabel(id),
		color: colors.get(id)!
	}));
	return { categories, bars };
}

export function isRateMetric(metric: string): boolean {
	return isRate(metric);
}
