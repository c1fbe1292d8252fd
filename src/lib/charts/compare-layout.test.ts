import { describe, expect, it } from 'vitest';
import { compareCounts, compareLatestPercent, mark } from './__fixtures__/chart-fixtures';
import { barAt, compareLayout, compareNeighbor, rankBars } from './compare-layout';
import { CHART_STRINGS_ZH } from '../i18n/chart-phrases';

describe('compareLayout', () => {
	const layout = compareLayout(compareCounts);

	it('ranks bars by value, largest first, and lists regions without data last', () => {
		expect(layout.rows.map((r) => [r.label, r.value])).toEqual([
			['莆田', 1234],
			['平潭', 154],
			['福州', 150],
			['三明', 0],
			// Without data: in pinyin order (泉州 quan before 厦门 xia), not by code point.
			['泉州', null],
			['厦门', null]
		]);
		const widths = layout.bars.map((r) => r.bar!.width);
		expect([...widths].sort((a, b) => b - a)).toEqual(widths);
	});

	it('gives a no-data row no bar (absent is not zero) and a zero value a hairline bar', () => {
		const noData = layout.rows.filter((r) => r.value === null);
		expect(noData.every((r) => r.bar === null && r.valueLabel.text === 'no data')).toBe(true);
		expect(layout.bars.map((r) => r.key)).not.toContain('350200');
		const zero = layout.rows.find((r) => r.value === 0)!;
		expect(zero.bar).toMatchObject({ x: layout.zero, width: 1 });
		expect(zero.valueLabel.text).toBe('0');
	});

	it('labels values at the bar ends, ≈ for approximate values', () => {
		const top = layout.rows[0]!;
		expect(top.valueLabel.text).toBe('≈1,234');
		expect(top.valueLabel.x).toBeGreaterThan(top.bar!.x + top.bar!.width);
		expect(top.valueLabel.x).toBeLessThan(layout.width);
		expect(layout.axisLabel).toBe('requests · 2021');
	});

	it('draws a bar with failed checks hollow and names them in the tooltip', () => {
		const pingtan = layout.rows.find((r) => r.key === '350128')!;
		expect(pingtan.hollow).toBe(true);
		expect(pingtan.tooltip.notes).toEqual(['failed check: table3_total']);
		expect(layout.hasHollow).toBe(true);
	});

	it('says "latest year per region" on the axis and gives every bar its year', () => {
		const latest = compareLayout(compareLatestPercent, { strings: CHART_STRINGS_ZH });
		expect(latest.axisLabel).toBe('纠错率 · 各地区最新年份');
		expect(latest.rows.map((r) => r.valueLabel.text)).toEqual([
			'40% (2021)',
			'12.5% (2023)',
			'5% (2023)',
			'无数据'
		]);
		expect(latest.rows[0]!.tooltip).toMatchObject({ title: '福州', meta: '2021年', value: '40%' });
		expect(latest.rows[0]!.tooltip.details).toEqual(['4 / 10']);
		expect(latest.xTicks.every((t) => t.label.endsWith('%'))).toBe(true);
	});

	it('states the finding: highest, lowest and who has no data', () => {
		expect(layout.ariaLabel).toBe(
			'Information requests, 2021: highest 莆田 1,234, lowest 三明 0; 2 of 6 without data (泉州, 厦门).'
		);
		expect(compareLayout(compareLatestPercent, { strings: CHART_STRINGS_ZH }).ariaLabel).toBe(
			'行政复议纠错率，各地区最新年份：最高福州 40%（2021年），最低莆田 5%（2023年）；4项中1项无数据（厦门）。'
		);
	});

	it('fits 320 px: labels truncated, everything inside the width', () => {
		const narrow = compareLayout(compareLatestPercent, { width: 320 });
		const long = narrow.rows.find((r) => r.key === 'a')!;
		expect(long.label.endsWith('…')).toBe(true);
		expect(long.fullLabel).toBe('平潭综合实验区管理委员会办公室');
		expect(narrow.plot.right - narrow.plot.left).toBeGreaterThan(100);
		expect(Math.max(...narrow.bars.map((r) => r.bar!.x + r.bar!.width))).toBeLessThanOrEqual(
			narrow.plot.right
		);
	});

	it('breaks ties by label and keeps all-null input drawable', () => {
		const tie = (key: string, label: string) => ({ key, label, year: 2020, ...mark(5) });
		expect(rankBars([tie('b', 'B'), tie('a', 'A')]).map((b) => b.key)).toEqual(['a', 'b']);
		const empty = compareLayout({
			...compareCounts,
			bars: [{ key: 'x', label: 'X', year: 2021, ...mark(null) }]
		});
		expect(empty.bars).toEqual([]);
		expect(empty.ariaLabel).toBe('Information requests, 2021: 1 of 1 without data (X).');
	});

	it('finds the bar under the pointer anywhere on its row, and moves by rank with the arrows', () => {
		const first = layout.rows[0]!;
		expect(barAt(layout, first.mid)).toBe(first);
		expect(barAt(layout, layout.rows[4]!.mid)).toBeNull();
		expect(compareNeighbor(layout, first, 'ArrowDown')).toBe(layout.rows[1]);
		expect(compareNeighbor(layout, first, 'ArrowUp')).toBe(first);
		expect(compareNeighbor(layout, first, 'End')).toBe(layout.rows[3]);
	});
});
