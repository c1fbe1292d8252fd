/**
 * Rebuilds lines and table cells from a PDF page's positioned text items (pdf.js getTextContent),
 * so that a table comes out as "| a | b | c |" rows, the form html-to-text gives the engine, rather
 * than as run-together digits. Items on one baseline form a line (top to bottom, left to right);
 * a horizontal gap wider than about one character starts a new cell; a narrow one is a space in
 * Latin text and nothing between CJK characters.
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

/** The cells of one line: runs of items separated by gaps wider than a character. */
export function lineCells(items: readonly TextItem[]): string[] {
	const cells: string[] = [];
	let current = '';
	let end = -Infinity;
	for (const item of items) {
		const size = item.height || 10;
		const gap = item.x - end;
		if (current && gap > size * 1.2) {
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
