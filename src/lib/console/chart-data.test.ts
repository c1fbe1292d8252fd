import { describe, expect, it } from 'vitest';
import {
	chartColumns,
	chartModel,
	defaultChart,
	prefersHorizontal,
	resolveChart,
	type ChartColumn
} from './chart-data';
import type { ChartSettings } from './chart-settings';

const col = (name: string, type: string) => ({
	name,
	type,
	numeric: /^(Int|Float|Decimal)/.test(type)
});

describe('chartColumns', () => {
	it('tells numbers, dates and text apart, and finds years by name or by value', () => {
		const cols = chartColumns(
			[
				col('region_name', 'Utf8'),
				col('yr', 'Int32'),
				col('year', 'Int64'),
				col('n', 'Int64'),
				col('rate', 'Float64'),
				col('day', 'Date32<DAY>')
			],
			[
				{ region_name: 'A', yr: 2019, year: 2019, n: 5, rate: 2020 },
				{ region_name: 'B', yr: 2021, year: 2020, n: 3000, rate: 2021 }
			]
		);
		expect(cols.map((c) => [c.name, c.kind, c.year])).toEqual([
			['region_name', 'text', false],
			['yr', 'number', true],
			['year', 'number', true],
			['n', 'number', false],
			['rate', 'number', false],
			['day', 'date', false]
		]);
	});
});

const c = (name: string, kind: ChartColumn['kind'], year = false): ChartColumn => ({
	name,
	kind,
	year
});

describe('defaultChart', () => {
	it('draws text + number as bars', () => {
		expect(defaultChart([c('region_name', 'text'), c('n', 'number')])).toMatchObject({
			mark: 'bar',
			x: 'region_name',
			y: 'n',
			series: null
		});
	});

	it('draws year + number + text as lines, one per value of the text', () => {
		expect(
			defaultChart([
				c('name_zh', 'text'),
				c('name_en', 'text'),
				c('year', 'number', true),
				c('granted', 'number')
			])
		).toMatchObject({ mark: 'line', x: 'year', y: 'granted', series: 'name_zh' });
		expect(defaultChart([c('day', 'date'), c('n', 'number')])).toMatchObject({
			mark: 'line',
			x: 'day',
			series: null
		});
	});

	it('draws two numbers as points, and nothing without a number', () => {
		expect(defaultChart([c('a', 'number'), c('b', 'number')])).toMatchObject({
			mark: 'point',
			x: 'a',
			y: 'b'
		});
		expect(defaultChart([c('a', 'text'), c('b', 'date')])).toBeNull();
		expect(defaultChart([c('n', 'number')])).toBeNull();
	});
});

describe('resolveChart', () => {
	const cols = [c('region_name', 'text'), c('year', 'number', true), c('n', 'number')];

	it('keeps what the result allows and names what it does not', () => {
		const r = resolveChart({ mark: 'bar', x: 'region_name', y: 'nope', series: 'gone' }, cols);
		expect(r.settings).toEqual({
			mark: 'bar',
			x: 'region_name',
			y: 'n',
			series: null,
			sort: 'value',
			orient: 'auto'
		});
		expect(r.problems).toEqual([
			{ param: 'y', value: 'nope', used: 'n', reason: 'no_column' },
			{ param: 'series', value: 'gone', used: '', reason: 'no_column' }
		]);
	});

	it('refuses a text column as y', () => {
		const r = resolveChart({ mark: null, y: 'region_name' }, cols);
		expect(r.problems).toEqual([
			{ param: 'y', value: 'region_name', used: 'n', reason: 'not_number' }
		]);
		expect(r.settings?.mark).toBe('line');
	});

	it('suggests a chart when nothing is asked, and none for a result without numbers', () => {
		expect(resolveChart(null, cols).settings?.mark).toBe('line');
		expect(resolveChart({ mark: 'bar' }, [c('t', 'text')])).toEqual({
			settings: null,
			problems: []
		});
	});
});

describe('chartModel', () => {
	const cols = [c('region', 'text'), c('year', 'number', true), c('n', 'number')];
	const rows = [
		{ region: '北京', year: 2020, n: 3 },
		{ region: '上海', year: 2020, n: 7 },
		{ region: '北京', year: 2021, n: null },
		{ region: '北京', year: 2022, n: 5 },
		{ region: '广州', year: null, n: 2 },
		{ region: '上海', year: 2021, n: 1 },
		{ region: '上海', year: 2021, n: 2 }
	];
	const s = (over: Partial<ChartSettings>): ChartSettings => ({
		mark: 'bar',
		x: 'region',
		y: 'n',
		series: null,
		sort: 'value',
		orient: 'auto',
		...over
	});

	it('sorts bars by value, largest first, or keeps the result order', () => {
		expect(chartModel(rows, cols, s({})).categories).toEqual(['上海', '北京', '广州']);
		expect(chartModel(rows, cols, s({ sort: 'result' })).categories).toEqual([
			'北京',
			'上海',
			'广州'
		]);
	});

	it('draws one line per series over a numeric x, a NULL y as a gap, and counts what it combines or leaves out', () => {
		const m = chartModel(rows, cols, s({ mark: 'line', x: 'year', series: 'region' }));
		expect(m.xKind).toBe('number');
		expect(m.series.map((x) => [x.key, x.points.map((p) => [p.x, p.y])])).toEqual([
			[
				'北京',
				[
					[2020, 3],
					[2021, null],
					[2022, 5]
				]
			],
			[
				'上海',
				[
					[2020, 7],
					[2021, 3]
				]
			]
		]);
		expect(m.notes).toEqual({ noX: 1, combined: 2, seriesCut: 0, categoriesCut: 0 });
	});

	it('puts a number x on a categorical axis for bars', () => {
		const m = chartModel(rows, cols, s({ x: 'year', sort: 'result' }));
		expect(m.xKind).toBe('category');
		expect(m.categories).toEqual(['2020', '2021', '2022']);
		expect(m.notes.noX).toBe(1);
	});

	it('chooses horizontal bars for long or many labels', () => {
		expect(prefersHorizontal(['A', 'B'], 'auto')).toBe(false);
		expect(prefersHorizontal(['内蒙古自治区呼伦贝尔市', 'B'], 'auto')).toBe(true);
		expect(prefersHorizontal(['Shanghai Pudong', 'B'], 'auto')).toBe(true);
		expect(prefersHorizontal(['上海', '北京'], 'auto')).toBe(false);
		expect(
			prefersHorizontal(
				Array.from({ length: 13 }, (_, i) => String(i)),
				'auto'
			)
		).toBe(true);
		expect(prefersHorizontal(['内蒙古自治区呼伦贝尔市'], 'v')).toBe(false);
		expect(prefersHorizontal(['A'], 'h')).toBe(true);
	});
});
