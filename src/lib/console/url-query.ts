/**
 * The console's state in the URL: `?q=` (the query) and `?lang=`. Parsing never throws. A shared
 * query may run by itself when the page opens, because the engine cannot reach outside the browser
 * (external access is off and the configuration locked); very long queries still wait for a click.
 */
import { isLang, type Lang } from '$lib/i18n';

export const AUTORUN_MAX_CHARS = 10_000;

export interface ConsoleUrlState {
	q: string;
	lang: Lang;
}

export function parseConsoleUrl(params: URLSearchParams): ConsoleUrlState {
	const lang = params.get('lang');
	return { q: params.get('q') ?? '', lang: isLang(lang) ? lang : 'zh' };
}

export function consoleSearch(s: ConsoleUrlState): string {
	const p = new URLSearchParams();
	if (s.q) p.set('q', s.q);
	if (s.lang !== 'zh') p.set('lang', s.lang);
	const text = p.toString();
	return text ? `?${text}` : '';
}

export function mayAutorun(q: string): boolean {
	return q.trim().length > 0 && q.length <= AUTORUN_MAX_CHARS;
}
