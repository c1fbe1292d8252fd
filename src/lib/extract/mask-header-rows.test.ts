import { describe, expect, it } from 'vitest';
import { headerRows, maskHeaderRows } from './mask-header-rows';

const table =
	'### （一）予以公开\n| 本年新收 | 上年结转 | 予以公开 |\n|---|---|---|\n| 1288 | 21 | 0 |\n';

describe('maskHeaderRows', () => {
	it('blanks a markdown header of words, keeping every offset', () => {
		const masked = maskHeaderRows(table);
		expect(masked).toHaveLength(table.length);
		expect(masked).not.toContain('本年新收');
		expect(masked).toContain('| 1288 | 21 | 0 |');
	});

	it('keeps a header row that holds numbers (a data row the converter made the header)', () => {
		const t = '| 一、本年新收政府信息公开申请数量 | 1259 | 36 |\n|---|---|---|\n';
		expect(maskHeaderRows(t)).toBe(t);
	});

	it('lists the header rows of a range as fields', () => {
		expect(headerRows(table, 0, table.length)).toEqual([['本年新收', '上年结转', '予以公开']]);
	});
});
