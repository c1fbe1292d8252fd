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

/**
 * A whitespace-aligned row with fewer numbers than its `count` columns, placed under the column
 * headers of the nearest line above (within three lines) that prints at least `count` words
 * without digits: each number must overlap exactly one of the last `count` header words, in order,
 * and both the headers and the numbers must stand apart by runs of spaces (aligned columns).
 * Returns null when any number does not (the row is then left undecided).
 */
export function placeUnderHeader(text: string, run: CellRun, count: number): Cell[] | null {
	const e = edges(text, run);
	if (!e || run.tokens.length >= count) return null;
	const lineStart = text.lastIndexOf('\n', run.start - 1) + 1;
	let end = lineStart - 1;
	for (let up = 0; up < 3 && end > 0; up++) {
		const start = text.lastIndexOf('\n', end - 1) + 1;
		const words = [...text.slice(start, end).matchAll(/\S+/g)].map((m) => ({
			text: m[0],
			from: m.index,
			to: m.index + m[0].length
		}));
		end = start - 1;
		if (words.length < count || words.some((w) => /\d/.test(w.text))) continue;
		const columns = words.slice(-count);
		// Aligned columns stand apart by runs of spaces; single spaces are running text.
		const apart = (xs: { from: number; to: number }[]) =>
			xs.every((x, k) => k === 0 || x.from - xs[k - 1]!.to >= 2);
		if (!apart(columns) || !apart(run.tokens.map((t) => ({ from: t.start, to: t.end }))))
			return null;
		const cells: Cell[] = columns.map(() => ({
			value: null,
			raw: '',
			start: run.start,
			end: run.start,
			decoded: false
		}));
		let last = -1;
		for (const [i, t] of run.tokens.entries()) {
			const to = e[i]!;
			const from = to - t.text.length;
			const hits = columns
				.map((c, k) => (c.from < to && from < c.to ? k : -1))
				.filter((k) => k >= 0);
			if (hits.length !== 1 || hits[0]! <= last || t.kind !== 'number') return null;
			last = hits[0]!;
			cells[last] = {
				value: Number(t.text),
				raw: t.text,
				start: t.start,
				end: t.end,
				decoded: false
			};
		}
		return cells;
	}
	return null;
}
