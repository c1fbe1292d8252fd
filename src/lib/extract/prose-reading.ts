/**
 * The text as a reader reads it: the lines a PDF wrapped inside a sentence joined again, spaces
 * dropped ("申请 3119 件" reads "申请3119件"), page numbers between two lines of a paragraph left
 * out. Every character keeps the offset it has in the normalized text, so a figure found in the
 * reading is still tied to the printed characters.
 */
import { maskPageChrome } from './mask-page-chrome';

export interface Reading {
	text: string;
	/** at[i] is the offset in the normalized text of reading character i. */
	at: number[];
}

/** A line that opens a heading or a numbered item starts a new paragraph. */
const HEADING_START =
	/^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十]+[章节部分])/;
/** A line ending so ends its sentence (or is a table row). */
const CLOSED_LINE = /[。！？!?；;：:|]$/;
/** Shorter lines are headings, table cells or signatures, not wrapped prose. */
const WRAPPED_LINE_MIN = 16;

const ALNUM = /[0-9A-Za-z.]/;

export function buildReading(text: string): Reading {
	const masked = maskPageChrome(text);
	const out: string[] = [];
	const at: number[] = [];
	let previous: string | null = null;
	let lineStart = 0;
	for (const line of masked.split('\n')) {
		const start = lineStart;
		lineStart += line.length + 1;
		const trimmed = line.trim();
		const chrome = trimmed === '' && text.slice(start, start + line.length).trim() !== '';
		if (chrome) continue;
		if (previous !== null) {
			const soft =
				trimmed !== '' &&
				previous.length >= WRAPPED_LINE_MIN &&
				!CLOSED_LINE.test(previous) &&
				!HEADING_START.test(trimmed);
			if (!soft) {
				out.push('\n');
				at.push(start - 1);
			}
		}
		let pendingSpace = -1;
		for (let k = 0; k < line.length; k++) {
			const ch = line[k]!;
			if (/\s/.test(ch)) {
				if (pendingSpace < 0) pendingSpace = start + k;
				continue;
			}
			const last = out[out.length - 1];
			if (pendingSpace >= 0 && last && ALNUM.test(last) && ALNUM.test(ch)) {
				out.push(' ');
				at.push(pendingSpace);
			}
			pendingSpace = -1;
			out.push(ch);
			at.push(start + k);
		}
		previous = trimmed;
	}
	return { text: out.join(''), at };
}
