import { describe, expect, it } from 'vitest';
import { segmentations } from './decode-run-together';
import type { CellToken } from './read-cell-run';

function tokens(...parts: string[]): CellToken[] {
	let at = 0;
	return parts.map((text) => {
		const t: CellToken = {
			text,
			start: at,
			end: at + text.length,
			kind: text === '/' ? 'absent' : 'number'
		};
		at += text.length + 1;
		return t;
	});
}

const rowSum = (cells: { value: number | null }[]) =>
	cells.slice(0, 6).reduce((s, c) => s + (c.value ?? 0), 0) === cells[6]!.value;

describe('segmentations', () => {
	it('splits a run-together 表三 row the one way its cells add up', () => {
		const all = segmentations(tokens('640020470'), 7).filter(rowSum);
		expect(all.map((c) => c.map((x) => x.value))).toEqual([[64, 0, 0, 2, 0, 4, 70]]);
		expect(all[0]!.every((c) => c.decoded)).toBe(true);
	});

	it('keeps the boundaries the text kept ("230 000023" = 23,0,0,0,0,0,23)', () => {
		const all = segmentations(tokens('230', '000023'), 7).filter(rowSum);
		expect(all.map((c) => c.map((x) => x.value))).toEqual([[23, 0, 0, 0, 0, 0, 23]]);
		// Offsets point at the digits of each cell.
		expect(all[0]![0]).toMatchObject({ raw: '23', start: 0, end: 2 });
		expect(all[0]![6]).toMatchObject({ raw: '23', start: 8, end: 10 });
	});

	it('never reads a leading zero as part of a number', () => {
		const all = segmentations(tokens('0512'), 3);
		expect(all.map((c) => c.map((x) => x.raw))).toEqual([
			['0', '5', '12'],
			['0', '51', '2']
		]);
	});

	it('returns every candidate when the arithmetic cannot decide', () => {
		// 11 + 0 = 11 and 1 + 10 = 11 both hold: the caller must report this as ambiguous.
		const all = segmentations(tokens('11011'), 3).filter(
			(c) => c[0]!.value! + c[1]!.value! === c[2]!.value
		);
		expect(all.map((c) => c.map((x) => x.value))).toEqual([
			[1, 10, 11],
			[11, 0, 11]
		]);
	});

	it('keeps absent markers as one empty cell', () => {
		const all = segmentations(tokens('/', '12'), 3);
		expect(all.map((c) => c.map((x) => x.value))).toEqual([[null, 1, 2]]);
	});

	it('is bounded on runaway input', () => {
		expect(segmentations(tokens('1'.repeat(60)), 15, 500).length).toBe(500);
	});
});
