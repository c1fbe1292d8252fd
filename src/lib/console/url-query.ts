/**
 * The console's state in the URL: `?q=` (the query), `?lang=` and the chart's settings
 * (chart-settings.ts, parsed there). Parsing never throws. A shared
 * query runs by itself when the page opens only when it can only read: the engine cannot reach
 * outside the browser, but a statement such as ATTACH, DETACH, USE or CREATE TEMP TABLE facts could
 * change what the reader's tables show, so such a link waits for the reader to press Run. Very long
 * queries wait too, and a query whose link would be longer than SHARE_MAX_CHARS is not put in the
 * URL at all (servers refuse such requests, so a reload would lose it): it is kept in this
 * browser instead (draft-query.ts).
 */
import { isLang, type Lang } from '../i18n';
import { chartParams, type ChartSettings } from './chart-settings';

export const AUTORUN_MAX_CHARS = 10_000;
/** The longest search string (`?q=…&lang=…`, encoded) the console puts in its URL. */
export const SHARE_MAX_CHARS = 4_000;

export interface ConsoleUrlState {
	q: string;
	lang: Lang;
}

export function parseConsoleUrl(params: URLSearchParams): ConsoleUrlState {
	const lang = params.get('lang');
	return { q: params.get('q') ?? '', lang: isLang(lang) ? lang : 'zh' };
}

export function consoleSearch(s: ConsoleUrlState & { chart?: ChartSettings | null }): string {
	const p = new URLSearchParams();
	if (s.q) p.set('q', s.q);
	if (s.lang !== 'zh') p.set('lang', s.lang);
	for (const [k, v] of chartParams(s.chart ?? null)) p.set(k, v);
	const text = p.toString();
	return text ? `?${text}` : '';
}

/** Whether the query fits in a link (its encoded search string, at most SHARE_MAX_CHARS). */
export function fitsInLink(s: ConsoleUrlState & { chart?: ChartSettings | null }): boolean {
	return consoleSearch(s).length <= SHARE_MAX_CHARS;
}

/**
 * Words of statements that change the engine's state rather than read it. Matched anywhere in the
 * text, strings and comments included: a false alarm only asks for a click.
 */
const CHANGES_STATE =
	/\b(attach|detach|use|create|drop|alter|insert|update|delete|truncate|copy|export|import|install|load|set|reset|pragma|checkpoint|call|vacuum|begin|commit|rollback|abort|prepare|execute|deallocate|comment|merge|upsert)\b/i;

export function changesState(q: string): boolean {
	return CHANGES_STATE.test(q);
}

/** Why a link's query does not run by itself (null: it does). */
export function autorunRefusal(q: string): 'empty' | 'long' | 'statement' | null {
	if (!q.trim()) return 'empty';
	if (q.length > AUTORUN_MAX_CHARS) return 'long';
	if (changesState(q)) return 'statement';
	return null;
}

export function mayAutorun(q: string): boolean {
	return autorunRefusal(q) === null;
}
