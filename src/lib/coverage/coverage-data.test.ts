import { describe, expect, it } from 'vitest';
import { coverageOf, tierOf, type CoverageRegion, type CoverageReport } from './coverage-data';

const regions: CoverageRegion[] = [
	{ region_id: '350000', name_zh: '福建省', name_en: 'Fujian', province: '福建省' },
	{ region_id: '350100', name_zh: '福州市', name_en: 'Fuzhou', province: '福建省' },
	{ region_id: '350128', name_zh: '平潭综合实验区', name_en: 'Pingtan', province: '福建省' },
	{ region_id: '350102', name_zh: '鼓楼区', name_en: 'Gulou District', province: '福建省' },
	{ region_id: '440000', name_zh: '广东省', name_en: 'Guangdong', province: '广东省' },
	{ region_id: '440400', name_zh: '珠海市', name_en: 'Zhuhai', province: '广东省' },
	{ region_id: '130171', name_zh: '石家庄高新技术产业开发区', name_en: 'x', province: '河北省' }
];
const report = (
	id: string,
	region_id: string,
	unit: string,
	year: number,
	extra: Partial<CoverageReport> = {}
): CoverageReport => ({
	report_id: id,
	region_id,
	unit,
	unit_scope: 'whole-region',
	year,
	format: 'pre2019',
	n_checks_failed: 0,
	...extra
});

describe('coverageOf', () => {
	it('tiers divisions by their codes; development-zone codes and slugs are no tier', () => {
		expect(['350000', '350100', '350128', '130171', 'zhuhai-hengqin'].map(tierOf)).toEqual([
			'province',
			'prefecture',
			'county',
			null,
			null
		]);
	});

	it('counts the covered divisions per tier against the dictionary', () => {
		const c = coverageOf(
			[
				report('pingtan_2021', '350128', '平潭综合实验区管委会', 2021),
				report('pingtan-county_2011', '350128', '平潭县人民政府', 2011),
				report('zhuhai_2017', '440400', '珠海市人民政府', 2017)
			],
			regions
		);
		expect(c.shares).toEqual([
			{ tier: 'province', covered: 0, total: 2 },
			{ tier: 'prefecture', covered: 1, total: 2 },
			{ tier: 'county', covered: 1, total: 2 }
		]);
		expect(c.years).toEqual([2011, 2017, 2021]);
	});

	it('has one row per region and unit, whole government first, provinces in pinyin order', () => {
		const c = coverageOf(
			[
				report('zhuhai_2017', '440400', '珠海市人民政府', 2017),
				report('pingtan-office_2021', '350128', '平潭综合实验区管委会办公室', 2021, {
					unit_scope: 'general-office'
				}),
				report('pingtan_2021', '350128', '平潭综合实验区管委会', 2021, {
					format: 'post2019_2021',
					n_checks_failed: 2
				})
			],
			regions
		);
		expect(c.rows.map((r) => r.unit)).toEqual([
			'平潭综合实验区管委会',
			'平潭综合实验区管委会办公室',
			'珠海市人民政府'
		]);
		expect(c.rows[0]!.cells[2021]).toEqual({
			report_id: 'pingtan_2021',
			format: 'post2019_2021',
			failed: 2
		});
	});
});
