/**
 * Reads every report file of a folder (or one file) and runs the extraction engine on it. Text
 * files (.txt, .md, .html) are read as they are; the ingest CLI also reads PDFs (their text layer,
 * as the browser import reads it: read-pdf.ts) and Word files (.docx: docx-to-text.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { docxToText } from '../../src/lib/docx/docx-to-text.ts';
import { isDocx, isPdf } from '../../src/lib/import/assess-input.ts';
import { decodeReportBytes } from '../../src/lib/extract/decode-bytes.ts';
import { hasNoTextLayer } from '../../src/lib/pdf/read-pdf-text.ts';
import { pdfFileText } from './read-pdf.ts';
import { extractReport } from '../../src/lib/extract/extract-report.ts';
import type { ExtractResult } from '../../src/lib/extract/types.ts';

export interface ReportFailure {
	file: string;
	message: string;
}

const TEXT_FILE = /\.(txt|md|html?)$/i;
const TEXT_OR_DOCUMENT = /\.(txt|md|html?|pdf|docx)$/i;

/** A folder's report files (text files; with `documents`, PDF and Word files too), or the one file. */
export function reportFiles(path: string, { documents = false } = {}): string[] {
	if (!statSync(path).isDirectory()) return [path];
	const wanted = documents ? TEXT_OR_DOCUMENT : TEXT_FILE;
	return readdirSync(path)
		.filter((f) => wanted.test(f) && !/^readme/i.test(f))
		.sort()
		.map((f) => join(path, f));
}

export function reportIdOf(file: string): string {
	return basename(file).replace(/\.[^.]+$/, '');
}

function readBytes(file: string): Buffer {
	try {
		return readFileSync(file);
	} catch (error) {
		throw new Error(
			`${file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
			{
				cause: error
			}
		);
	}
}

/** Extracts one text file; throws an Error with one clear line when it cannot be read as text. */
export function readReport(file: string): ExtractResult {
	return extractBytes(file, readBytes(file));
}

function extractBytes(file: string, bytes: Buffer): ExtractResult {
	const decoded = decodeReportBytes(new Uint8Array(bytes));
	if (!decoded.ok) throw new Error(`${file}: ${decoded.message}`);
	// A file cut inside its front matter has no region or year to file its numbers under.
	if (/^\uFEFF?---\r?\n/.test(decoded.text) && !/\r?\n---\r?\n?/.test(decoded.text.slice(3)))
		throw new Error(`${file}: the front matter is not closed (the file may be truncated)`);
	return extractReport(decoded.text, reportIdOf(file));
}

/** The message for a PDF with no text layer, naming the problem and what to do. */
export function noTextLayerMessage(file: string, pages: number): string {
	const n = `${pages} page${pages === 1 ? '' : 's'}`;
	return `${file}: the PDF has no text layer (${n} with hardly any text: a scanned report's pages are images), so there is no text to read; run OCR on it and ingest the text`;
}

/**
 * Extracts one file of any kind we read: a text file as readReport does, a PDF from its text
 * layer, a Word file (.docx) from its paragraphs and tables. Throws an Error with one clear line
 * when the file cannot be read, a PDF without a text layer (a scan) included.
 */
export async function readReportFile(file: string): Promise<ExtractResult> {
	const bytes = readBytes(file);
	const head = new Uint8Array(bytes.subarray(0, 4));
	if (isPdf(head)) {
		const pdf = await pdfFileText(new Uint8Array(bytes)).catch((error: Error) => {
			throw new Error(`${file}: cannot read the PDF (${error.message})`, { cause: error });
		});
		if (hasNoTextLayer(pdf)) throw new Error(noTextLayerMessage(file, pdf.pages));
		return extractReport(pdf.text, reportIdOf(file));
	}
	if (isDocx(file, head)) {
		const text = await docxToText(new Uint8Array(bytes)).catch((error: Error) => {
			throw new Error(`${file}: cannot read the Word file (${error.message})`, { cause: error });
		});
		return extractReport(text, reportIdOf(file));
	}
	return extractBytes(file, bytes);
}
