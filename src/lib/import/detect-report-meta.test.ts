import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../scripts/data/parse-csv';
import type { RegionRow } from '../explorer/explorer-data';
import { parseFrontMatter } from '../extract/front-matter';
import { detectReportMeta } from './detect-report-meta';

const root = resolve(import.meta.dirname, '..', '..', '..');
const regions = parseCsv(
	readFileSync(resolve(root, 'data', 'regions.csv'), 'utf8')
) as unknown as RegionRow[];
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
			year: 2014
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
	});

	it('names a region the site does not know from the title, without an id', () => {
		const text = '某某县人民政府2022年政府信息公开工作年度报告\n一、总体情况';
		expect(detectReportMeta(text, regions, null)).toEqual({
			region_id: null,
			region_name: '某某县',
			unit: '某某县人民政府',
			year: 2022
		});
	});
});
