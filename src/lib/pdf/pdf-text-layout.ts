/**
 * Rebuilds lines and table cells from a PDF page's positioned text items (pdf.js getTextContent),
 * so that a table comes out as "| a | b | c |" rows, the form html-to-text gives the engine, rather
 * than as run-together digits. Items on one baseline form a line (top to bottom, left to right);
 * a horizontal gap wider than about one character starts a new cell; a narrow one is a space in
 * Latin text and nothing between CJK characters. Numbers are never run together: two numbers
 * apart by any visible gap are two cells (a narrow column of 表四 has gaps narrower than a
 * character), and an item pdf.js merged from several numbers ("13 4 8") is split into its
 * numbers, each placed where its characters are.
 */
export interface TextItem {
	str: string;
	/** Left edge and baseline, in PDF units (y grows upwards). */
	x: number;
	y: number;
	width: number;
	/** Font size (the glyph height). */
	height: number;
}

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

function lines(items: readonly TextItem[]): TextItem[][] {
	const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
	const out: { y: number; tol: number; items: TextItem[] }[] = [];
	for (const item of sorted) {
		const tol = Math.max(1, item.height * 0.4);
		const line = out.find((l) => Math.abs(l.y - item.y) <= Math.max(tol, l.tol));
		if (line) line.items.push(item);
		else out.push({ y: item.y, tol, items: [item] });
	}
	return out.sort((a, b) => b.y - a.y).map((l) => l.items.sort((a, b) => a.x - b.x));
}

function joinPieces(a: string, b: string, gap: number, size: number): string {
	if (gap > size * 0.25 && !(CJK.test(a.at(-1) ?? '') && CJK.test(b[0] ?? ''))) return `${a} ${b}`;
	return a + b;
}

const NUMBERS_ONLY = /^\s*-?\d[\d.,]*(?:\s+-?\d[\d.,]*)+\s*$/;

/** An item that holds several numbers apart as one item per number, at its share of the width. */
function splitNumbers(item: TextItem): TextItem[] {
	if (!NUMBERS_ONLY.test(item.str)) return [item];
	const perChar = item.width / Math.max(1, item.str.length);
	return [...item.str.matchAll(/\S+/g)].map((m) => ({
		...item,
		str: m[0],
		x: item.x + m.index * perChar,
		width: m[0].length * perChar
	}));
}

const endsInDigit = (s: string) => /\d$/.test(s);
const startsNumber = (s: string) => /^-?\d/.test(s);

/** The cells of one line: runs of items separated by gaps wider than a character. */
export function lineCells(items: readonly TextItem[]): string[] {
	const cells: string[] = [];
	let current = '';
	let end = -Infinity;
	for (const item of items.flatMap(splitNumbers)) {
		const size = item.height || 10;
		const gap = item.x - end;
		const apart =
			gap > size * 1.2 || (gap > size * 0.15 && endsInDigit(current) && startsNumber(item.str));
		if (current && apart) {
			cells.push(current.trim());
			current = item.str;
		} else current = current ? joinPieces(current, item.str, gap, size) : item.str;
		end = Math.max(end, item.x + item.width);
	}
	if (current.trim()) cells.push(current.trim());
	return cells;
}

/** One page's text: lines of one cell as they are, lines of several as "| a | b |" table rows. */
export function pageText(items: readonly TextItem[]): string {
	return lines(items)
		.map((line) => {
			const cells = lineCells(line);
			return cells.length > 1 ? `| ${cells.join(' | ')} |` : (cells[0] ?? '');
		})
		.join('\n');
}
