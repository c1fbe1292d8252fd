/**
 * How the harvest reads report files that are not text: PDF and Word, with the readers the ingest
 * CLI and the browser import use (one implementation each).
 */
import { docxToText } from '../../src/lib/docx/docx-to-text.ts';
import { hasNoTextLayer } from '../../src/lib/pdf/read-pdf-text.ts';
import { pdfFileText } from '../data/read-pdf.ts';
import type { Converters } from './document-text.ts';

export const converters: Converters = {
	async pdf(body) {
		const pdf = await pdfFileText(body);
		if (hasNoTextLayer(pdf))
			throw new Error(
				`the PDF has no text layer (${pdf.pages} pages of images: a scan); run OCR on it first`
			);
		return pdf.text;
	},
	docx: (body) => docxToText(body)
};
