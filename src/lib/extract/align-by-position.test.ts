import { describe, expect, it } from 'vitest';
import { columnEdges, placeByPosition } from './align-by-position';
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
});
