/**
 * A PDF's text layer as report text, the one implementation the browser import
 * (src/lib/import/pdf-to-text.ts) and the ingest CLI / data build (scripts/data/read-pdf.ts) share:
 * each loads pdf.js its own way and passes it in with where its character maps and standard font
 * data are (same origin in the browser, node_modules in Node); this reads the pages' text items
 * and rebuilds lines and table cells from their positions (pdf-text-layout.ts).
 *
 * The character maps let pdf.js read fonts that are not embedded and use a predefined CMap, as
 * Chinese office software writes them (UniGB-UCS2-H, GBK-EUC-H over Adobe-GB1): without them
 * such text comes out as nothing or as a few stray characters.
 */
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pageText, type TextItem } from './pdf-text-layout';

export type PdfJsModule = Pick<typeof PdfJs, 'getDocument'>;

export interface PdfAssetUrls {
	/** Folder of pdf.js's packed character maps (`*.bcmap`), ending in "/". */
	cMapUrl: string;
	/** Folder of pdf.js's standard font data, ending in "/". */
	standardFontDataUrl: string;
}

export interface PdfText {
	/** The pages' text, tables as "|" rows, pages one after another. */
	text: string;
	pages: number;
	/** Characters other than white space in the text layer. */
	chars: number;
}

export async function readPdfText(
	pdfjs: PdfJsModule,
	data: Uint8Array,
	assets: PdfAssetUrls
): Promise<PdfText> {
	const task = pdfjs.getDocument({
		data,
		cMapUrl: assets.cMapUrl,
		cMapPacked: true,
		standardFontDataUrl: assets.standardFontDataUrl,
		useSystemFonts: false,
		disableFontFace: true,
		// Never build functions from strings (the site's Content-Security-Policy forbids it).
		isEvalSupported: false,
		stopAtErrors: false,
		verbosity: 0
	});
	const doc = await task.promise;
	const pages: string[] = [];
	try {
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const content = await page.getTextContent();
			const items: TextItem[] = [];
			for (const item of content.items) {
				if (!('str' in item)) continue;
				items.push({
					str: item.str,
					x: item.transform[4] as number,
					y: item.transform[5] as number,
					width: item.width,
					height: item.height || Math.abs(item.transform[3] as number)
				});
			}
			pages.push(pageText(items));
			page.cleanup();
		}
	} finally {
		await task.destroy();
	}
	const text = pages.join('\n');
	return { text, pages: pages.length, chars: text.replace(/[\s|]/g, '').length };
}

/**
 * Fewer characters than this per page, on average, is no text layer: a scanned report's pages
 * are images, with at most a page number or a stamp's text on them.
 */
export const MIN_CHARS_PER_PAGE = 20;

/** The PDF has no text to read (its pages are images, as a scan's are). */
export function hasNoTextLayer(pdf: PdfText): boolean {
	return pdf.chars < MIN_CHARS_PER_PAGE * Math.max(1, pdf.pages);
}
