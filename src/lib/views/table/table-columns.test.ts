import { describe, expect, it } from 'vitest';
import { shownColumns, TABLE_COLUMNS } from './table-columns';
import type { TableRow } from './table-rows';

const row = (patch: Partial<TableRow> = {}): TableRow => ({
	region: '平潭综合实验区',
	region_id: '350128',
	unit: '平潭综合实验区管委会',
	unit_label: '平潭 · 管委会',
	year: 2020,
	value: 21,
	numerator: null,
	denominator: null,
	approx: false,
	failed_checks: '',
	check_notes: '',
	report_id: 'pingtan_2020',
	format: 'post2019',
	yoy: null,
	notes: '',
	...patch
});

describe('shownColumns', () => {
	it('leaves out the columns empty in every row, and keeps names, year and value', () => {
		expect(shownColumns([row(), row({ year: 2021, value: null })])).toEqual([
			'region',
			'unit',
			'year',
			'value'
		]);
		expect(shownColumns([])).toEqual(['region', 'unit', 'year', 'value']);
	});

	it('keeps a column where one row has something in it', () => {
		const rate = row({ numerator: 13, denominator: 21 });
		expect(shownColumns([row(), rate])).toEqual([
			'region',
			'unit',
			'year',
			'value',
			'numerator',
			'denominator'
		]);
		const full = row({
			numerator: 0,
			denominator: 1,
			yoy: -0.5,
			check_notes: 'The outcome rows add up to 27, the printed total is 21.',
			notes: 'covers 11 months only'
		});
		expect(shownColumns([row(), full])).toEqual([...TABLE_COLUMNS]);
	});
});
