import { describe, expect, it } from 'vitest';
import {
	MISSING,
	formatBytes,
	formatChange,
	formatCompact,
	formatNumber,
	formatPercent,
	formatValue,
	formatYear
} from './format';

describe('formatNumber', () => {
	it('uses thousands separators and the same digits in both languages', () => {
		expect(formatNumber('en', 1234567)).toBe('1,234,567');
		expect(formatNumber('zh', 1234567)).toBe('1,234,567');
		expect(formatNumber('en', 0)).toBe('0');
		expect(formatNumber('en', 999)).toBe('999');
		expect(formatNumber('zh', 12.5)).toBe('12.5');
		expect(formatNumber('en', 0.1234)).toBe('0.123');
		expect(formatNumber('en', -1200)).toBe('-1,200');
	});

	it('shows absent values as a dash', () => {
		for (const v of [null, undefined, Number.NaN, Infinity, -Infinity]) {
			expect(formatNumber('zh', v)).toBe(MISSING);
			expect(formatPercent('en', v)).toBe(MISSING);
			expect(formatValue('en', v, 'count')).toBe('—');
			expect(formatChange('en', v)).toBe('—');
			expect(formatCompact('zh', v)).toBe('—');
			expect(formatYear('zh', v)).toBe('—');
		}
	});
});

describe('formatPercent', () => {
	it('formats a ratio with fixed decimals', () => {
		expect(formatPercent('en', 0.1234)).toBe('12.3%');
		expect(formatPercent('zh', 0.1234)).toBe('12.3%');
		expect(formatPercent('en', 0.5, 0)).toBe('50%');
		expect(formatPercent('en', 0.12345, 2)).toBe('12.35%');
		expect(formatPercent('en', 1)).toBe('100.0%');
		expect(formatPercent('en', 0)).toBe('0.0%');
		expect(formatPercent('en', 12.5, 0)).toBe('1,250%');
	});

	it('clamps odd digit counts', () => {
		expect(formatPercent('en', 0.5, -3)).toBe('50%');
		expect(formatPercent('en', 0.5, 2.7)).toBe('50.00%');
		expect(formatPercent('en', 0.5, Number.NaN)).toBe('50.0%');
		expect(formatPercent('en', 0.5, 100)).toBe('50.000000%');
	});
});

describe('formatValue and friends', () => {
	it('formats counts and percentages', () => {
		expect(formatValue('en', 12345, 'count')).toBe('12,345');
		expect(formatValue('zh', 0.256, 'percent')).toBe('25.6%');
		expect(formatValue('en', 0.256, 'percent', 0)).toBe('26%');
		expect(formatValue('zh', null, 'percent')).toBe('—');
	});

	it('relative change from a ratio to the base year', () => {
		expect(formatChange('en', 1.5)).toBe('+50.0%');
		expect(formatChange('en', 0.8)).toBe('-20.0%');
		expect(formatChange('zh', 1)).toBe('0.0%');
	});

	it('compact numbers per locale', () => {
		expect(formatCompact('zh', 12345)).toBe('1.2万');
		expect(formatCompact('en', 12345)).toBe('12.3K');
		expect(formatCompact('zh', 300000000)).toBe('3亿');
		expect(formatCompact('en', 999)).toBe('999');
	});

	it('years and bytes', () => {
		expect(formatYear('zh', 2019)).toBe('2019年');
		expect(formatYear('en', 2019)).toBe('2019');
		expect(formatBytes('en', 512)).toBe('512 B');
		expect(formatBytes('en', 1536)).toBe('1.5 KB');
		expect(formatBytes('zh', 5 * 1024 * 1024)).toBe('5 MB');
		expect(formatBytes('en', -1)).toBe('—');
	});
});
