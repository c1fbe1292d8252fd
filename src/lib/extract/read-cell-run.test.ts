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
});
