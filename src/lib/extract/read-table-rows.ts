/**
 * Finds labelled rows of a statistics table in order, inside one block of text, and reads the cell
 * run after each label. A row whose label is not found yields nothing (absent, never zero).
 */
import { maskHeaderRows } from './mask-header-rows';
import { maskPageChrome } from './mask-page-chrome';
import { readCellRun, type CellRun } from './read-cell-run';

export interface LabelledRow {
	metric: string;
	pattern: RegExp;
}

export interface RowRead {
	metric: string;
	labelStart: number;
	labelEnd: number;
	run: CellRun | null;
	/** Identified by position because its label was printed elsewhere. */
	displaced?: boolean;
}

function find(pattern: RegExp, text: string, from: number, to: number): RegExpExecArray | null {
	pattern.lastIndex = from;
	const m = pattern.exec(text);
	return m && m.index < to ? m : null;
}

/**
 * Reads `rows` in order between `from` and `to`. A label found after the label of the row that
 * follows it is treated as missing (it belongs to some other part of the text).
 */
export function readTableRows(
	text: string,
	rows: readonly LabelledRow[],
	from: number,
	to: number,
	cellsPerRow = Infinity,
	lastRowReach = 400,
	signed = false
): RowRead[] {
	const masked = maskHeaderRows(maskPageChrome(text));
	const found: { row: LabelledRow; m: RegExpExecArray }[] = [];
	let cursor = from;
	for (let i = 0; i < rows.length; i++) {
		const m = find(rows[i]!.pattern, masked, cursor, to);
		if (!m) continue;
		const next = rows[i + 1];
		if (next) {
			const n = find(next.pattern, masked, cursor, to);
			if (n && n.index < m.index) continue;
		}
		found.push({ row: rows[i]!, m });
		cursor = m.index + m[0].length;
	}
	return found.map(({ row, m }, i) => {
		const labelEnd = m.index + m[0].length;
		const limit = found[i + 1]?.m.index ?? Math.min(to, labelEnd + lastRowReach);
		return {
			metric: row.metric,
			labelStart: m.index,
			labelEnd,
			run: readCellRun(masked, labelEnd, limit, cellsPerRow, signed)
		};
	});
}
