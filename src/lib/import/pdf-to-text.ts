/**
 * A PDF's text layer in the browser: pdf.js (its legacy build, which runs in the browsers of the
 * last two years, not only the newest) and its worker are self-hosted (Vite `?url`) and loaded only
 * when a PDF is imported; its character maps and standard font data are ours too
 * (scripts/pdfjs-assets.ts copies them to /pdfjs/), fetched only for a PDF whose fonts need them.
 * The text itself is read by src/lib/pdf/read-pdf-text.ts, as in the ingest CLI.
 */
import { base } from '$app/paths';
import { readPdfText, type PdfText } from '../pdf/read-pdf-text';

export { hasNoTextLayer } from '../pdf/read-pdf-text';

/** Our origin's copy of pdf.js's data folders, as absolute URLs (pdf.js requires the trailing "/"). */
export function pdfAssetUrls(pageUrl: string): { cMapUrl: string; standardFontDataUrl: string } {
	const at = (folder: string) => new URL(`${base}/pdfjs/${folder}/`, pageUrl).href;
	return { cMapUrl: at('cmaps'), standardFontDataUrl: at('standard_fonts') };
}

export async function pdfToText(data: ArrayBuffer): Promise<PdfText> {
	const [pdfjs, { default: workerUrl }] = await Promise.all([
		import('pdfjs-dist/legacy/build/pdf.mjs'),
		import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url')
	]);
	pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
	return readPdfText(pdfjs, new Uint8Array(data), pdfAssetUrls(document.baseURI));
}
