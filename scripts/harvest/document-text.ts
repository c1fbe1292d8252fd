/**
 * A downloaded document as report text: what kind it is (by its bytes first, then its declared
 * type and name), and its text through the same converters the data build and the import use.
 */
import { decodeReportBytes } from '../../src/lib/extract/decode-bytes.ts';
import { htmlToText, looksLikeHtml } from '../../src/lib/extract/html-to-text.ts';

export type DocumentKind = 'html' | 'text' | 'pdf' | 'docx' | 'doc' | 'unknown';

const starts = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

export function documentKind(body: Uint8Array, contentType: string, url: string): DocumentKind {
	if (starts(body, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
	if (starts(body, [0xd0, 0xcf, 0x11, 0xe0])) return 'doc'; // OLE2: Word 97–2003
	if (starts(body, [0x50, 0x4b, 0x03, 0x04]))
		return /\.docx(\?|#|$)/i.test(url) ||
			/wordprocessingml/.test(contentType) ||
			new TextDecoder('latin1').decode(body.subarray(0, 4096)).includes('word/')
			? 'docx'
			: 'unknown';
	const decoded = decodeReportBytes(body);
	if (!decoded.ok) return 'unknown';
	if (/html/i.test(contentType) || looksLikeHtml(decoded.text)) return 'html';
	return 'text';
}

export interface DocumentText {
	kind: DocumentKind;
	text: string;
	/** The HTML page's <title>, which carries the unit and year when the body does not. */
	title: string;
}

export type Converters = {
	pdf?: (body: Uint8Array) => Promise<string>;
	docx?: (body: Uint8Array) => Promise<string>;
};

export async function documentText(
	body: Uint8Array,
	kind: DocumentKind,
	title: string,
	converters: Converters
): Promise<DocumentText> {
	if (kind === 'pdf' || kind === 'docx') {
		const convert = converters[kind];
		if (!convert) throw new Error(`a ${kind.toUpperCase()} file, which this harvest cannot read`);
		return { kind, text: await convert(body), title };
	}
	if (kind === 'doc')
		throw new Error('a Word 97–2003 .doc file: save it as .docx or PDF and harvest that');
	const decoded = decodeReportBytes(body);
	if (!decoded.ok || kind === 'unknown')
		throw new Error(`not a report: ${decoded.ok ? 'an unknown file type' : decoded.message}`);
	const text = kind === 'html' ? htmlToText(decoded.text) : decoded.text;
	// A page whose body does not repeat its title: put the title first, as a printed report has it.
	const withTitle =
		title && !text.includes(title.replace(/[_|-].*$/, '').trim()) ? `${title}\n${text}` : text;
	return { kind, text: withTitle, title };
}
