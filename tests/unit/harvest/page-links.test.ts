import { describe, expect, it } from 'vitest';
import { isReportTitle, pageLinks } from '../../../scripts/harvest/page-links.ts';
import { regionSlug, unitScopeOf } from '../../../scripts/harvest/report-file.ts';
import { retryAfterMs } from '../../../scripts/harvest/polite-fetcher.ts';

describe('a column page’s links', () => {
	const html = `<html><head><title>年报 - 淮安市人民政府</title></head><body>
	<a href="/">首页</a><a href="../zcwj/">政策文件</a>
	<ul><li><a href="./202401/t20240125_1.html" title="淮安市人民政府2023年政府信息公开工作年度报告">淮安市人民政府2023年政府信息公开工作...</a></li>
	<li><a href="http://www.example.gov.cn/col/nb/202301/t2.html">2022年度淮安市政府信息公开工作年度报告</a></li>
	<li><a href="/files/2021.pdf">淮安市2021年政府信息公开年报（PDF）</a></li>
	<li><a href="notice.html">关于做好政府信息公开工作的通知</a></li>
	<li><a href="javascript:void(0)">政府信息公开工作年度报告</a></li></ul>
	<a href="index_1.html">下一页</a> <a href="index_2.html">3</a> <a href="/other/index_9.html">9</a>
	<script>createPageHTML(4, 0, "index", "shtml");</script></body></html>`;
	const links = pageLinks(html, 'http://www.example.gov.cn/col/nb/index.html');

	it('finds the annual reports by their text or title attribute, resolved, files included', () => {
		expect(links.title).toBe('年报 - 淮安市人民政府');
		expect(links.reports.map((r) => r.url)).toEqual([
			'http://www.example.gov.cn/col/nb/202401/t20240125_1.html',
			'http://www.example.gov.cn/col/nb/202301/t2.html',
			'http://www.example.gov.cn/files/2021.pdf'
		]);
		expect(links.files.map((f) => f.url)).toEqual(['http://www.example.gov.cn/files/2021.pdf']);
	});

	it('finds the column’s further pages: 下一页, numbered pages of the column, and createPageHTML', () => {
		expect(links.pages.sort()).toEqual(
			[
				'http://www.example.gov.cn/col/nb/index_1.html',
				'http://www.example.gov.cn/col/nb/index_2.html',
				'http://www.example.gov.cn/col/nb/index.shtml',
				'http://www.example.gov.cn/col/nb/index_1.shtml',
				'http://www.example.gov.cn/col/nb/index_2.shtml',
				'http://www.example.gov.cn/col/nb/index_3.shtml'
			].sort()
		);
	});

	it('tells report titles from other titles, in simplified and traditional characters', () => {
		expect(isReportTitle('珠海市2017年政府信息公開工作年度報告')).toBe(true);
		expect(isReportTitle('2019年度 政府信息公开 年度报告')).toBe(true);
		expect(isReportTitle('关于做好政府信息公开工作的通知')).toBe(false);
		expect(isReportTitle('2023年政府工作报告')).toBe(false);
	});
});

describe('a harvested report’s name and unit', () => {
	it('names the region in pinyin without its administrative suffix', () => {
		expect(regionSlug('淮安市')).toBe('huaian');
		expect(regionSlug('洪泽区')).toBe('hongze');
		expect(regionSlug('平潭综合实验区')).toBe('pingtan');
		expect(regionSlug('呼伦贝尔市')).toBe('hulunbeier');
	});

	it('tells a whole government, its General Office and a department apart, and says when unsure', () => {
		expect(unitScopeOf('淮安市人民政府')).toBe('whole-region');
		expect(unitScopeOf('平潭综合实验区管委会')).toBe('whole-region');
		expect(unitScopeOf('上海市人民政府办公厅')).toBe('general-office');
		expect(unitScopeOf('平潭综合实验区管委会办公室')).toBe('general-office');
		expect(unitScopeOf('平潭综合实验区自然资源与生态环境局')).toBe('department');
		expect(unitScopeOf('淮安市发展和改革委员会')).toBe('department');
		expect(unitScopeOf('某某')).toBeNull();
	});

	it('reads Retry-After as seconds or as a date', () => {
		const now = Date.parse('2026-01-01T00:00:00Z');
		expect(retryAfterMs('5', now)).toBe(5000);
		expect(retryAfterMs('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000);
		expect(retryAfterMs('soon', now)).toBeNull();
	});
});
