import { describe, expect, it } from 'vitest';
import { readCellRun } from './read-cell-run';

const texts = (text: string, from = 0, expected = Infinity) =>
	readCellRun(text, from, text.length, expected)?.tokens.map((t) => `${t.kind}:${t.text}`);

describe('readCellRun', () => {
	it('reads whitespace-separated cells after a label', () => {
		expect(texts('一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119\n二、')).toEqual(
			['3001', '53', '0', '0', '61', '4', '3119'].map((v) => `number:${v}`)
		);
	});

	it('reads a "|" row and keeps blank cells between filled ones as absent', () => {
		expect(texts('行政许可 |  | 12 |  | 7 |  | ')).toEqual(['number:12', 'absent:', 'number:7']);
	});

	it('stops a "|" row at the end of its line', () => {
		expect(texts('国家秘密 | 1 | 0 | 1\n |  | 2.其他 | 0 | 0 | 0')).toEqual([
			'number:1',
			'number:0',
			'number:1'
		]);
	});

	it('treats "/", "—" and "无" standing alone as absent, never as 0', () => {
		expect(texts('部分公开 / — 无 5')).toEqual(['absent:/', 'absent:—', 'absent:无', 'number:5']);
	});

	it('does not read the next row\'s item number ("2.其他…") as a cell', () => {
		expect(texts('属于国家秘密 0 0 0 0 0 0 0 2.其他法律')).toHaveLength(7);
	});

	it('reads the last cell that the next row\'s item number is glued to ("… 0 03.补正…")', () => {
		// The next label (with its item number "3.") was found at the "3": the "0" before it is a cell.
		const text = '另行制作 0 0 0 0 0 0 03.补正后申请内容仍不明确';
		const at = text.indexOf('3.补正');
		expect(readCellRun(text, 4, at, 7)?.tokens.map((t) => t.text)).toEqual([
			'0',
			'0',
			'0',
			'0',
			'0',
			'0',
			'0'
		]);
		// "12.…" with the label found at the "2": the "1" is this row's cell.
		const glued = '其他 0 0 0 0 0 0 12.下一行';
		expect(readCellRun(glued, 2, glued.indexOf('2.下'), 7)?.tokens.at(-1)?.text).toBe('1');
		// Where the label search reached no further, "12." is an item number, not cells.
		expect(texts('其他 0 0 0 0 0 0 0 12.下一行')).toHaveLength(7);
	});

	it('keeps a last cell glued to the next row\'s item number ("000000 02.其他", pingtan-ziran_2022)', () => {
		// The next label starts at the "2": the "0" before it is this row's seventh cell.
		const text = '1.属于国家秘密 000000 02.其他法律行政法规禁止公开';
		const run = readCellRun(text, text.indexOf(' 0'), text.indexOf('2.其他'), 7);
		expect(run?.tokens.map((t) => t.text)).toEqual(['000000', '0']);
	});

	it('ends a whitespace row at a line break once the row is complete', () => {
		expect(texts('1 2 3\n4 5 6', 0, 3)).toEqual(['number:1', 'number:2', 'number:3']);
	});

	it('returns null when no cell follows', () => {
		expect(readCellRun('只有文字', 0, 4)).toBeNull();
	});
	it('reads the cell before a two-digit item number when the next label starts at its second digit', () => {
		const text = '国家秘密 2 0 0 0 0 0 22.其他法律';
		const limit = text.indexOf('2.其他');
		expect(readCellRun(text, 0, limit, 7)?.tokens.map((t) => t.text)).toEqual([
			'2',
			'0',
			'0',
			'0',
			'0',
			'0',
			'2'
		]);
	});

	it('keeps every field of a "|" row, blank ones included, so a blank stays in its column', () => {
		const run = readCellRun('（七）总计 |  | 258 | 12 |  |  | 1 | 1 | ', 5, 40, 7);
		expect(run?.fields?.map((f) => f.text)).toEqual(['', '258', '12', '', '', '1', '1', '']);
	});

	it('does not count the closing pipe of a markdown row as a blank cell', () => {
		const run = readCellRun('| 规章 | 22 | 235 |', 4, 19, 3);
		expect(run?.fields?.map((f) => f.text)).toEqual(['22', '235']);
	});

	it('does not read a running header\'s year ("2025年度…") as a cell', () => {
		expect(texts('行政处罚  0\n\n2025年度政府信息公开工作年度报告\n行政强制 0')).toEqual([
			'number:0'
		]);
	});

	it("drops the empty field before a markdown row's opening pipe, keeping a blank last cell", () => {
		const text = '表四\n| 72 | 64 |  | 6 |  |';
		const run = readCellRun(text, 0, text.length);
		expect(run?.fields?.map((f) => f.text)).toEqual(['72', '64', '', '6', '']);
	});

	it('ends a row before a markdown delimiter row (the header above it blanked out)', () => {
		// shanghai-office_2025: the last 表二 row of page text, then a markdown table's header
		// (masked to spaces) and its "|---|" row; the dashes are no cells of the row.
		expect(texts('行政事业性收费 0\n          \n|---|---|---|---|\n## 表二')).toEqual(['number:0']);
	});
});
