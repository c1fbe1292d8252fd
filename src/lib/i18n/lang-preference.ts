/**
 * The reader's language across pages: `?lang=` in the URL wins; a URL without it takes the language
 * the reader last chose (localStorage), else Chinese, the language every page is prerendered in.
 * The root layout keeps `?lang=` on its links and remembers each choice; its load function sends a
 * link inside the site without `?lang=` to the remembered language (embeds excepted: their URL is
 * their author's). A page opened from outside shows what its URL says.
 */
import { isLang, type Lang } from './strings';

export const DEFAULT_LANG: Lang = 'zh';
const STORAGE_KEY = 'ogi-atlas:lang';

/** The language a URL asks for, or null. */
export function urlLang(url: URL): Lang | null {
	const l = url.searchParams.get('lang');
	return isLang(l) ? l : null;
}

/** The language the reader last chose, or null (no choice, or no storage). */
export function storedLang(): Lang | null {
	try {
		const l = globalThis.localStorage?.getItem(STORAGE_KEY);
		return isLang(l) ? l : null;
	} catch {
		return null;
	}
}

export function rememberLang(lang: Lang): void {
	try {
		globalThis.localStorage?.setItem(STORAGE_KEY, lang);
	} catch {
		// Storage refused (private mode, quota): the URL still carries the language.
	}
}

/** `href` (a path with an optional query and hash) with `lang` set in its query. */
export function withLang(href: string, lang: Lang): string {
	const url = new URL(href, 'http://x');
	url.searchParams.set('lang', lang);
	return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Where a URL without `?lang=` should go for a reader who chose another language than the
 * default, or null to stay.
 */
export function preferredLocation(url: URL, stored: Lang | null): string | null {
	// A URL that names a language, even one we do not have, has decided (the page says so).
	if (url.searchParams.has('lang') || !stored || stored === DEFAULT_LANG) return null;
	if (/(^|\/)embed(\/|$)/.test(url.pathname)) return null;
	return withLang(`${url.pathname}${url.search}${url.hash}`, stored);
}
