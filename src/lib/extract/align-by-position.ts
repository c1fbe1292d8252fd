/**
 * Places the cells of a whitespace-aligned row (as `pdftotext -layout` prints a table) by their
 * column: where a blank cell is only spaces, a row shows fewer numbers than columns, and each
 * number belongs to the column whose right edge it shares with the table's complete rows. Used
 * only when at least two complete rows agree on every column edge, and every number of the row
 * falls on one of them; otherwise the row is left to the table's arithmetic.
 */
import { blankCell, tokenCell, type Cell } from './decode-run-together';
import type { CellRun } from './read-cell-run';

/** Right edges (offset from the start of the line) of a one-line run's tokens, or null. */
function edges(text: string, run: CellRun): number[] | null {
	if (run.piped || text.slice(run.start, run.end).includes('\n')) return null;
	const lineStart = text.lastIndexOf('\n', run.start - 1) + 1;
	return run.tokens.map((t) => t.end - lineStart);
}

/** The column edges that at least two complete one-line rows share, or null. */
export function columnEdges(
	text: string,
	runs: readonly (CellRun | null)[],
	count: number
): number[] | null {
	const seen = new Map<string, number>();
	for (const run of runs) {
		if (!run || run.tokens.length !== count || run.tokens.some((t) => t.kind !== 'number'))
			continue;
		const e = edges(text, run);
		if (e) seen.set(e.join(','), (seen.get(e.join(',')) ?? 0) + 1);
	}
	let best: string | null = null;
	for (const [k, n] of seen) if (n >= 2 && (!best || n > seen.get(best)!)) best = k;
	return best ? best.split(',').map(Number) : null;
}

/** The row's cells placed by column, blanks null; null when a number falls on no column edge. */
export function placeByPosition(
	text: string,
	run: CellRun,
	columns: readonly number[]
): Cell[] | null {
	const e = edges(text, run);
	if (!e || run.tokens.length >= columns.length) return null;
	const cells: Cell[] = columns.map(() => blankCell(run.start));
	let last = -1;
	for (const [i, t] of run.tokens.entries()) {
		const c = columns.findIndex((x) => Math.abs(x - e[i]!) <= 1);
		if (c <= last || t.kind !== 'number') return null;
		cells[c] = tokenCell(t);
		last = c;
	}
	return cells;
}

/**
 * A whitespace-aligned row with fewer numbers than its `count` columns, placed under its column
 * headers: the digit-free lines just above the table's rows (up to three, as 表四 stacks 行政诉讼 /
 * 未经复议直接起诉 / 结果维持…), whose lowest words (no word below them) are the columns. Each number
 * must overlap exactly one of the last `count` columns, in order, and both the headers and the
 * numbers must stand apart by runs of spaces (aligned columns). Returns null otherwise (the row is
 * then left undecided).
 */
export function placeUnderHeader(text: string, run: CellRun, count: number): Cell[] | null {
	const e = edges(text, run);
	if (!e || run.tokens.length >= count) return null;
	type Word = { from: number; to: number; line: number };
	const lines: Word[][] = [];
	let end = text.lastIndexOf('\n', run.start - 1);
	for (let up = 0; up < 8 && end > 0 && lines.length < 3; up++) {
		const start = text.lastIndexOf('\n', end - 1) + 1;
		const line = text.slice(start, end);
		end = start - 1;
		if (/\d/.test(line)) {
			if (lines.length) break; // the header ends at the first table row above it
			continue;
		}
		if (!line.trim()) {
			if (lines.length) break;
			continue;
		}
		lines.push(
			[...line.matchAll(/\S+/g)].map((m) => ({
				from: m.index,
				to: m.index + m[0].length,
				line: lines.length
			}))
		);
	}
	const overlaps = (a: { from: number; to: number }, b: { from: number; to: number }) =>
		a.from < b.to && b.from < a.to;
	// Lines were gathered bottom-up: a word is a column when no word of a lower line lies under it.
	const leaves = lines
		.flatMap((words, i) =>
			words.filter((w) => !lines.slice(0, i).some((lower) => lower.some((l) => overlaps(l, w))))
		)
		.sort((a, b) => a.from - b.from);
	if (leaves.length < count) return null;
	const columns = leaves.slice(-count);
	// Aligned columns stand apart by runs of spaces; single spaces are running text.
	const apart = (xs: { from: number; to: number }[]) =>
		xs.every((x, k) => k === 0 || x.from - xs[k - 1]!.to >= 2);
	if (!apart(columns) || !apart(run.tokens.map((t) => ({ from: t.start, to: t.end })))) return null;
	const cells: Cell[] = columns.map(() => blankCell(run.start));
	let last = -1;
	for (const [i, t] of run.tokens.entries()) {
		const to = e[i]!;
		const span = { from: to - t.text.length, to };
		const hits = columns.map((c, k) => (overlaps(c, span) ? k : -1)).filter((k) => k >= 0);
		if (hits.length !== 1 || hits[0]! <= last || t.kind !== 'number') return null;
		last = hits[0]!;
		cells[last] = tokenCell(t);
	}
	return cells;
}
