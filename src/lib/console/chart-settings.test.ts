import { describe, expect, it } from 'vitest';
import {
	chartParams,
	parseChartParams,
	withChartParamsOf,
	type ChartSettings
} from './chart-settings';
import { consoleSearch } from './url-query';
import { consoleUrlProblems } from './url-problems';

describe('chart settings in the URL', () => {
	it('reads a link and writes the same settings back', () => {
		const s: ChartSettings = {
			mark: 'bar',
			x: 'region_name',
			y: 'n',
			series: '年份',
			sort: 'result',
			orient: 'h'
		};
		const search = consoleSearch({ q: 'SELECT 1', lang: 'en', chart: s });
		expect(search).toContain('chart=bar&x=region_name&y=n&series=');
		const { chart, problems } = parseChartParams(new URLSearchParams(search));
		expect(problems).toEqual([]);
		expect(chart).toEqual(s);
	});

	it('leaves defaults out of the link', () => {
		expect(
			chartParams({ mark: 'line', x: 'year', y: 'n', series: null, sort: 'value', orient: 'auto' })
		).toEqual([
			['chart', 'line'],
			['x', 'year'],
			['y', 'n']
		]);
		expect(chartParams(null)).toEqual([]);
	});

	it('ignores values that are not allowed, with a problem in both languages', () => {
		const { chart, problems } = parseChartParams(
			new URLSearchParams({ chart: 'pie<script>', sort: 'random', orient: 'diagonal', x: 'a' })
		);
		expect(chart).toEqual({ mark: null, x: 'a' });
		expect(problems.map((p) => p.param)).toEqual(['chart', 'sort', 'orient']);
		expect(problems[0]!.message_en).toContain('allowed: bar, line, point');
		expect(problems[0]!.message_en).toContain('chosen from the result');
		expect(problems[0]!.message_zh).toContain('按结果自动选择');
	});

	it('ignores chart settings without chart=, and over-long column names', () => {
		const loose = parseChartParams(new URLSearchParams('x=a&y=b'));
		expect(loose.chart).toBeNull();
		expect(loose.problems[0]!.message_en).toContain('(x, y)');
		const long = parseChartParams(new URLSearchParams({ chart: 'bar', x: 'x'.repeat(10_000) }));
		expect(long.chart).toEqual({ mark: 'bar' });
		expect(long.problems[0]!.code).toBe('too_long');
		expect(long.problems[0]!.message_en.length).toBeLessThan(300);
	});

	it('are part of the console URL problems', () => {
		expect(consoleUrlProblems(new URLSearchParams('chart=bar&x=a&y=b'))).toEqual([]);
		expect(
			consoleUrlProblems(new URLSearchParams('lang=fr&chart=pie')).map((p) => p.param)
		).toEqual(['lang', 'chart']);
	});

	it('keeps a link’s chart parameters, as they are, in a new search string', () => {
		const from = new URLSearchParams('q=old&chart=bar&x=%E5%9C%B0%E5%8C%BA&sort=nope&foo=1');
		const out = new URLSearchParams(withChartParamsOf('?q=new&lang=en', from));
		expect([...out]).toEqual([
			['q', 'new'],
			['lang', 'en'],
			['chart', 'bar'],
			['x', '地区'],
			['sort', 'nope']
		]);
		expect(withChartParamsOf('', new URLSearchParams('q=1'))).toBe('');
	});
});
