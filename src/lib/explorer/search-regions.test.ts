import { describe, expect, it } from 'vitest';
import type { RegionRow } from './explorer-data';
import { searchRegions } from './search-regions';

const regions: RegionRow[] = [
	{
		region_id: '440400',
		name_zh: '珠海市',
		name_en: 'Zhuhai',
		level: 'city',
		province: '广东省',
		parent_id: '440000'
	},
	{
		region_id: '320800',
		name_zh: '淮安市',
		name_en: "Huai'an",
		level: 'city',
		province: '江苏省',
		parent_id: '320000'
	},
	{
		region_id: '320813',
		name_zh: '洪泽区',
		name_en: 'Hongze District',
		level: 'district',
		province: '江苏省',
		parent_id: '320800'
	},
	{
		region_id: '350128',
		name_zh: '平潭综合实验区',
		name_en: 'Pingtan Comprehensive Experimental Zone',
		level: 'zone',
		province: '福建省',
		parent_id: '350100'
	}
];
const ids = (q: string) => searchRegions(regions, q).map((m) => m.region.region_id);

describe('searchRegions', () => {
	it('finds by pinyin, without caring for case, spaces or apostrophes', () => {
		expect(ids('zhuhai')).toEqual(['440400']);
		expect(ids('huaian')).toEqual(['320800']);
		expect(ids('Hong ze')).toEqual(['320813']);
		expect(ids('pingtan')).toEqual(['350128']);
	});
	it('finds by Chinese name and by province', () => {
		expect(ids('平潭')).toEqual(['350128']);
		expect(ids('江苏')).toEqual(['320800', '320813']);
	});
	it('finds by GB/T 2260 code or prefix, exact code first', () => {
		expect(ids('3208')).toEqual(['320800', '320813']);
		expect(ids('320813')).toEqual(['320813']);
	});
	it('returns nothing for nonsense and survives hostile input', () => {
		expect(ids('xyzzy')).toEqual([]);
		expect(ids('<img src=x onerror=alert(1)>')).toEqual([]);
	});
});
