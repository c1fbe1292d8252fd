/**
 * Splits a 表二 cell run into its cells when boundaries were lost. Unlike 表三 there is no row sum,
 * so only what the text itself fixes is kept: a sign opens a "本年增/减" cell ("2648-18538"
 * starts a new cell at "-", "0+11" at "+"), a number has no leading zero ("007" is 0, 0, 7), and a decimal part
 * belongs to the last number of its token ("13575394432.52" ends with an amount).
 */
import { MAX_DIGITS, blankCell, type Cell } from './decode-run-together';
import type { CellToken } from './read-cell-run';

interface Piece {
	digits: string;
	fraction: string;
	sign: string;
	start: number;
}

function pieces(tokens: readonly CellToken[]): Piece[] | null {
	const out: Piece[] = [];
	for (const t of tokens) {
		if (t.kind === 'absent') {
			out.push({ digits: '', fraction: '', sign: '', start: t.start });
			continue;
		}
		const re = /([-+]?)(\d+)(\.\d+)?/g;
		let consumed = 0;
		for (let m = re.exec(t.text); m; m = re.exec(t.text)) {
			if (m.index !== consumed) return null;
			consumed = m.index + m[0].length;
			out.push({ sign: m[1]!, digits: m[2]!, fraction: m[3] ?? '', start: t.start + m.index });
		}
		if (consumed !== t.text.length) return null;
	}
	return out;
}

function cuts(digits: string, parts: number): number[][] {
	if (parts === 1) return digits.length === 1 || digits[0] !== '0' ? [[digits.length]] : [];
	const out: number[][] = [];
	const maxFirst = digits[0] === '0' ? 1 : digits.length - parts + 1;
	for (let len = 1; len <= maxFirst; len++) {
		for (const rest of cuts(digits.slice(len), parts - 1))
			out.push([len, ...rest.map((r) => r + len)]);
		if (out.length > 5000) break;
	}
	return out;
}

/** Every reading of the run as `count` cells; one reading means the text decides. */
export function signedSegmentations(tokens: readonly CellToken[], count: number): Cell[][] {
	const ps = pieces(tokens);
	if (!ps || !ps.length || ps.length > count) return [];
	const results: Cell[][] = [];
	const walk = (i: number, need: number, acc: Cell[]) => {
		if (results.length > 5000) return;
		if (i === ps.length) {
			if (need === 0) results.push(acc);
			return;
		}
		const p = ps[i]!;
		const remaining = ps.length - i - 1;
		if (!p.digits) {
			walk(i + 1, need - 1, [...acc, blankCell(p.start)]);
			return;
		}
		for (let parts = 1; parts <= Math.min(p.digits.length, need - remaining); parts++) {
			for (const ends of cuts(p.digits, parts)) {
				if (ends.some((e, k) => e - (k ? ends[k - 1]! : 0) > MAX_DIGITS)) continue;
				const cells: Cell[] = [];
				let s = 0;
				ends.forEach((e, k) => {
					const first = k === 0;
					const last = k === ends.length - 1;
					const raw = (first ? p.sign : '') + p.digits.slice(s, e) + (last ? p.fraction : '');
					const start = p.start + (first ? 0 : p.sign.length + s);
					cells.push({
						value: Number(raw),
						raw,
						start,
						end: start + raw.length,
						decoded: parts > 1
					});
					s = e;
				});
				walk(i + 1, need - parts, [...acc, ...cells]);
			}
		}
	};
	walk(0, count, []);
	return results;
}
