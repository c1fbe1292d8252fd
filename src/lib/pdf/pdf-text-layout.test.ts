import { describe, expect, it } from 'vitest';
import { lineCells, pageText, type TextItem } from './pdf-text-layout';

/** Items as pdf.js gives them for a 10-point font: one per glyph run. */
const item = (str: string, x: number, y: number, width = str.length * 10): TextItem => ({
	str,
	x,
	y,
	width,
	height: 10
});

describe('pdf text layout', () => {
	it('rebuilds a table row: a label and number cells apart, not run together', () => {
		const row = [
			item('一、本年新收政府信息公开申请数量', 40, 700),
			item('3001', 420, 700, 20),
			item('53', 470, 700, 10),
			item('0', 510, 700, 5),
			item('3119', 560, 700, 20)
		];
		expect(pageText(row)).toBe('| 一、本年新收政府信息公开申请数量 | 3001 | 53 | 0 | 3119 |');
	});

	it('joins the pieces of one cell: CJK without a space, Latin words with one', () => {
		expect(lineCells([item('予以', 40, 700), item('公开', 60, 700)])).toEqual(['予以公开']);
		expect(lineCells([item('Section', 40, 700, 35), item('one', 79, 700, 15)])).toEqual([
			'Section one'
		]);
	});

	it('orders lines top to bottom and items left to right, whatever order they arrive in', () => {
		const items = [
			item('12', 300, 680, 10),
			item('（一）予以公开', 40, 680),
			item('二、上年结转', 40, 700),
			item('34', 300, 700.6, 10)
		];
		expect(pageText(items).split('\n')).toEqual([
			'| 二、上年结转 | 34 |',
			'| （一）予以公开 | 12 |'
		]);
	});

	it('keeps prose lines as they are and drops empty items', () => {
		expect(pageText([item('全年共收到申请3119件。', 40, 700), item('  ', 300, 700)])).toBe(
			'全年共收到申请3119件。'
		);
	});

	it('keeps numbers in narrow columns apart: a gap narrower than a character still parts two numbers', () => {
		// 表四's fifteen columns on a portrait page: 351 and 13 about 4 points apart at 10 points.
		const row = [item('72', 40, 300, 10), item('351', 54, 300, 15), item('13', 73, 300, 10)];
		expect(lineCells(row)).toEqual(['72', '351', '13']);
		// A number's own digits, drawn as two items that touch, stay one number.
		expect(lineCells([item('44', 40, 300, 10), item('7228', 50, 300, 20)])).toEqual(['447228']);
	});

	it('splits an item pdf.js merged from several numbers into one cell per number', () => {
		expect(pageText([item('行政复议', 40, 300), item('13 4 8 1 26', 200, 300, 55)])).toBe(
			'| 行政复议 | 13 | 4 | 8 | 1 | 26 |'
		);
		// Prose that holds numbers among words is not a row of cells.
		expect(lineCells([item('全年 12 件 3 次', 40, 300, 60)])).toEqual(['全年 12 件 3 次']);
	});
});
