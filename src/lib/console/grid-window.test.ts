import { describe, expect, it } from 'vitest';
import { visibleWindow } from './grid-window';

const base = { rowHeight: 28, headHeight: 40, viewHeight: 512, overscan: 20 };

describe('visibleWindow', () => {
	it('draws the first rows at the top', () => {
		const w = visibleWindow({ ...base, total: 200_000, scrollTop: 0 });
		expect(w).toEqual({ first: 0, last: 37, shownFrom: 0, shownTo: 17 });
	});
	it('draws only a window deep in a large result, and reaches the last row', () => {
		const end = 200_000 * 28 + 40 - 512;
		const w = visibleWindow({ ...base, total: 200_000, scrollTop: end });
		expect(w.last).toBe(200_000);
		expect(w.shownTo).toBe(200_000);
		expect(w.last - w.first).toBeLessThan(100);
	});
	it('handles small and empty results', () => {
		expect(visibleWindow({ ...base, total: 3, scrollTop: 0 })).toEqual({
			first: 0,
			last: 3,
			shownFrom: 0,
			shownTo: 3
		});
		expect(visibleWindow({ ...base, total: 0, scrollTop: 0 })).toEqual({
			first: 0,
			last: 0,
			shownFrom: 0,
			shownTo: 0
		});
	});
});
