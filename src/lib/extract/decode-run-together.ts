/**
 * Splits run-together table cells ("640020470", "230 000023") into the number of cells the table
 * row has. Boundaries that the text kept (spaces, pipes) are certain; inside a token every split is
 * a candidate, except that a number never has a leading zero ("05" is two cells, 0 and 5).
 * The caller keeps the candidates that satisfy the table's arithmetic.
 */
import type { CellToken } from './read-cell-run';

export interface Cell {
	value: number | null;
	raw: string;
	start: number;
	end: number;
	/** True when this cell came from splitting a token that held more than one cell. */
	decoded: boolean;
}

/** A blank cell standing at `at`. */
export function blankCell(at: number): Cell {
	return { value: null, raw: '', start: at, end: at, decoded: false };
}

/** The cell one whole token prints (not split from a larger one): its number, or null for none. */
export function tokenCell(
	token: { text: string; start: number; end: number },
	value: number | null = Number(token.text)
): Cell {
	return { value, raw: token.text, start: token.start, end: token.end, decoded: false };
}

/** The most digits one table cell may have. */
export const MAX_DIGITS = 15;

/** Every way to cut `digits` into `parts` numbers without leading zeros. */
function cutDigits(
	digits: string,
	parts: number,
	out: number[][],
	prefix: number[] = [],
	at = 0
): void {
	if (out.length > 20000) return;
	const remaining = digits.length - at;
	// Every part has 1 to MAX_DIGITS digits: prune what cannot fit.
	if (remaining < parts || remaining > parts * MAX_DIGITS) return;
	if (parts === 1) {
		const rest = digits.slice(at);
		if (rest.length === 1 || rest[0] !== '0') out.push([...prefix, digits.length]);
		return;
	}
	// The first part is one digit if it starts with 0.
	const maxLen = digits[at] === '0' ? 1 : Math.min(MAX_DIGITS, remaining - (parts - 1));
	for (let len = 1; len <= maxLen; len++) {
		cutDigits(digits, parts - 1, out, [...prefix, at + len], at + len);
	}
}

/**
 * All segmentations of `tokens` into exactly `count` cells. Returns at most `limit` candidates
 * (enough for any real table row; a runaway input is cut off rather than hanging the engine).
 */
export function segmentations(
	tokens: readonly CellToken[],
	count: number,
	limit = 20000
): Cell[][] {
	const results: Cell[][] = [];
	const capacity = tokens.map((t) =>
		t.kind === 'number' && !t.text.includes('.') ? t.text.length : 1
	);
	const suffixCapacity: number[] = [];
	let acc = 0;
	for (let i = tokens.length - 1; i >= 0; i--) {
		acc += capacity[i]!;
		suffixCapacity[i] = acc;
	}
	const walk = (index: number, need: number, cells: Cell[]): void => {
		if (results.length >= limit) return;
		if (index === tokens.length) {
			if (need === 0) results.push(cells);
			return;
		}
		const remainingTokens = tokens.length - index;
		if (need < remainingTokens || need > suffixCapacity[index]!) return;
		const token = tokens[index]!;
		if (capacity[index] === 1) {
			const value = token.kind === 'number' ? Number(token.text) : null;
			// A cell of more than 15 digits is no count a report prints (and loses precision).
			if (
				value !== null &&
				(token.text.split('.')[0]!.length > MAX_DIGITS || !Number.isFinite(value))
			)
				return;
			walk(index + 1, need - 1, [...cells, tokenCell(token, value)]);
			return;
		}
		const maxParts = Math.min(capacity[index]!, need - (remainingTokens - 1));
		for (let parts = 1; parts <= maxParts; parts++) {
			const cuts: number[][] = [];
			cutDigits(token.text, parts, cuts);
			for (const ends of cuts) {
				if (ends.some((e, k) => e - (k ? ends[k - 1]! : 0) > MAX_DIGITS)) continue;
				const pieces: Cell[] = [];
				let s = 0;
				for (const e of ends) {
					const raw = token.text.slice(s, e);
					pieces.push({
						value: Number(raw),
						raw,
						start: token.start + s,
						end: token.start + e,
						decoded: parts > 1
					});
					s = e;
				}
				walk(index + 1, need - parts, [...cells, ...pieces]);
			}
		}
	};
	walk(0, count, []);
	return results;
}
