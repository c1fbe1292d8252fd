/** The iframe snippet the embed dialog offers (pure, so it is easy to test). */
import { parseState } from '../views/url-state';
import { viewDef } from '../views/registry';
import { embedSearch, type EmbedChart, type EmbedOptions } from './embed-params';

/** Escapes text for a double-quoted HTML attribute. */
export function attr(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/** The iframe height the snippet asks for (each view's own, src/lib/views). */
export function defaultHeight(chart: EmbedChart): number {
	return viewDef(chart).chart?.embedHeight ?? 560;
}

/** The absolute embed URL for the explorer's query string (`search`, with or without "?"). */
export function embedUrl(
	origin: string,
	basePath: string,
	chart: EmbedChart,
	search: string,
	options: EmbedOptions & { lang: 'zh' | 'en' }
): string {
	const state = parseState(new URLSearchParams(search.replace(/^\?/, ''))).state;
	return `${origin}${basePath}/embed/${chart}${embedSearch({ ...state, lang: options.lang }, options)}`;
}

export function iframeSnippet(src: string, title: string, height: number): string {
	return `<iframe src="${attr(src)}" title="${attr(title)}" style="width:100%;border:0" height="${height}" loading="lazy"></iframe>`;
}
