/**
 * The explorer's state in the URL: every control is a readable query parameter, e.g.
 * `?regions=440400,350128&metric=h_requests&view=trend&from=2014&to=2025`.
 *
 * - parseState never throws: a parameter that is malformed, out of range, too long, duplicated with
 *   different values, or the wrong type gets its default and a Problem (both languages) that the page
 *   shows. Empty values (`?view=`) are the same as absent, silently.
 * - serializeState writes the canonical query: defaults left out, parameters in PARAM_ORDER, regions
 *   joined by commas; parseState(serializeState(s)) gives s back exactly for every valid state.
 * - `yscale` is read as `scale` (PARAM_ALIASES); `scale` is what is written.
 * - `measure` is derived from the metric (rate ids, unit 'ratio', are rates; everything else is a
 *   count): it is never written, and a `measure` parameter that contradicts the metric is a Problem.
 * - Region ids are checked for form only (6-digit GB/T 2260 code or slug); whether they exist is for
 *   the page to check against the regions table (unknownRegions, dropUnknownRegions).
 * User input never indexes a plain object: lookups go through Sets, Maps and Object.hasOwn.
 */
import { APPLICANTS, METRIC_BY_ID, type Applicant } from '../contract/metrics';
import { UNIT_MODES, type UnitMode } from '../contract/unit-scope';
import { t, type Lang } from '../i18n/strings';
import { displayValue, LONE_SURROGATE, type Problem, type ProblemCode } from '../shared/problems';

export { UNIT_MODES, type UnitMode };
import { DEFAULT_VIEW, VIEW_IDS, type ViewId } from './registry';

/** The views, from their registry (src/lib/views). */
export const VIEWS = VIEW_IDS;

export const MEASURES = ['count', 'rate'] as const;
export const SCALES = ['linear', 'log'] as const;
export const HANDLING_MODES = ['harmonized', 'raw'] as const;
export const STATE_LANGS = ['zh', 'en'] as const;

export type View = ViewId;
export type Measure = (typeof MEASURES)[number];
export type Scale = (typeof SCALES)[number];
export type HandlingMode = (typeof HANDLING_MODES)[number];

export interface ExplorerState {
	view: View;
	/** Region ids (6-digit GB/T 2260 codes or slugs), at most MAX_REGIONS, no duplicates, in order. Empty: the page's default selection. */
	regions: string[];
	/** A metric id of METRICS: harmonized h_*, a rate id (grant_rate …) or a raw metric id. */
	metric: string;
	/** Derived from the metric (measureOf); kept here so views need not look it up. */
	measure: Measure;
	/** The 表三 applicant column (reports since 2019 only). */
	applicant: Applicant;
	/** First and last year shown (MIN_YEAR–MAX_YEAR, from ≤ to); null = no limit. */
	from: number | null;
	to: number | null;
	scale: Scale;
	/** Base year of the relative-change mode; null = absolute values. */
	relative: number | null;
	/** The compare view's year, or each region's own latest year. */
	year: number | 'latest';
	handling: HandlingMode;
	/**
	 * whole: whole-region reports only (市人民政府 …); office: general offices; department: departments
	 * (each its own series); all: every reporting unit, each its own series.
	 */
	units: UnitMode;
	lang: Lang;
	/**
	 * The report whose text the source panel shows (a report_id: `pingtan_2021`), so a link can open
	 * a report's text (the /coverage page's cells do); null or absent = none.
	 */
	report?: string | null;
	/**
	 * The reader cleared the selection ("clear all"): no region is shown, not the default ones.
	 * Written `regions=none`; absent or false = the regions above, or the default ones if empty.
	 */
	cleared?: boolean;
}

/** The `regions` value of a cleared selection. */
export const NO_REGIONS = 'none';

/** Whether the page shows its default regions: the URL names none and the reader did not clear. */
export function usesDefaultRegions(state: Pick<ExplorerState, 'regions' | 'cleared'>): boolean {
	return state.regions.length === 0 && !state.cleared;
}

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const MAX_REGIONS = 12;
/** Characters of one parameter value that are read; a longer value is a Problem. */
export const MAX_PARAM_LENGTH = 2000;
/** At most this many unknown-parameter (typo) problems are reported. */
const MAX_TYPO_PROBLEMS = 5;

export const DEFAULT_STATE: Readonly<ExplorerState> = Object.freeze({
	view: DEFAULT_VIEW,
	regions: Object.freeze([]) as unknown as string[],
	metric: 'h_requests',
	measure: 'count',
	applicant: 'total',
	from: null,
	to: null,
	scale: 'linear',
	relative: null,
	year: 'latest',
	handling: 'harmonized',
	units: 'whole',
	lang: 'zh',
	report: null
});

/** A fresh, mutable copy of the default state. */
export function defaultState(): ExplorerState {
	return { ...DEFAULT_STATE, regions: [] };
}

/** The order of the parameters in a serialized state. `measure` is derived and never written. */
export const PARAM_ORDER = [
	'view',
	'regions',
	'metric',
	'applicant',
	'from',
	'to',
	'scale',
	'relative',
	'year',
	'handling',
	'units',
	'lang',
	'report'
] as const;

const KNOWN_PARAMS: readonly string[] = [...PARAM_ORDER, 'measure'];
const KNOWN_PARAM_SET: ReadonlySet<string> = new Set(KNOWN_PARAMS);
/**
 * Other names read as a parameter (never written): `yscale`, the y axis's scale as other chart
 * sites name it, is `scale` (the one written since links and embeds with `scale=` exist).
 */
const PARAM_ALIASES: ReadonlyMap<string, string> = new Map([['yscale', 'scale']]);

const REGION_ID = /^[a-z0-9-]{1,40}$/;
/** A report_id: a file stem of data/reports, or `imported:` and 16 hex digits. */
const REPORT_ID = /^[\w.:-]{1,80}$/;
const YEAR = /^\d{4}$/;

/** 'rate' for the rate ids (unit 'ratio' in the metric dictionary), 'count' for everything else. */
export function measureOf(metric: string): Measure {
	return METRIC_BY_ID.get(metric)?.unit === 'ratio' ? 'rate' : 'count';
}

export function isRegionId(id: string): boolean {
	return REGION_ID.test(id);
}

// --- problems ----------------------------------------------------------------------------------------

function problem(
	param: string,
	value: string,
	code: ProblemCode,
	message: (lang: Lang) => string
): Problem {
	return {
		param,
		value: displayValue(value),
		code,
		message_zh: message('zh'),
		message_en: message('en')
	};
}

type DefaultText = string | ((lang: Lang) => string);

function defaultText(d: DefaultText, lang: Lang): string {
	return typeof d === 'string' ? d : d(lang);
}

const NONE: DefaultText = (lang) => t(lang, 'problem.default_none');

function notAllowed(
	param: string,
	value: string,
	allowed: readonly string[],
	d: DefaultText
): Problem {
	return problem(param, value, 'not_allowed', (lang) =>
		t(lang, 'problem.not_allowed', {
			param,
			value: displayValue(value, 40),
			allowed: allowed.join(', '),
			default: defaultText(d, lang)
		})
	);
}

function notYear(param: string, value: string, d: DefaultText): Problem {
	return problem(param, value, 'not_year', (lang) =>
		t(lang, 'problem.not_year', {
			param,
			value: displayValue(value, 40),
			min: MIN_YEAR,
			max: MAX_YEAR,
			default: defaultText(d, lang)
		})
	);
}

// --- reading the parameters ----------------------------------------------------------------------

interface Occurrence {
	/** The first value, cut to MAX_PARAM_LENGTH + 1 characters (so "too long" stays visible). */
	first: string;
	count: number;
	distinct: boolean;
}

function collect(params: URLSearchParams): {
	known: Map<string, Occurrence>;
	unknown: string[];
} {
	const known = new Map<string, Occurrence>();
	const unknown: string[] = [];
	const seenUnknown = new Set<string>();
	for (const [given, rawValue] of params) {
		const name = PARAM_ALIASES.get(given) ?? given;
		const value = rawValue.slice(0, MAX_PARAM_LENGTH + 1);
		if (KNOWN_PARAM_SET.has(name)) {
			const occ = known.get(name);
			if (!occ) known.set(name, { first: value, count: 1, distinct: false });
			else {
				occ.count += 1;
				if (value !== occ.first) occ.distinct = true;
			}
		} else if (unknown.length < 50 && !seenUnknown.has(name)) {
			seenUnknown.add(name);
			unknown.push(name);
		}
	}
	return { known, unknown };
}

/**
 * The value of a known parameter, or null (absent, empty, or reset with a problem). A value longer
 * than MAX_PARAM_LENGTH resets to the default, except `regions`, whose first part is read.
 */
function valueOf(
	known: Map<string, Occurrence>,
	param: string,
	d: DefaultText,
	problems: Problem[]
): string | null {
	const occ = known.get(param);
	if (!occ) return null;
	if (occ.count > 1 && occ.distinct) {
		problems.push(
			problem(param, occ.first, 'duplicate', (lang) =>
				t(lang, 'problem.duplicate', { param, count: occ.count, default: defaultText(d, lang) })
			)
		);
		return null;
	}
	if (occ.first.length > MAX_PARAM_LENGTH) {
		if (param === 'regions') {
			problems.push(
				problem(param, occ.first, 'too_long', (lang) =>
					t(lang, 'problem.too_long', { param, max: MAX_PARAM_LENGTH })
				)
			);
			const cut = occ.first.slice(0, MAX_PARAM_LENGTH);
			const lastComma = cut.lastIndexOf(',');
			return lastComma > 0 ? cut.slice(0, lastComma) : null;
		}
		problems.push(
			problem(param, occ.first, 'too_long', (lang) =>
				t(lang, 'problem.too_long_reset', {
					param,
					max: MAX_PARAM_LENGTH,
					default: defaultText(d, lang)
				})
			)
		);
		return null;
	}
	const trimmed = occ.first.trim();
	return trimmed === '' ? null : trimmed;
}

function parseEnum<T extends string>(
	known: Map<string, Occurrence>,
	param: string,
	allowed: readonly T[],
	fallback: T,
	problems: Problem[]
): T {
	const value = valueOf(known, param, fallback, problems);
	if (value === null) return fallback;
	const lower = value.toLowerCase();
	const match = allowed.find((a) => a === lower);
	if (match !== undefined) return match;
	problems.push(notAllowed(param, value, allowed, fallback));
	return fallback;
}

function parseYearValue(value: string): number | null {
	if (!YEAR.test(value)) return null;
	const n = Number(value);
	return n >= MIN_YEAR && n <= MAX_YEAR ? n : null;
}

function parseYear(
	known: Map<string, Occurrence>,
	param: string,
	problems: Problem[]
): number | null {
	const value = valueOf(known, param, NONE, problems);
	if (value === null) return null;
	const year = parseYearValue(value);
	if (year === null) problems.push(notYear(param, value, NONE));
	return year;
}

function parseCompareYear(known: Map<string, Occurrence>, problems: Problem[]): number | 'latest' {
	const value = valueOf(known, 'year', 'latest', problems);
	if (value === null || value.toLowerCase() === 'latest') return 'latest';
	const year = parseYearValue(value);
	if (year === null) {
		problems.push(notYear('year', value, 'latest'));
		return 'latest';
	}
	return year;
}

function parseReport(known: Map<string, Occurrence>, problems: Problem[]): string | null {
	const value = valueOf(known, 'report', NONE, problems);
	if (value === null) return null;
	if (REPORT_ID.test(value)) return value;
	problems.push(
		problem('report', value, 'report_invalid', (lang) =>
			t(lang, 'problem.report_invalid', { value: displayValue(value, 40) })
		)
	);
	return null;
}

function parseMetric(known: Map<string, Occurrence>, problems: Problem[]): string {
	const fallback = DEFAULT_STATE.metric;
	const value = valueOf(known, 'metric', fallback, problems);
	if (value === null) return fallback;
	const lower = value.toLowerCase();
	if (METRIC_BY_ID.has(lower)) return lower;
	problems.push(
		problem('metric', value, 'unknown_metric', (lang) =>
			t(lang, 'problem.unknown_metric', {
				param: 'metric',
				value: displayValue(value, 40),
				default: fallback
			})
		)
	);
	return fallback;
}

function listForMessage(items: string[]): string {
	const shown = items.slice(0, 5).map((id) => `“${displayValue(id, 20)}”`);
	return items.length > 5 ? `${shown.join(', ')} …` : shown.join(', ');
}

/** The regions of a URL, or 'cleared' for `regions=none`. */
function parseRegions(known: Map<string, Occurrence>, problems: Problem[]): string[] | 'cleared' {
	const param = 'regions';
	const regionsDefault: DefaultText = (lang) => t(lang, 'problem.default_regions');
	const value = valueOf(known, param, regionsDefault, problems);
	if (value === null) return [];
	if (value.trim().toLowerCase() === NO_REGIONS) return 'cleared';
	const seen = new Set<string>();
	const ids: string[] = [];
	const invalid: string[] = [];
	for (const token of value.split(',')) {
		const id = token.trim().toLowerCase();
		if (id === '') continue;
		if (!REGION_ID.test(id)) {
			if (invalid.length < 50) invalid.push(token.trim());
			continue;
		}
		if (!seen.has(id)) {
			seen.add(id);
			ids.push(id);
		}
	}
	if (invalid.length > 0) {
		problems.push(
			problem(param, invalid.join(','), 'regions_invalid', (lang) =>
				t(lang, 'problem.regions_invalid', { param, ids: listForMessage(invalid) })
			)
		);
	} else if (ids.length === 0) {
		problems.push(
			problem(param, value, 'regions_empty', (lang) =>
				t(lang, 'problem.regions_empty', { param, value: displayValue(value, 40) })
			)
		);
	}
	if (ids.length > MAX_REGIONS) {
		problems.push(
			problem(param, value, 'regions_too_many', (lang) =>
				t(lang, 'problem.regions_too_many', { param, max: MAX_REGIONS })
			)
		);
		ids.length = MAX_REGIONS;
	}
	return ids;
}

function parseMeasure(
	known: Map<string, Occurrence>,
	metric: string,
	problems: Problem[]
): Measure {
	const derived = measureOf(metric);
	const value = valueOf(known, 'measure', derived, problems);
	if (value === null) return derived;
	const lower = value.toLowerCase();
	if (lower !== 'count' && lower !== 'rate') {
		problems.push(notAllowed('measure', value, MEASURES, derived));
	} else if (lower !== derived) {
		problems.push(
			problem('measure', value, 'measure_mismatch', (lang) =>
				t(lang, 'problem.measure_mismatch', {
					param: 'measure',
					value: lower,
					metric,
					measure: derived
				})
			)
		);
	}
	return derived;
}

// --- typos of parameter names --------------------------------------------------------------------

/** Optimal string alignment distance (a swap of two neighbours counts 1), capped above `limit`. */
function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				v = Math.min(v, before[j - 2]! + 1);
			}
			row.push(v);
			if (v < best) best = v;
		}
		if (best > limit) return limit + 1;
		before = prev;
		prev = row;
	}
	return prev[b.length]!;
}

/** The known parameter an unknown name is probably a typo of, or null. */
export function suggestParam(name: string): string | null {
	if (name.length === 0 || name.length > 40) return null;
	const lower = name.toLowerCase();
	let best: string | null = null;
	let bestDistance = Infinity;
	for (const known of KNOWN_PARAMS) {
		const limit = known.length <= 2 ? 0 : known.length <= 4 ? 1 : 2;
		const d = editDistance(lower, known, limit);
		if (d <= limit && d < bestDistance) {
			best = known;
			bestDistance = d;
		}
	}
	return best;
}

// --- parse ---------------------------------------------------------------------------------------------

/** Reads the explorer state from a query; never throws. Problems are in parameter order. */
export function parseState(params: URLSearchParams): { state: ExplorerState; problems: Problem[] } {
	const problems: Problem[] = [];
	try {
		const { known, unknown } = collect(params);
		const view = parseEnum(known, 'view', VIEWS, DEFAULT_STATE.view, problems);
		const parsedRegions = parseRegions(known, problems);
		const cleared = parsedRegions === 'cleared';
		const regions = cleared ? [] : parsedRegions;
		const metric = parseMetric(known, problems);
		const measure = parseMeasure(known, metric, problems);
		const applicant = parseEnum(known, 'applicant', APPLICANTS, DEFAULT_STATE.applicant, problems);
		let from = parseYear(known, 'from', problems);
		let to = parseYear(known, 'to', problems);
		if (from !== null && to !== null && from > to) {
			const [f, tt] = [from, to];
			problems.push(
				problem('from', `${f}>${tt}`, 'years_swapped', (lang) =>
					t(lang, 'problem.years_swapped', { from: f, to: tt })
				)
			);
			[from, to] = [tt, f];
		}
		const scale = parseEnum(known, 'scale', SCALES, DEFAULT_STATE.scale, problems);
		const relative = parseYear(known, 'relative', problems);
		const year = parseCompareYear(known, problems);
		const handling = parseEnum(known, 'handling', HANDLING_MODES, DEFAULT_STATE.handling, problems);
		const units = parseEnum(known, 'units', UNIT_MODES, DEFAULT_STATE.units, problems);
		const lang = parseEnum(known, 'lang', STATE_LANGS, DEFAULT_STATE.lang, problems);
		const report = parseReport(known, problems);

		let typos = 0;
		for (const name of unknown) {
			if (typos >= MAX_TYPO_PROBLEMS) break;
			const suggestion = suggestParam(name);
			if (suggestion === null) continue;
			typos += 1;
			const shownName = displayValue(name, 40);
			problems.push(
				problem(shownName, params.get(name) ?? '', 'unknown_param', (l) =>
					t(l, 'problem.unknown_param', { param: shownName, suggestion })
				)
			);
		}

		const state: ExplorerState = {
			view,
			regions,
			metric,
			measure,
			applicant,
			from,
			to,
			scale,
			relative,
			year,
			handling,
			units,
			lang,
			report,
			...(cleared ? { cleared: true } : {})
		};
		return { state, problems };
	} catch {
		// Unreachable by design; kept so that a bug here can never take the page down.
		return { state: defaultState(), problems };
	}
}

// --- serialize ---------------------------------------------------------------------------------------

function encode(value: string): string {
	return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'));
}

/** The canonical query of a valid state (no leading "?"): defaults left out, PARAM_ORDER. */
function canonicalQuery(s: ExplorerState): string {
	const d = DEFAULT_STATE;
	const parts: string[] = [];
	const add = (name: string, value: string) => parts.push(`${name}=${encode(value)}`);
	if (s.view !== d.view) add('view', s.view);
	if (s.regions.length > 0) parts.push(`regions=${s.regions.map(encode).join(',')}`);
	else if (s.cleared) parts.push(`regions=${NO_REGIONS}`);
	if (s.metric !== d.metric) add('metric', s.metric);
	if (s.applicant !== d.applicant) add('applicant', s.applicant);
	if (s.from !== null) add('from', String(s.from));
	if (s.to !== null) add('to', String(s.to));
	if (s.scale !== d.scale) add('scale', s.scale);
	if (s.relative !== null) add('relative', String(s.relative));
	if (s.year !== d.year) add('year', String(s.year));
	if (s.handling !== d.handling) add('handling', s.handling);
	if (s.units !== d.units) add('units', s.units);
	if (s.lang !== d.lang) add('lang', s.lang);
	if (s.report) add('report', s.report);
	return parts.join('&');
}

/**
 * A valid state from any (possibly partial or hand-built) state: defaults filled in, values checked
 * exactly as parseState checks a URL (years swapped, regions de-duplicated and capped, measure
 * derived from the metric). Invalid values become defaults; the problems are dropped.
 */
export function normalizeState(input: Partial<ExplorerState>): ExplorerState {
	const q = new URLSearchParams();
	const source = (input ?? {}) as Record<string, unknown>;
	for (const name of PARAM_ORDER) {
		if (!Object.hasOwn(source, name)) continue;
		const v = source[name];
		if (v === null || v === undefined) continue;
		if (name === 'regions') {
			if (Array.isArray(v))
				q.set(
					name,
					v.length === 0 && source.cleared === true
						? NO_REGIONS
						: v.map((id) => String(id)).join(',')
				);
		} else if (typeof v === 'string' || typeof v === 'number') {
			q.set(name, String(v));
		}
	}
	return parseState(q).state;
}

/** The canonical query string of a state, without "?"; '' for the default state. */
export function serializeState(state: ExplorerState): string {
	return canonicalQuery(normalizeState(state));
}

/** '?query' or '' (for the default state): ready to append to a path. */
export function stateToSearch(state: ExplorerState): string {
	const q = serializeState(state);
	return q === '' ? '' : `?${q}`;
}

export function statesEqual(a: ExplorerState, b: ExplorerState): boolean {
	return serializeState(a) === serializeState(b);
}

// --- regions the data does not know ------------------------------------------------------------------

/** The state's region ids that are not in `knownIds` (the regions table), in state order. */
export function unknownRegions(
	state: Pick<ExplorerState, 'regions'>,
	knownIds: ReadonlySet<string> | Iterable<string>
): string[] {
	const known = knownIds instanceof Set ? (knownIds as ReadonlySet<string>) : new Set(knownIds);
	return state.regions.filter((id) => !known.has(id));
}

/** The problem to show for unknown region ids, or null when there are none. */
export function unknownRegionsProblem(ids: readonly string[]): Problem | null {
	if (ids.length === 0) return null;
	return problem('regions', ids.join(','), 'unknown_regions', (lang) =>
		t(lang, 'problem.unknown_regions', { ids: listForMessage([...ids]) })
	);
}

/** The state without its unknown regions, and the problem naming them (if any). */
export function dropUnknownRegions(
	state: ExplorerState,
	knownIds: ReadonlySet<string> | Iterable<string>
): { state: ExplorerState; problems: Problem[] } {
	const unknown = unknownRegions(state, knownIds);
	if (unknown.length === 0) return { state, problems: [] };
	const drop = new Set(unknown);
	const p = unknownRegionsProblem(unknown);
	return {
		state: { ...state, regions: state.regions.filter((id) => !drop.has(id)) },
		problems: p ? [p] : []
	};
}

// --- years outside the range ---------------------------------------------------------------------------

/**
 * The state without a base year (`relative`) or compare year (`year`) outside from–to, and the
 * problems naming them: nothing in the range could be drawn for such a year, so the trend would be
 * empty and the slider would point at another year. The page applies it to the URL's state and to
 * every change a control makes (narrowing the range drops the base year); a URL alone stays valid.
 */
export function dropYearsOutsideRange(state: ExplorerState): {
	state: ExplorerState;
	problems: Problem[];
} {
	const { from, to } = state;
	const inRange = (y: number) => (from === null || y >= from) && (to === null || y <= to);
	const problems: Problem[] = [];
	const outside = (param: string, year: number, d: DefaultText) =>
		problems.push(
			problem(param, String(year), 'outside_years', (lang) =>
				t(lang, 'problem.outside_years', {
					param,
					value: year,
					range: `${from ?? '…'}–${to ?? '…'}`,
					default: defaultText(d, lang)
				})
			)
		);
	let { relative, year } = state;
	if (relative !== null && !inRange(relative)) {
		outside('relative', relative, NONE);
		relative = null;
	}
	if (year !== 'latest' && !inRange(year)) {
		outside('year', year, 'latest');
		year = 'latest';
	}
	return problems.length ? { state: { ...state, relative, year }, problems } : { state, problems };
}

/**
 * A parsed URL's state checked against itself and the data: base and compare years outside the
 * year range dropped, then (once the regions are known) unknown regions; each named as a problem,
 * after the URL's own.
 */
export function checkState(
	parsed: { state: ExplorerState; problems: Problem[] },
	knownIds: Iterable<string> | null
): { state: ExplorerState; problems: Problem[] } {
	const years = dropYearsOutsideRange(parsed.state);
	const problems = [...parsed.problems, ...years.problems];
	if (knownIds === null) return { state: years.state, problems };
	const regions = dropUnknownRegions(years.state, knownIds);
	return { state: regions.state, problems: [...problems, ...regions.problems] };
}
