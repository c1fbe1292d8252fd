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

/** The widths the embed dialog offers: fixed pixels, or the host's column. */
export const EMBED_WIDTHS = ['320', '400', '700', '100%'] as const;
export type EmbedWidth = (typeof EMBED_WIDTHS)[number];

/**
 * The host-page lines that apply the frame's height messages (docs/embedding.md): each of our
 * iframes takes the height its content reports, so no blank space is left below the chart. Pasted
 * with every snippet; a page with several snippets adds the listener once.
 */
export const HEIGHT_SCRIPT =
	'<script>window.ogiAtlasHeights||(window.ogiAtlasHeights=1,addEventListener("message",function(e){' +
	'var d=e.data;if(!d||d.type!=="ogi:height"||typeof d.height!=="number")return;' +
	'document.querySelectorAll("iframe").forEach(function(f){' +
	'if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})}))</' +
	'script>';

/** The iframe's CSS width: a fixed width shrinks with a narrower column (max-width). */
export function widthStyle(width: EmbedWidth): string {
	return width === '100%' ? 'width:100%' : `width:${width}px;max-width:100%`;
}

export function iframeSnippet(
	src: string,
	title: string,
	height: number,
	width: EmbedWidth = '100%'
): string {
	return `<iframe src="${attr(src)}" title="${attr(title)}" style="${widthStyle(width)};border:0" height="${height}" loading="lazy"></iframe>\n${HEIGHT_SCRIPT}`;
}
