/**
 * What the import page refuses, and why, in terms the reader can act on: too large, not a report.
 * (Not text and unknown encodings are decode-bytes' messages, passed on as they are.)
 */
import type { ExtractResult } from '../extract/types';

export const MAX_TEXT_BYTES = 5 * 1024 * 1024;
export const MAX_PDF_BYTES = 30 * 1024 * 1024;

export type Refusal =
	| { code: 'too_large'; size: number; limit: number }
	| { code: 'not_a_report'; chars: number }
	| { code: 'empty' }
	| { code: 'unreadable'; message: string };

export function isPdf(bytes: Uint8Array): boolean {
	return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
}

/** A zip archive ("PK\x03\x04"), as a .docx is. */
function isZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A Word file (.docx): a zip archive ("PK\x03\x04") named .docx. */
export function isDocx(name: string, bytes: Uint8Array): boolean {
	return /\.docx$/i.test(name) && isZip(bytes);
}

/** The size limit of a PDF holds for a Word file too: both carry images besides their text. */
export function sizeRefusal(size: number, document: boolean): Refusal | null {
	const limit = document ? MAX_PDF_BYTES : MAX_TEXT_BYTES;
	return size > limit ? { code: 'too_large', size, limit } : null;
}

/** A report has a title naming it, or tables or figures the engine reads; else it is not one. */
export function reportRefusal(result: ExtractResult): Refusal | null {
	if (!result.text.trim()) return { code: 'empty' };
	if (result.facts.length === 0 && !result.report.title)
		return { code: 'not_a_report', chars: result.text.length };
	return null;
}
