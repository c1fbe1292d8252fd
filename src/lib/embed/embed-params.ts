/**
 * The parameters of an embed URL: the explorer's state (parsed by url-state.ts, so the same link
 * works in both places) plus the embed's own options, `theme`, `static` and `downloads`. Never
 * throws: a bad value gets its default and a Problem, shown in the frame.
 */
import { parseState, stateToSearch, type ExplorerState } from '../views/url-state';
import { type Problem } from '../shared/problems';
import { displayValue } from '../shared/problems';
import { t, type Lang } from '../i18n/strings';
import { EMBED_VIEWS, isEmbedView, type EmbedViewId } from '../views/registry';

/** The embeddable views (src/lib/views/registry.ts): /embed/<chart>. */
export const EMBED_CHARTS = EMBED_VIEWS;
export type EmbedChart = EmbedViewId;
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface EmbedOptions {
	theme: Theme;
	/** No interactivity: no tooltips, no focusable marks. */
	static: boolean;
	downloads: boolean;
}

export const DEFAULT_OPTIONS: Readonly<EmbedOptions> = Object.freeze({
	theme: 'light',
	static: false,
	downloads: true
});

const EMBED_PARAMS = ['theme', 'static', 'downloads'] as const;

export const isEmbedChart: (value: string) => value is EmbedChart = isEmbedView;

function problem(param: string, value: string, allowed: string, fallback: string): Problem {
	const message = (lang: Lang) =>
		t(lang, 'problem.not_allowed', {
			param,
			value: displayValue(value, 40),
			allowed,
			default: fallback
		});
	return {
		param,
		value: displayValue(value),
		code: 'not_allowed',
		message_zh: message('zh'),
		message_en: message('en')
	};
}

function flag(
	params: URLSearchParams,
	name: string,
	fallback: boolean,
	problems: Problem[]
): boolean {
	const raw = params.get(name);
	if (raw === null || raw.trim() === '') return fallback;
	const v = raw.trim().toLowerCase();
	if (v === '1' || v === 'true') return true;
	if (v === '0' || v === 'false') return false;
	problems.push(problem(name, raw, '0, 1', fallback ? '1' : '0'));
	return fallback;
}

export interface ParsedEmbed {
	state: ExplorerState;
	options: EmbedOptions;
	problems: Problem[];
}

/** The explorer state (its `view` set to the chart) and the embed options of a query. */
export function parseEmbed(chart: EmbedChart, params: URLSearchParams): ParsedEmbed {
	const problems: Problem[] = [];
	const rest = new URLSearchParams();
	for (const [name, value] of params)
		if (!(EMBED_PARAMS as readonly string[]).includes(name)) rest.append(name, value);
	const parsed = parseState(rest);
	problems.push(...parsed.problems);
	let theme: Theme = DEFAULT_OPTIONS.theme;
	const rawTheme = params.get('theme');
	if (rawTheme !== null && rawTheme.trim() !== '') {
		const v = rawTheme.trim().toLowerCase();
		const match = THEMES.find((x) => x === v);
		if (match) theme = match;
		else problems.push(problem('theme', rawTheme, THEMES.join(', '), DEFAULT_OPTIONS.theme));
	}
	const options: EmbedOptions = {
		theme,
		static: flag(params, 'static', DEFAULT_OPTIONS.static, problems),
		downloads: flag(params, 'downloads', DEFAULT_OPTIONS.downloads, problems)
	};
	return { state: { ...parsed.state, view: chart }, options, problems };
}

/** True when the query holds anything the default embed does not show (so data must be loaded). */
export function changesData(params: URLSearchParams): boolean {
	for (const name of params.keys())
		if (!(EMBED_PARAMS as readonly string[]).includes(name) && name !== 'lang' && name !== 'view')
			return true;
	return false;
}

/** The explorer's query for the same state and view (with a leading "?"). */
export function exploreSearch(state: ExplorerState, chart: EmbedChart): string {
	return stateToSearch({ ...state, view: chart });
}

/** The embed's query: the state (without its view, which is the path) and non-default options. */
export function embedSearch(state: ExplorerState, options: EmbedOptions): string {
	const q = new URLSearchParams(stateToSearch({ ...state, view: 'trend' }).slice(1));
	if (options.theme !== DEFAULT_OPTIONS.theme) q.set('theme', options.theme);
	if (options.static) q.set('static', '1');
	if (!options.downloads) q.set('downloads', '0');
	const s = q.toString().replace(/%2C/g, ',');
	return s === '' ? '' : `?${s}`;
}
