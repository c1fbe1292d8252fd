import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The Content-Security-Policy of every page, written by SvelteKit as a <meta> tag (prerendered
 * pages have no headers of their own) with the hashes of its inline bootstrap scripts.
 * Only our origin: our scripts, our wasm ('wasm-unsafe-eval' compiles WebAssembly, not strings),
 * our workers, our data. No 'unsafe-eval'. Inline styles are allowed: Svelte writes style
 * attributes and the console's editor (CodeMirror, through style-mod) its theme into a <style>
 * element; report text is never markup, so no style can come from data. frame-ancestors cannot be
 * set by a <meta> tag: see docs/deployment.md for the headers a host adds.
 */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	// The hash is app.html's one inline script, which marks a URL with a query string before the
	// prerendered default chart is painted (the explorer hides it then: it is not the link's chart)
	// and sets the reader's light/dark preference on <html> (the charts' series colours follow it).
	'script-src': ['self', 'wasm-unsafe-eval', 'sha256-75ukk/mSyuBJbLCgVI81x5/aXuhjs9VPp8BAVEMBndw='],
	'style-src': ['self', 'unsafe-inline'],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'worker-src': ['self'],
	'frame-src': ['self'],
	'manifest-src': ['self'],
	'media-src': ['none'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A static site: every route that can be is prerendered; the rest falls back to the SPA shell.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
		prerender: { handleHttpError: 'fail' },
		csp: { mode: 'hash', directives: CSP_DIRECTIVES },
		// Our stylesheets are small: inlined into the prerendered page, they cost no request of their
		// own before the first chart. style-src allows 'unsafe-inline', so they need no hash.
		inlineStyleThreshold: 10_000
	}
};

export default config;
