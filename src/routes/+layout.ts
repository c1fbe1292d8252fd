import { browser } from '$app/environment';
import { redirect } from '@sveltejs/kit';
import { preferredLocation, storedLang } from '$lib/i18n/lang-preference';
import { siteVersion } from '$lib/share/data-version';
import type { LayoutLoad } from './$types';

// A static site: every page is prerendered; data loads in the browser.
export const prerender = true;
export const trailingSlash = 'never';

// A URL without ?lang= opens in the language the reader last chose (in the browser only: the
// prerendered pages are in Chinese, and their URL has no query at build time).
// Only when moving to another page inside the site (a link without ?lang=, e.g. a coverage cell):
// a page opened from outside (address bar, bookmark, shared link) shows what its URL says, and a
// page that changes its own URL to the default language (the explorer drops ?lang=zh) stays where
// it is, and the layout remembers that choice.
let lastPath: string | null = null;

export const load: LayoutLoad = ({ url }) => {
	const data = siteVersion();
	if (!browser) return data;
	const arriving = lastPath !== null && lastPath !== url.pathname;
	lastPath = url.pathname;
	if (!arriving) return data;
	const to = preferredLocation(url, storedLang());
	if (to) redirect(307, to);
	return data;
};
