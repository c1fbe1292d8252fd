/**
 * Places the data columns of a "|" row among its fields. A row's line also holds empty fields of
 * label columns (merged cells), the closing "|" of a markdown row, or an extra empty column a
 * converter added; a blank data cell is an empty field too. The data columns are any `count`
 * consecutive fields such that every field left out is empty. Where several placements remain,
 * the caller decides with the row sum and with the placement the table's other rows agree on.
 */
import { MAX_DIGITS, tokenCell, type Cell } from './decode-run-together';
import type { CellToken } from './read-cell-run';

export interface Placement {
	cells: Cell[];
	/** Fields after the last data column on the line (constant within one table). */
	trailing: number;
}

/** True when every field is one cell: a number, an absent mark, or empty. */
export function fieldsAreCells(fields: readonly CellToken[], signed = false): boolean {
	return (
		fields.every(
			(f) =>
				f.kind !== 'absent' ||
				!/\S/.test(f.text) ||
				ABSENT.test(f.text) ||
				(signed && SIGNED.test(f.text))
		) &&
		fields.some((f) => f.kind === 'number' || (signed && SIGNED.test(f.text))) &&
		// A cell of more than 15 digits is no count a report prints (and loses precision).
		fields.every((f) => f.text.replace(/^-/, '').split('.')[0]!.length <= MAX_DIGITS)
	);
}

const ABSENT = /^(?:\/|／|—|——|-|－|–|无|不适用|\\)$/;
const SIGNED = /^-\d+(?:\.\d+)?$/;

export function pipedPlacements(
	fields: readonly CellToken[],
	count: number,
	signed = false
): Placement[] {
	const out: Placement[] = [];
	for (let o = 0; o + count <= fields.length; o++) {
		const outside = [...fields.slice(0, o), ...fields.slice(o + count)];
		if (outside.some((f) => f.text !== '')) continue;
		out.push({
			cells: fields
				.slice(o, o + count)
				.map((f) =>
					tokenCell(
						f,
						f.kind === 'number' || (signed && SIGNED.test(f.text)) ? Number(f.text) : null
					)
				),
			trailing: fields.length - o - count
		});
	}
	return out;
}

/** The trailing count most rows with one placement share, or null when none agree. */
export function consensusTrailing(placed: readonly Placement[][]): number | null {
	const counts = new Map<number, number>();
	for (const p of placed)
		if (p.length === 1) counts.set(p[0]!.trailing, (counts.get(p[0]!.trailing) ?? 0) + 1);
	let best: number | null = null;
	let n = 0;
	for (const [t, c] of counts)
		if (c > n) {
			best = t;
			n = c;
		}
	return best;
}
