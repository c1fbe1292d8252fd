/**
 * Reads the run of table cells that follows a row label: numbers and absent markers separated by
 * spaces, line breaks or "|", up to the next text that is not a cell. Works on every text form of
 * the reports: "|" tables, whitespace tables, one-cell-per-line tables and run-together digits.
 */
export type CellTokenKind = 'number' | 'absent';

export interface CellToken {
	text: string;
	start: number;
	end: number;
	kind: CellTokenKind;
}

export interface CellRun {
	tokens: CellToken[];
	start: number;
	end: number;
	/** Cells were separated by "|" (an explicit table), not by spaces. */
	piped: boolean;
	/**
	 * For a "|" row: every field from the row's label (or the start of its line) to the end of
	 * the line, empty ones included, so a blank cell keeps its column (see align-piped-cells.ts).
	 * `tokens` drops the empty fields at both ends.
	 */
	fields?: CellToken[];
}

const ABSENT_MARKS = new Set(['/', '／', '—', '——', '-', '－', '–', '无', '不适用', '\\']);
const NUMBER = /^\d+(?:\.\d+)?$/;
/** Signed, run-together 本年增/减 cells: "2648-18538", "0+11" (a sign opens a cell). */
const SIGNED_RUN = /^[-+]?\d+(?:\.\d+)?(?:[-+]\d+(?:\.\d+)?)*$/;
const RUN_CHAR = /[\d.\s|/／—\-－–\\]/;

function isSeparator(ch: string | undefined): boolean {
	return ch === undefined || ch === '|' || /\s/.test(ch);
}

/** Length of an absent marker standing alone at `i` (between separators), or 0. */
function absentMarkAt(text: string, i: number, limit: number): number {
	for (const mark of ['不适用', '——', '无', '/', '／', '—', '-', '－', '–', '\\']) {
		if (text.startsWith(mark, i) && i + mark.length <= limit) {
			if (
				isSeparator(text[i - 1]) &&
				(i + mark.length === limit || isSeparator(text[i + mark.length]))
			)
				return mark.length;
		}
	}
	return 0;
}

/**
 * A row's item number ("2." or "3、") standing at `i`, followed by label text: not a cell. An item
 * number never starts with 0, and one that runs past `limit` (where the next row's label, item
 * number included, was found) starts with a cell of this row: in "0 0 0 0 0 0 03.补正…" the last
 * cell is 0 and "3." opens the next row; in "000000 02.其他" the "0" before "2." is the row's
 * last cell.
 */
function itemNumberAt(text: string, i: number, limit: number): boolean {
	const m = /^[1-9]\d?(?=[.、．]\s*[\u4e00-\u9fff“"])/.exec(text.slice(i, i + 6));
	return !!m && i + m[0].length <= limit && isSeparator(text[i - 1]);
}

/**
 * `expected`: how many cells the row has. Once that many tokens are read, a line break ends the
 * run (the next line is the next row); in a "|" table every line is one row.
 */
export function readCellRun(
	text: string,
	from: number,
	limit: number,
	expected = Infinity,
	/** Accept signed, run-together cells such as "2648-18538", "0+11" (表二's 本年增/减 column). */
	signed = false
): CellRun | null {
	let p = from;
	while (p < limit && !/\d/.test(text[p]!) && absentMarkAt(text, p, limit) === 0) p++;
	if (p >= limit) return null;
	// Include a "|" just before the first cell so piped tables are recognized.
	const start = p;
	let q = p;
	let tokensSoFar = 0;
	let inToken = false;
	while (q < limit) {
		const ch = text[q]!;
		if (ch === '\n') {
			const sofar = text.slice(start, q);
			if (sofar.includes('|') || tokensSoFar >= expected) break;
			// A markdown delimiter row ("|---|---|") holds no cells: the table row ended before it.
			if (/^[ \t]*\|?[ \t]*:?-{3,}/.test(text.slice(q + 1, q + 16))) break;
		}
		if (/[\s|]/.test(ch)) inToken = false;
		else if (!inToken) {
			if (itemNumberAt(text, q, limit)) break;
			// A year opening a line of text ("2025年度…", a running header) is no cell.
			if (/^(?:19|20)\d{2}\s*年/.test(text.slice(q, q + 8))) break;
			inToken = true;
			tokensSoFar++;
		}
		if (RUN_CHAR.test(ch) || (signed && ch === '+')) {
			q++;
			continue;
		}
		const mark = absentMarkAt(text, q, limit);
		if (mark > 0) {
			q += mark;
			continue;
		}
		break;
	}
	let end = q;
	while (end > start && /[\s|.]/.test(text[end - 1]!)) end--;
	const slice = text.slice(start, end);
	const lineStart = text.lastIndexOf('\n', start - 1) + 1;
	const piped = slice.includes('|') || text.slice(lineStart, start).includes('|');
	const tokens: CellToken[] = [];
	let fields: CellToken[] | undefined;
	if (piped) {
		// Cells between pipes; an empty cell between two filled ones is a blank (absent) cell.
		const raw: CellToken[] = [];
		let cellStart = start;
		for (let i = start; i <= end; i++) {
			if (i === end || text[i] === '|') {
				const cell = text.slice(cellStart, i);
				const lead = cell.length - cell.trimStart().length;
				const trimmed = cell.trim();
				const s = cellStart + lead;
				raw.push({ text: trimmed, start: s, end: s + trimmed.length, kind: 'absent' });
				cellStart = i + 1;
			}
		}
		while (raw.length && raw[0]!.text === '') raw.shift();
		while (raw.length && raw[raw.length - 1]!.text === '') raw.pop();
		fields = pipedFields(text, from, start, limit);
		for (const cell of raw) {
			// A pipe cell may still hold several space-separated numbers (damaged extraction).
			for (const t of splitOnSpace(cell)) tokens.push(t);
		}
	} else {
		for (const t of splitOnSpace({ text: slice, start, end, kind: 'absent' })) tokens.push(t);
	}
	for (const t of tokens) {
		if (NUMBER.test(t.text) || (signed && SIGNED_RUN.test(t.text))) t.kind = 'number';
		else if (t.text === '' || ABSENT_MARKS.has(t.text)) t.kind = 'absent';
		else return { tokens: [], start, end, piped };
	}
	if (!tokens.length) return null;
	if (fields) for (const f of fields) f.kind = NUMBER.test(f.text) ? 'number' : 'absent';
	return { tokens, start, end, piped, fields };
}

/**
 * The fields of the "|" row whose first cell is at `first`: from the label's end when the label
 * stands on that line (the rest of the label's own field is dropped), else from the line's start,
 * to the end of the line. Fields of label text before the first cell are dropped.
 */
function pipedFields(text: string, from: number, first: number, limit: number): CellToken[] {
	const lineStart = text.lastIndexOf('\n', first - 1) + 1;
	const lineEnd = Math.min(
		limit,
		text.indexOf('\n', first) < 0 ? text.length : text.indexOf('\n', first)
	);
	const sameLine = from >= lineStart;
	const out: CellToken[] = [];
	let cellStart = sameLine ? from : lineStart;
	for (let i = cellStart; i <= lineEnd; i++) {
		if (i === lineEnd || text[i] === '|') {
			const cell = text.slice(cellStart, i);
			const lead = cell.length - cell.trimStart().length;
			const trimmed = cell.trim();
			out.push({
				text: trimmed,
				start: cellStart + lead,
				end: cellStart + lead + trimmed.length,
				kind: 'absent'
			});
			cellStart = i + 1;
		}
	}
	// The label's own field, or the empty field before a markdown row's opening pipe.
	if (sameLine || (text[lineStart] === '|' && out[0]?.text === '')) out.shift();
	// A markdown (or HTML-derived) row "| a | b |" opens and closes with a pipe: the empty field
	// after the closing pipe is syntax, not a blank cell.
	if (
		text[lineStart] === '|' &&
		out.length &&
		out[out.length - 1]!.text === '' &&
		/\|\s*$/.test(text.slice(lineStart, lineEnd))
	)
		out.pop();
	// Label text ("形，不计其他情形）") before the first cell is not a cell.
	let lastText = -1;
	for (let i = 0; i < out.length && out[i]!.start < first; i++)
		if (out[i]!.text && !NUMBER.test(out[i]!.text) && !ABSENT_MARKS.has(out[i]!.text)) lastText = i;
	return out.slice(lastText + 1);
}

function splitOnSpace(cell: CellToken): CellToken[] {
	if (cell.text === '') return [cell];
	const out: CellToken[] = [];
	const re = /\S+/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(cell.text))) {
		out.push({
			text: m[0],
			start: cell.start + m.index,
			end: cell.start + m.index + m[0].length,
			kind: 'absent'
		});
	}
	return out;
}
