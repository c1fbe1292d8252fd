import { describe, expect, it } from 'vitest';
import { MAX_SCROLL_PX, visibleWindow } from './grid-window';

const base = { rowHeight: 28, headHeight: 40, viewHeight: 512, overscan: 20 };

describe('visibleWindow', () => {
	it('draws the first rows at the top', () => {
		const w = visibleWindow({ ...base, total: 200_000, scrollTop: 0 });
		expect(w).toMatchObject({ first: 0, last: 37, shownFrom: 0, shownTo: 17, padTop: 0 });
	});
	it('draws only a window deep in a large result, and reaches the last row', () => {
		const end = 200_000 * 28 + 40 - 512;
		const w = visibleWindow({ ...base, total: 200_000, scrollTop: end });
		expect(w.last).toBe(200_000);
		expect(w.shownTo).toBe(200_000);
		expect(w.last - w.first).toBeLessThan(100);
	});
	it('handles small and empty results', () => {
		expect(visibleWindow({ ...base, total: 3, scrollTop: 0 })).toMatchObject({
			first: 0,
			last: 3,
			shownFrom: 0,
			shownTo: 3
		});
		expect(visibleWindow({ ...base, total: 0, scrollTop: 0 })).toMatchObject({
			first: 0,
			last: 0,
			shownFrom: 0,
			shownTo: 0
		});
	});
});

describe('visibleWindow over more rows than the browser can lay out', () => {
	const total = 1_000_000;
	const w = (scrollTop: number) => visibleWindow({ ...base, total, scrollTop });
	const maxTop = MAX_SCROLL_PX + base.headHeight - base.viewHeight;

	it('keeps the scroll space under what browsers lay out (~17.9M px in Firefox)', () => {
		expect(total * base.rowHeight).toBeGreaterThan(17_900_000);
		const top = w(0);
		expect(top.scaled).toBe(true);
		const space = top.padTop + (top.last - top.first) * base.rowHeight + top.padBottom;
		expect(space).toBe(MAX_SCROLL_PX);
		expect(MAX_SCROLL_PX).toBeLessThan(17_000_000);
		expect(top).toMatchObject({ first: 0, shownFrom: 0, padTop: 0 });
	});

	it('reaches the last row at the bottom of the scroll space', () => {
		const end = w(maxTop);
		expect(end.shownTo).toBe(total);
		expect(end.last).toBe(total);
		expect(end.last - end.first).toBeLessThan(100);
		// The drawn rows sit at the scroll position: the last one ends at the bottom of the view.
		const rowsEnd = end.padTop + base.headHeight + (end.last - end.first) * base.rowHeight;
		expect(rowsEnd).toBeCloseTo(maxTop + base.viewHeight, 6);
		// With a header of another height too (the rows in view are not a whole number of rows).
		for (const headHeight of [28, 45.27, 61]) {
			const h = { ...base, total, headHeight };
			const hTop = MAX_SCROLL_PX + headHeight - base.viewHeight;
			const e = visibleWindow({ ...h, scrollTop: hTop });
			const hEnd = e.padTop + headHeight + (e.last - e.first) * base.rowHeight;
			expect(hEnd).toBeCloseTo(hTop + base.viewHeight, 6);
		}
		// Scrolling past the end (overscroll) changes nothing.
		expect(w(maxTop + 5000)).toEqual(end);
	});

	it('moves through the rows in proportion, never backwards, and draws them in view', () => {
		let before = -1;
		for (const f of [0.1, 0.25, 0.5, 0.64, 0.75, 0.9, 0.999]) {
			const win = w(f * maxTop);
			expect(win.shownFrom).toBeGreaterThan(before);
			before = win.shownFrom;
			expect(win.shownFrom / total).toBeCloseTo(f, 2);
			// Row shownFrom is drawn at the top of the view, under the header (less the part of a
			// row the view cannot hold, taken off in step with the scroll).
			const at = win.padTop + (win.shownFrom - win.first) * base.rowHeight;
			expect(Math.abs(at - f * maxTop)).toBeLessThan(base.rowHeight);
			expect(win.padTop).toBeGreaterThanOrEqual(0);
			expect(win.padBottom).toBeGreaterThanOrEqual(0);
		}
	});

	it('scales only past the cap', () => {
		expect(visibleWindow({ ...base, total: 200_000, scrollTop: 0 }).scaled).toBe(false);
		expect(visibleWindow({ ...base, total: 20, scrollTop: 0, maxScrollPx: 100 }).scaled).toBe(true);
	});
});
