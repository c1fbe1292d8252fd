import { describe, expect, it } from 'vitest';
import { median, quantile } from '../../scripts/bench-stats.ts';

describe('bench statistics', () => {
	it('interpolate between the closest ranks, whatever the input order', () => {
		expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
		expect(quantile([30, 10, 20], 0.5)).toBe(20);
		// 20 values 1..20: rank 0.95 × 19 = 18.05, between 19 and 20
		const values = Array.from({ length: 20 }, (_, i) => 20 - i);
		expect(quantile(values, 0.95)).toBeCloseTo(19.05, 10);
		expect(quantile(values, 0)).toBe(1);
		expect(quantile(values, 1)).toBe(20);
	});

	it('give the median of an even count as the mean of the two middle values, NaN for none', () => {
		expect(median([5, 1, 9, 3])).toBe(4);
		expect(median([7])).toBe(7);
		expect(median([])).toBeNaN();
	});
});
