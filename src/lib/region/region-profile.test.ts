/**
 * The region profile over the built data (static/data, `npm run data`). Expected values are read
 * from the reports: the units and years from data/reports' front matter, the numbers from the
 * report text (comments quote it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTimeIndex } from '../views/build-time-index';
import type { ExplorerIndex } from '../views/explorer-data';
import { profileTrend } from './profile-trend';
import { formerCodes, regionProfile } from './compute-profile';
import { shortUnit, type RegionProfile } from './region-profile';

let index: ExplorerIndex;
let pingtan: RegionProfile;

beforeAll(async () => {
	index = await buildTimeIndex();
	pingtan = regionProfile(index, '350128')!;
});

const range = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('regionProfile', () => {
	it('lists every unit of 平潭 with its years: whole-region units first, then the office, then departments', () => {
		const units = pingtan.units.map((u) => [u.unit, u.scope, u.reports.map((r) => r.year)]);
		// pingtan_2011 … pingtan_2025, pingtan-county_2011 … 2013 (平潭县人民政府).
		expect(units[0]).toEqual(['平潭综合实验区管委会', 'whole-region', range(2011, 2025)]);
		expect(units[1]).toEqual(['平潭县人民政府', 'whole-region', [2011, 2012, 2013]]);
		// pingtan-office: 2014, 2015, 2017 … 2025 (no 2016 report).
		expect(units[2]).toEqual([
			'平潭综合实验区管委会办公室',
			'general-office',
			[2014, 2015, ...range(2017, 2025)]
		]);
		const departments = pingtan.units.filter((u) => u.scope === 'department');
		expect(departments.map((u) => u.unit).sort()).toEqual(
			[
				'平潭综合实验区交通与建设局',
				'平潭综合实验区市场监督管理局',
				'平潭综合实验区环境与国土资源局',
				'平潭综合实验区社会事业局',
				'平潭综合实验区自然资源与生态环境局',
				'平潭综合实验区财政金融局'
			].sort()
		);
		expect(pingtan.units.slice(3).every((u) => u.scope === 'department')).toBe(true);
		expect(pingtan.years).toEqual(range(2011, 2025));
	});

	it('carries the key counts and rates the report prints', () => {
		const r2020 = pingtan.units[0]!.reports.find((r) => r.year === 2020)!;
		// 表三: 一、本年新收 "200 000121" → total 21; （一）予以公开 "6000017" → 7;
		// （二）部分公开 "6000006" → 6; （七）总计 "20 0 00 0 121" → 21; 表四 all 0.
		expect(r2020.values.h_requests.value).toBe(21);
		expect(r2020.values.h_handled.value).toBe(21);
		expect(r2020.values.openness_rate.value).toBeCloseTo(13 / 21, 10);
		expect(r2020.values.openness_rate.numerator).toBe(13);
		expect(r2020.values.openness_rate.denominator).toBe(21);
		expect(r2020.values.h_reviews.value).toBe(0);
		// pingtan-county_2012: "2012年全县共收到有关政府信息公开的申请21条".
		const county2012 = pingtan.units[1]!.reports.find((r) => r.year === 2012)!;
		expect(county2012.values.h_requests.value).toBe(21);
	});

	it('counts every check of every report by status, and lists the failed ones', () => {
		const ids = new Set(pingtan.units.flatMap((u) => u.reports.map((r) => r.report_id)));
		const checks = index.tables.checks.filter((c) => ids.has(c.report_id));
		const total = pingtan.checks.pass + pingtan.checks.fail + pingtan.checks.not_assessable;
		expect(total).toBe(checks.length);
		expect(total).toBeGreaterThan(0);
		const failed = pingtan.units.flatMap((u) => u.reports.flatMap((r) => r.failed));
		expect(failed.length).toBe(pingtan.checks.fail);
	});

	it('says every failed check as a sentence in both languages, with no check id', () => {
		const r2020 = pingtan.units[0]!.reports.find((r) => r.year === 2020)!;
		// pingtan_2020 表三: the outcome rows (the total column) add up to 27, （七）总计 prints 21.
		const total = r2020.failed.find((c) => c.check === 'outcomes_sum' && c.applicant === 'total')!;
		expect(total.sentence).toEqual({
			zh: '各项办理结果合计27件，报告所列总数为21件。',
			en: 'The outcome rows add up to 27, the printed total is 21.'
		});
		const failed = pingtan.units.flatMap((u) => u.reports.flatMap((r) => r.failed));
		for (const c of failed) {
			for (const s of [c.sentence.zh, c.sentence.en]) {
				expect(s.length).toBeGreaterThan(10);
				expect(s).not.toContain(c.check.split(':')[0]);
			}
		}
	});

	it('is null for a region without reports (北京市) and an unknown code', () => {
		expect(regionProfile(index, '110000')).toBeNull();
		expect(regionProfile(index, 'nowhere')).toBeNull();
	});

	it('a general office alone is the profile of 上海市', () => {
		const shanghai = regionProfile(index, '310000')!;
		expect(shanghai.units.map((u) => [u.unit, u.scope])).toEqual([
			['上海市人民政府办公厅', 'general-office']
		]);
	});
});

describe('formerCodes', () => {
	it('points the former codes of regions with reports to them', () => {
		const former = formerCodes(index);
		// 东胜区 was 152701 (under 伊克昭盟), 玉溪 was 玉溪地区 532400, 呼伦贝尔 was 呼伦贝尔盟 152100.
		expect(former.get('152701')).toBe('150602');
		expect(former.get('532400')).toBe('530400');
		expect(former.get('152100')).toBe('150700');
		expect(former.has('350128')).toBe(false);
	});
});

describe('profileTrend', () => {
	it('draws one line per unit of the scope, with short distinct labels', () => {
		const trend = profileTrend(pingtan, 'h_requests', 'whole-region', 'en');
		expect(trend.series.map((s) => s.label)).toEqual(['管委会', '平潭县人民政府']);
		expect(trend.valueFormat).toBe('count');
		expect(trend.subtitle).toBe(
			'Pingtan Comprehensive Experimental Zone · whole government · 2011–2025'
		);
		const rate = profileTrend(pingtan, 'openness_rate', 'whole-region', 'zh');
		expect(rate.valueFormat).toBe('percent');
		expect(rate.series[0]!.points.find((p) => p.year === 2020)!.value).toBeCloseTo(13 / 21, 10);
	});

	it('shortUnit leaves a name that is not the region name followed by more', () => {
		expect(shortUnit('平潭综合实验区财政金融局', '平潭综合实验区')).toBe('财政金融局');
		expect(shortUnit('平潭综合实验区', '平潭综合实验区')).toBe('平潭综合实验区');
		expect(shortUnit('上海市人民政府办公厅', '平潭综合实验区')).toBe('上海市人民政府办公厅');
	});
});
