// Runs when the site is prerendered (a static site: there is no server at run time).
import type { Handle } from '@sveltejs/kit';
import { bootUrl, wasmUrl, workerUrl } from '$lib/engine/engine-files';

const CSP_META = /<meta http-equiv="content-security-policy"[^>]*>/;

/**
 * The console's engine start (src/lib/engine/engine-boot.js): an async script from our origin,
 * at the top of <head>, just after the Content-Security-Policy (which then governs it), so the
 * browser fetches it before the page's twenty modulepreloaded script files (in <svelte:head> it
 * would come after them). Written here, not by the page: the page's hydration never sees it.
 */
const EARLY: Record<string, string> = {
	'/sql': `<script async fetchpriority="high" src="${bootUrl}" data-worker="${workerUrl}" data-wasm="${wasmUrl}"></script>`
};

export function withEarlyScript(html: string, script: string | undefined): string {
	const csp = html.match(CSP_META);
	if (!script || !csp || csp.index === undefined) return html;
	const at = csp.index + csp[0].length;
	return `${html.slice(0, at)}\n\t\t${script}${html.slice(at)}`;
}

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html, done }) =>
			done ? withEarlyScript(html, EARLY[event.url.pathname]) : html
	});
