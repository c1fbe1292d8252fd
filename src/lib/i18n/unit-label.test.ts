import { describe, expect, it } from 'vitest';
import { shortRegionName, unitLabels, unitShortName } from './unit-label';

const pingtan = { name_zh: '平潭综合实验区', name_en: 'Pingtan Comprehensive Experimental Zone' };
// The units that publish reports for 350128 (front matter of data/reports/pingtan*.txt).
const units = [
	'平潭综合实验区管委会',
	'平潭综合实验区管委会办公室',
	'平潭县人民政府',
	'平潭综合实验区交通与建设局',
	'平潭综合实验区自然资源与生态环境局',
	'平潭综合实验区财政金融局',
	'平潭综合实验区社会事业局',
	'平潭综合实验区市场监督管理局',
	'平潭综合实验区环境与国土资源局'
];

describe('unit labels', () => {
	it('shorten the region and the unit, in Chinese', () => {
		const zh = unitLabels('zh', pingtan, units);
		expect(zh.get('平潭综合实验区管委会')).toBe('平潭 · 管委会');
		expect(zh.get('平潭综合实验区管委会办公室')).toBe('平潭 · 办公室');
		expect(zh.get('平潭县人民政府')).toBe('平潭 · 县政府');
		expect(zh.get('平潭综合实验区交通与建设局')).toBe('平潭 · 交通与建设局');
	});

	it('and in English', () => {
		const en = unitLabels('en', pingtan, units);
		expect(en.get('平潭综合实验区管委会')).toBe('Pingtan · Admin. Committee');
		expect(en.get('平潭综合实验区管委会办公室')).toBe('Pingtan · General Office');
		expect(en.get('平潭县人民政府')).toBe('Pingtan · County Gov.');
		expect(en.get('平潭综合实验区交通与建设局')).toBe('Pingtan · Transport & Construction');
		expect(en.get('平潭综合实验区市场监督管理局')).toBe('Pingtan · Market Regulation');
	});

	it('are distinct for every unit of a region, in both languages', () => {
		for (const lang of ['zh', 'en'] as const) {
			const labels = [...unitLabels(lang, pingtan, units).values()];
			expect(new Set(labels).size).toBe(units.length);
			for (const l of labels) expect(l.length).toBeLessThan(40);
		}
	});

	it('keep the full name where two units would read the same', () => {
		const labels = unitLabels('zh', pingtan, [
			'平潭综合实验区管委会',
			'平潭综合实验区党工委管委会'
		]);
		expect(new Set(labels.values()).size).toBe(2);
	});

	it('name a government by its level', () => {
		expect(unitShortName('zh', '珠海市人民政府', ['珠海市'])).toBe('市政府');
		expect(unitShortName('zh', '鄂尔多斯市东胜区人民政府', ['东胜区'])).toBe('区政府');
		expect(unitShortName('en', '上海市人民政府办公厅', ['上海市'])).toBe('General Office');
		expect(shortRegionName('en', { name_zh: '珠海市', name_en: 'Zhuhai' })).toBe('Zhuhai');
		expect(shortRegionName('zh', { name_zh: '东胜区' })).toBe('东胜');
	});
});
