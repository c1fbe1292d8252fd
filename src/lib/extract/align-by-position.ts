/**
 * Places the cells of a whitespace-aligned row (as `pdftotext -layout` prints a table) by their
 * column: where a blank cell is only spaces, a row shows fewer numbers than columns, and each
 * number belongs to the column whose right edge it shares with the table's complete rows. Used
 * only when at least two complete rows agree on every column edge, and every number of the row
 * falls on one of them; otherwise the row is left to the table's arithmetic.
 */
import type { Cell } from './decode-run-together';
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
	const cells: Cell[] = columns.map(() => ({
		value: null,
		raw: '',
		start: run.start,
		end: run.start,
		decoded: false
	}));
	let last = -1;
	for (const [i, t] of run.tokens.entries()) {
		const c = columns.findIndex((x) => Math.abs(x - e[i]!) <= 1);
		if (c <= last || t.kind !== 'number') return null;
		cells[c] = { value: Number(t.text), raw: t.text, start: t.start, end: t.end, decoded: false };
		last = c;
	}
	return cells;
}
