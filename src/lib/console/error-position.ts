/**
 * Where in the query a DuckDB error points. DuckDB appends the line it failed on and a caret:
 *
 *     LINE 2: SELECT no_such_column FROM facts
 *                    ^
 *
 * The excerpt may be cut to about 80 columns with "..." at either end, and the caret counts
 * display columns (a Chinese character is two wide). This finds the excerpt in that line of the
 * query and walks it to the caret: the result is an offset into the query text, or null when the
 * message has no position.
 *
 * In a run of several statements DuckDB computes the position in the whole text but draws it on
 * the failing statement alone, so past the first statement it points at the wrong place: a
 * position after a `;` is not trusted (null).
 */
export function errorOffset(message: string, query: string): number | null {
	const lines = message.split('\n');
	const at = lines.findIndex((l) => /^LINE \d+: /.test(l));
	if (at < 0) return null;
	const caretLine = lines[at + 1] ?? '';
	const caret = caretLine.indexOf('^');
	if (caret < 0 || caretLine.slice(0, caret).trim() !== '') return null;
	const lineNo = Number(/^LINE (\d+): /.exec(lines[at]!)![1]);
	const prefix = `LINE ${lineNo}: `.length;
	let excerpt = lines[at]!.slice(prefix);

	const queryLines = query.split(/\r\n|\r|\n/);
	if (lineNo < 1 || lineNo > queryLines.length) return null;
	const line = queryLines[lineNo - 1]!;
	let lineStart = 0;
	const re = /\r\n|\r|\n/g;
	for (let n = 1; n < lineNo; n++) {
		const m = re.exec(query);
		if (!m) return null;
		lineStart = m.index + m[0].length;
	}

	let column = caret - prefix;
	if (excerpt.startsWith('...') && !line.startsWith('...')) {
		excerpt = excerpt.slice(3);
		column -= 3;
	}
	if (excerpt.endsWith('...') && !line.includes(excerpt)) excerpt = excerpt.slice(0, -3);
	const start = line.indexOf(excerpt);
	if (start < 0 || column < 0) return null;

	// Walk the excerpt by display width until the caret's column.
	let width = 0;
	let i = 0;
	for (const ch of excerpt) {
		if (width >= column) break;
		width += displayWidth(ch);
		i += ch.length;
	}
	const offset = lineStart + start + i;
	return query.slice(0, offset).includes(';') ? null : offset;
}

/** Columns a character takes in a terminal: two for East Asian wide and full-width ones. */
export function displayWidth(ch: string): number {
	const c = ch.codePointAt(0)!;
	return (c >= 0x1100 && c <= 0x115f) ||
		(c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
		(c >= 0xac00 && c <= 0xd7a3) ||
		(c >= 0xf900 && c <= 0xfaff) ||
		(c >= 0xfe30 && c <= 0xfe4f) ||
		(c >= 0xff00 && c <= 0xff60) ||
		(c >= 0xffe0 && c <= 0xffe6) ||
		(c >= 0x1f300 && c <= 0x1f64f) ||
		(c >= 0x20000 && c <= 0x3fffd)
		? 2
		: 1;
}

/** The span to mark at an offset: the name or number there, else one character. */
export function errorSpan(query: string, offset: number): { from: number; to: number } {
	const from = Math.max(0, Math.min(offset, query.length - 1));
	const word = /^[\p{L}\p{N}_]+/u.exec(query.slice(from));
	return { from, to: from + (word ? word[0].length : Math.min(1, query.length - from)) };
}

/** Where a parse error at the end of the query points: the last word (or character) of it. */
export function endSpan(query: string): { from: number; to: number } | null {
	const end = query.trimEnd().length;
	if (end === 0) return null;
	const word = /[\p{L}\p{N}_]+$/u.exec(query.slice(0, end));
	return { from: word ? end - word[0].length : end - 1, to: end };
}

export interface ErrorExcerpt {
	/** 1-based line and column of the span's start. */
	line: number;
	column: number;
	before: string;
	marked: string;
	after: string;
}

/** The query's line holding the span, cut to about `room` characters around it, with the span apart. */
export function errorExcerpt(
	query: string,
	span: { from: number; to: number },
	room = 80
): ErrorExcerpt {
	const lineStart = query.lastIndexOf('\n', span.from - 1) + 1;
	const nl = query.indexOf('\n', span.from);
	const lineEnd = nl < 0 ? query.length : nl;
	const to = Math.min(span.to, lineEnd);
	let before = query.slice(lineStart, span.from).replace(/\r$/, '');
	const marked = query.slice(span.from, to);
	let after = query.slice(to, lineEnd).replace(/\r$/, '');
	const column = before.length + 1;
	const side = Math.max(10, Math.floor((room - marked.length) / 2));
	if (before.length > side) before = '…' + before.slice(before.length - side + 1);
	if (after.length > side) after = after.slice(0, side - 1) + '…';
	return {
		line: query.slice(0, lineStart).split('\n').length,
		column,
		before,
		marked,
		after
	};
}
