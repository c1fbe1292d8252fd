import { describe, expect, it } from 'vitest';
import { columnEdges, placeByPosition, placeUnderHeader } from './align-by-position';
import { readCellRun } from './read-cell-run';

const table = [
	'予以公开     12    3    0    0    1    0    16',
	'部分公开      5    0    0    0    0    0     5',
	'不予公开      4         0    0    0          ',
	'其他处理      7    1    0    0    0    0     8'
].join('\n');

const runOf = (label: string) => {
	const at = table.indexOf(label) + label.length;
	return readCellRun(
		table,
		at,
		table.indexOf('\n', at) < 0 ? table.length : table.indexOf('\n', at),
		7
	)!;
};

describe('placing whitespace-aligned cells by column', () => {
	it('puts each number of a row with blanks (spaces) under its column; blanks stay absent', () => {
		const edges = columnEdges(table, ['予以公开', '部分公开', '其他处理'].map(runOf), 7);
		expect(edges).not.toBeNull();
		const cells = placeByPosition(table, runOf('不予公开'), edges!);
		expect(cells?.map((c) => c.value)).toEqual([4, null, 0, 0, 0, null, null]);
	});

	it('does not place anything when fewer than two complete rows agree on the columns', () => {
		expect(columnEdges(table, [runOf('予以公开')], 7)).toBeNull();
	});

	it('places a 表二 row with a blank under its header words when the columns are aligned', () => {
		// 1 right-aligned under 本年制发件数, 11 under 现行有效件数, 本年废止件数 blank.
		const t =
			'信息内容    本年制发件数   本年废止件数   现行有效件数\n规章           1                11';
		const at = t.indexOf('规章') + 2;
		const cells = placeUnderHeader(t, readCellRun(t, at, t.length, 3)!, 3);
		expect(cells?.map((c) => c.value)).toEqual([1, null, 11]);
	});

	it('places nothing where words and numbers stand apart by single spaces (running text)', () => {
		const t = '信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 1 11';
		expect(placeUnderHeader(t, readCellRun(t, t.indexOf('规章') + 2, t.length, 3)!, 3)).toBeNull();
	});

	it('places a row under headers stacked over several lines (表四): the lowest words are the columns', () => {
		const t = [
			'行政复议    行政诉讼',
			'维持  纠正  总计  直接起诉',
			'            维持  总计',
			' 4       4   1   1'
		].join('\n');
		const row = readCellRun(t, t.lastIndexOf('\n') + 1, t.length, 5)!;
		expect(placeUnderHeader(t, row, 5)?.map((c) => c.value)).toEqual([4, null, 4, 1, 1]);
	});
});
