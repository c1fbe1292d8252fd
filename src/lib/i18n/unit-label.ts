/**
 * Short, distinct names of reporting units, in Chinese and English: "平潭 · 管委会", "平潭 · 县政府",
 * "平潭 · 办公室", "平潭 · 交通与建设局" / "Pingtan · Admin. Committee", "Pingtan · County Gov.",
 * "Pingtan · General Office", "Pingtan · Transport & Construction". The one place that shortens a
 * unit's name: the charts' legends and labels, the table, the region picker, the source panel and
 * the embeds all use it. The full name stays in the data (and in a title on hover).
 */
import type { Lang } from './strings';

/** A region as the label needs it. */
export interface UnitRegion {
	name_zh: string;
	name_en?: string | null;
}

/** Chinese suffixes of region names, longest first, and their English counterparts. */
const ZH_SUFFIXES = [
	'综合实验区',
	'经济技术开发区',
	'高新技术产业开发区',
	'自治州',
	'自治县',
	'自治旗',
	'新区',
	'地区',
	'省',
	'市',
	'县',
	'区',
	'盟',
	'旗'
];
const EN_SUFFIXES =
	/\s+(Comprehensive Experimental Zone|Economic and Technological Development Zone|High-tech Zone|Autonomous Prefecture|Autonomous County|New Area|Prefecture|District|County|City|League|Banner|Province)$/i;

/** A region's name without its administrative suffix: 平潭综合实验区 → 平潭, Zhuhai City → Zhuhai. */
export function shortRegionName(lang: Lang, region: UnitRegion): string {
	if (lang === 'en' && region.name_en) {
		const short = region.name_en.replace(EN_SUFFIXES, '');
		return short || region.name_en;
	}
	const zh = region.name_zh;
	for (const s of ZH_SUFFIXES)
		if (zh.endsWith(s) && zh.length - s.length >= 2) return zh.slice(0, -s.length);
	return zh;
}

/** English for the words of a department's name, longest first (unknown words stay in Chinese). */
const EN_WORDS: [string, string][] = [
	['自然资源与生态环境', 'Natural Resources & Ecology'],
	['人力资源和社会保障', 'Human Resources'],
	['住房和城乡建设', 'Housing & Construction'],
	['市场监督管理', 'Market Regulation'],
	['自然资源', 'Natural Resources'],
	['生态环境', 'Ecology'],
	['国土资源', 'Land'],
	['发展和改革', 'Development & Reform'],
	['经济发展', 'Economic Development'],
	['社会事业', 'Social Affairs'],
	['农业农村', 'Agriculture & Rural Affairs'],
	['文化和旅游', 'Culture & Tourism'],
	['旅游与文化体育', 'Tourism, Culture & Sports'],
	['卫生健康', 'Health'],
	['应急管理', 'Emergency Management'],
	['行政审批', 'Administrative Approval'],
	['退役军人事务', 'Veterans Affairs'],
	['财政金融', 'Finance'],
	['交通运输', 'Transport'],
	['公安', 'Public Security'],
	['财政', 'Finance'],
	['金融', 'Financial'],
	['交通', 'Transport'],
	['建设', 'Construction'],
	['环境', 'Environment'],
	['教育', 'Education'],
	['民政', 'Civil Affairs'],
	['司法', 'Justice'],
	['审计', 'Audit'],
	['统计', 'Statistics'],
	['税务', 'Taxation'],
	['水利', 'Water Resources'],
	['商务', 'Commerce'],
	['科技', 'Science & Technology'],
	['林业', 'Forestry'],
	['海洋', 'Ocean'],
	['渔业', 'Fisheries'],
	['城市管理', 'Urban Management'],
	['工业和信息化', 'Industry & IT']
];
const EN_ENDINGS: [string, string][] = [
	['委员会', 'Commission'],
	['局', 'Bureau'],
	['厅', 'Department'],
	['委', 'Commission'],
	['办', 'Office'],
	['中心', 'Centre'],
	['部', 'Department']
];

/** The English short name of a department ("交通与建设局" → "Transport & Construction"), or null. */
function departmentEn(rest: string): string | null {
	let body = rest;
	for (const [zh] of EN_ENDINGS)
		if (body.endsWith(zh)) {
			body = body.slice(0, -zh.length);
			break;
		}
	const words: string[] = [];
	let i = 0;
	outer: while (i < body.length) {
		for (const [zh, en] of EN_WORDS)
			if (body.startsWith(zh, i)) {
				words.push(en);
				i += zh.length;
				continue outer;
			}
		if (body[i] === '与' || body[i] === '和' || body[i] === '及') {
			i += 1;
			continue;
		}
		return null;
	}
	return words.length ? words.join(' & ') : null;
}

/** The part of a unit's name after its region's name (平潭综合实验区管委会办公室 → 管委会办公室). */
function afterRegion(unit: string, names: readonly string[]): { rest: string; region: string } {
	let best = { rest: unit, region: '' };
	// The region's name, and its short name with any suffix: a zone's county government (平潭县).
	const candidates = names.flatMap((n) => {
		const short = shortRegionName('zh', { name_zh: n });
		return [n, ...ZH_SUFFIXES.map((s) => short + s)];
	});
	for (const name of candidates) {
		if (!name) continue;
		const at = unit.indexOf(name);
		if (at < 0) continue;
		const rest = unit.slice(at + name.length);
		if (rest.length < best.rest.length) best = { rest, region: name };
	}
	return best;
}

const GOV_ZH: Record<string, string> = { 省: '省政府', 市: '市政府', 县: '县政府', 区: '区政府' };
const GOV_EN: Record<string, string> = {
	省: 'Provincial Gov.',
	市: 'City Gov.',
	县: 'County Gov.',
	区: 'District Gov.'
};

/**
 * The unit's own short name, without its region: 管委会, 县政府, 办公室, 交通与建设局 (zh);
 * Admin. Committee, County Gov., General Office, Transport & Construction (en).
 * `regionNames` are the names its region goes by (the dictionary's, the one the report prints).
 */
export function unitShortName(lang: Lang, unit: string, regionNames: readonly string[]): string {
	const { rest, region } = afterRegion(unit, regionNames);
	const en = lang === 'en';
	if (rest === '' || rest === '人民政府' || rest === '政府') {
		const kind = region.slice(-1);
		return en ? (GOV_EN[kind] ?? 'Government') : (GOV_ZH[kind] ?? '政府');
	}
	if (/^(党工委)?管(理)?委(员)?会$/.test(rest)) return en ? 'Admin. Committee' : '管委会';
	if (/办公厅$/.test(rest)) return en ? 'General Office' : '办公厅';
	if (/办公室$/.test(rest)) return en ? 'General Office' : '办公室';
	if (!en) return rest;
	return departmentEn(rest) ?? rest;
}

/**
 * Short labels for the units of one region, distinct from each other: "平潭 · 管委会". Where two
 * units would read the same, those two keep their full names after the region's.
 */
export function unitLabels(
	lang: Lang,
	region: UnitRegion,
	units: readonly string[],
	otherNames: readonly string[] = []
): Map<string, string> {
	const names = [region.name_zh, ...otherNames];
	const prefix = shortRegionName(lang, region);
	const short = new Map(units.map((u) => [u, unitShortName(lang, u, names)]));
	const count = new Map<string, number>();
	for (const s of short.values()) count.set(s, (count.get(s) ?? 0) + 1);
	return new Map(
		units.map((u) => {
			const s = short.get(u)!;
			const own = count.get(s)! > 1 ? afterRegion(u, names).rest || u : s;
			return [u, `${prefix} · ${own}`];
		})
	);
}
