/**
 * Reads one input of the import page (a pasted text or a file) into the engine's result, or says
 * why it was refused, in the reader's language: a PDF's text layer and a Word file's text are read
 * first (each loaded only for one), then the text is extracted in the worker.
 */
import { formatNumber, t, type Lang } from '../i18n';
import { isDocx, isPdf, reportRefusal, sizeRefusal, type Refusal } from './assess-input';
import { extractInWorker } from './extract-in-worker';

export type Extracted = Extract<Awaited<ReturnType<typeof extractInWorker>>, { ok: true }>;
/** The engine's reading, or the sentence saying why the input was refused. */
export type ReadOutcome =
	| { ok: true; response: Extracted }
	/** `extracted`: the engine read the input (and found no report in it). */
	| { ok: false; message: string; extracted?: boolean };

export function refusalText(lang: Lang, r: Refusal, fromPaste = false): string {
	const mb = (n: number) => `${formatNumber(lang, Math.round((n / 1048576) * 10) / 10)} MB`;
	switch (r.code) {
		case 'too_large':
			return t(lang, fromPaste ? 'import.too_large_pasted' : 'import.too_large', {
				size: mb(r.size),
				limit: mb(r.limit)
			});
		case 'not_a_report':
			return t(lang, 'import.not_a_report', { chars: formatNumber(lang, r.chars) });
		case 'empty':
			return t(lang, 'import.empty');
		case 'unreadable':
			return t(lang, 'import.unreadable', { message: r.message });
	}
}

const refused = (lang: Lang, name: string, reason: string, extracted = false): ReadOutcome => ({
	ok: false,
	message: t(lang, 'import.refused', { name, reason }),
	extracted
});

/** Runs the engine on one input (with the year the reader chose, if any). */
export async function extractInput(
	lang: Lang,
	name: string,
	input: { bytes?: ArrayBuffer; text?: string },
	year?: number
): Promise<ReadOutcome> {
	const response = await extractInWorker({ ...input, year });
	if (!response.ok)
		return refused(
			lang,
			name,
			refusalText(lang, { code: 'unreadable', message: response.message }),
			true
		);
	const refusal = reportRefusal(response.result);
	if (refusal) return refused(lang, name, refusalText(lang, refusal), true);
	return { ok: true, response };
}

/** A pasted text: refused when empty or too large, else extracted. */
export function readPastedText(lang: Lang, text: string): Promise<ReadOutcome> {
	const name = t(lang, 'import.pasted');
	if (!text.trim()) return Promise.resolve(refused(lang, name, t(lang, 'import.empty')));
	const tooLarge = sizeRefusal(new TextEncoder().encode(text).length, false);
	if (tooLarge) return Promise.resolve(refused(lang, name, refusalText(lang, tooLarge, true)));
	return extractInput(lang, name, { text });
}

/** A file: PDF, Word or text, by its first bytes and name. */
export async function readReportFile(lang: Lang, file: File): Promise<ReadOutcome> {
	const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
	const pdf = isPdf(head);
	const docx = !pdf && isDocx(file.name, head);
	const tooLarge = sizeRefusal(file.size, pdf || docx);
	if (tooLarge) return refused(lang, file.name, refusalText(lang, tooLarge));
	const unreadable = (e: Error) =>
		refused(lang, file.name, refusalText(lang, { code: 'unreadable', message: e.message }));
	if (pdf) {
		const { pdfToText, hasNoTextLayer } = await import('./pdf-to-text');
		let read;
		try {
			read = await pdfToText(await file.arrayBuffer());
		} catch (e) {
			return unreadable(e as Error);
		}
		if (hasNoTextLayer(read))
			return refused(
				lang,
				file.name,
				t(lang, 'import.pdf_no_text', { pages: formatNumber(lang, read.pages) })
			);
		return extractInput(lang, file.name, { text: read.text });
	}
	if (docx) {
		const { docxToText } = await import('../docx/docx-to-text');
		let text;
		try {
			text = await docxToText(new Uint8Array(await file.arrayBuffer()));
		} catch (e) {
			return unreadable(e as Error);
		}
		return extractInput(lang, file.name, { text });
	}
	return extractInput(lang, file.name, { bytes: await file.arrayBuffer() });
}
