/**
 * A PDF's text layer in Node, for the ingest CLI: the same reader as the browser import
 * (src/lib/pdf/read-pdf-text.ts, the same pdf.js legacy build), with pdf.js's character maps and
 * standard font data read from node_modules.
 */
import { readPdfText, type PdfText } from '../../src/lib/pdf/read-pdf-text.ts';
import { pdfjsDataDirs } from '../pdfjs-assets.ts';

export async function pdfFileText(bytes: Uint8Array): Promise<PdfText> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	// A copy: pdf.js takes over (detaches) the buffer it is given.
	return readPdfText(pdfjs, new Uint8Array(bytes), pdfjsDataDirs);
}
