/**
 * "Chart this result" settings and their place in the console's URL:
 * `&chart=bar|line|point&x=<column>&y=<column>&series=<column>&sort=value|result&orient=h|v`.
 * `chart` turns the chart on; the others are read only with it. Parsing never throws: a value
 * that is not allowed is dropped with a Problem (the chart then chooses it from the result), and
 * column names are checked against the result later (chart-data.ts `resolveChart`).
 */
import { displayValue, type Problem } from '../shared/problems';
import { both, t } from '../i18n';
import '../i18n/console-strings';

export const MARKS = ['bar', 'line', 'point'] as const;
export type Mark = (typeof MARKS)[number];
/** Bars (and categories of lines) by value, largest first, or in the result's order. */
export const SORTS = ['value', 'result'] as const;
export type Sort = (typeof SORTS)[number];
/** Bar orientation: chosen from the labels (auto), horizontal or vertical. */
export const ORIENTS = ['auto', 'h', 'v'] as const;
export type Orient = (typeof ORIENTS)[number];

export interface ChartSettings {
	mark: Mark;
	x: string;
	y: string;
	series: string | null;
	sort: Sort;
	orient: Orient;
}

/** What a link asks for: a mark, and whichever other settings it names. */
export type ChartRequest = { mark: Mark | null } & Partial<Omit<ChartSettings, 'mark'>>;

/** Longest column name read from a link (DuckDB names are rarely longer). */
export const MAX_COLUMN_PARAM = 200;

const CHART_PARAMS = ['x', 'y', 'series', 'sort', 'orient'] as const;
/** Every URL parameter of the chart. */
export const CHART_PARAM_NAMES = ['chart', ...CHART_PARAMS] as const;

function oneOf<T extends string>(list: readonly T[], v: string | null): v is T {
	return v !== null && (list as readonly string[]).includes(v);
}

function notAllowed(param: string, value: string, allowed: readonly string[]): Problem {
	return {
		param,
		value: displayValue(value),
		code: 'not_allowed',
		...perLang((lang) =>
			t(lang, 'problem.not_allowed', {
				param,
				value: displayValue(value, 40),
				allowed: allowed.join(', '),
				default: t(lang, 'console.chart_auto')
			})
		)
	};
}

function perLang(message: (lang: 'zh' | 'en') => string) {
	return { message_zh: message('zh'), message_en: message('en') };
}

export function parseChartParams(params: URLSearchParams): {
	chart: ChartRequest | null;
	problems: Problem[];
} {
	const problems: Problem[] = [];
	const mark = params.get('chart');
	if (mark === null) {
		const stray = CHART_PARAMS.filter((p) => params.has(p));
		if (stray.length)
			problems.push({
				param: stray[0]!,
				value: displayValue(params.get(stray[0]!) ?? ''),
				code: 'not_allowed',
				...both('console.chart_params_without_chart', { params: stray.join(', ') })
			});
		return { chart: null, problems };
	}
	const chart: ChartRequest = { mark: null };
	if (oneOf(MARKS, mark)) chart.mark = mark;
	else if (mark !== '') problems.push(notAllowed('chart', mark, MARKS));
	for (const key of ['x', 'y', 'series'] as const) {
		const v = params.get(key);
		if (v === null || v === '') continue;
		if (v.length > MAX_COLUMN_PARAM) {
			problems.push({
				param: key,
				value: displayValue(v),
				code: 'too_long',
				...perLang((lang) =>
					t(lang, 'problem.too_long_reset', {
						param: key,
						max: MAX_COLUMN_PARAM,
						default: t(lang, 'console.chart_auto')
					})
				)
			});
			continue;
		}
		chart[key] = v;
	}
	const sort = params.get('sort');
	if (oneOf(SORTS, sort)) chart.sort = sort;
	else if (sort !== null) problems.push(notAllowed('sort', sort, SORTS));
	const orient = params.get('orient');
	if (oneOf(ORIENTS, orient)) chart.orient = orient;
	else if (orient !== null) problems.push(notAllowed('orient', orient, ORIENTS));
	return { chart, problems };
}

/** The settings as URL parameters, defaults left out (sort=value, orient=auto, no series). */
export function chartParams(s: ChartSettings | null): [string, string][] {
	if (!s) return [];
	const out: [string, string][] = [
		['chart', s.mark],
		['x', s.x],
		['y', s.y]
	];
	if (s.series) out.push(['series', s.series]);
	if (s.sort !== 'value') out.push(['sort', s.sort]);
	if (s.orient !== 'auto') out.push(['orient', s.orient]);
	return out;
}

/** `search` (a `?…` string) with the chart parameters `from` has, as they are there. */
export function withChartParamsOf(search: string, from: URLSearchParams): string {
	const out = new URLSearchParams(search);
	for (const k of CHART_PARAM_NAMES) {
		const v = from.get(k);
		if (v !== null) out.set(k, v);
	}
	const text = out.toString();
	return text ? `?${text}` : '';
}
