/**
 * The shape of a SYNTHETIC report corpus at national scale: 31 provinces, 340 prefectures and
 * 3,000 counties (China's counts), each with its government, its general office and 28
 * departments, each reporting every year 2008–2025. A corpus of N reports takes ⌈N / 18⌉
 * (region, unit) pairs spread evenly over that space (a fixed stride, so every province, level and
 * department appears) with all their years, so the cross-year checks have neighbours. Region names
 * write their code in Chinese numerals (合成县一一〇一〇一): no ASCII digit outside the tables.
 */
import { FIRST_YEAR, LAST_YEAR, PROVINCE_CODES, formatOf, type Format } from './synthetic-shape.ts';

export const PREFECTURES = 340;
export const COUNTIES = 3000;
export const YEARS = LAST_YEAR - FIRST_YEAR + 1;

export interface CorpusRegion {
	region_id: string;
	name_zh: string;
	name_en: string;
	level: 'province' | 'city' | 'county';
	province: string;
	parent_id: string;
}

const NUMERALS = '〇一二三四五六七八九';
const chineseDigits = (code: string) => code.replace(/\d/g, (d) => NUMERALS[Number(d)]!);
const two = (n: number) => String(n).padStart(2, '0');

function region(code: string, level: CorpusRegion['level'], parent: string): CorpusRegion {
	const zh = { province: '合成省', city: '合成市', county: '合成县' }[level];
	const en = { province: 'Synthetic province', city: 'Synthetic city', county: 'Synthetic county' }[
		level
	];
	return {
		region_id: code,
		name_zh: zh + chineseDigits(code),
		name_en: `${en} ${code}`,
		level,
		province: '合成省' + chineseDigits(code.slice(0, 2) + '0000'),
		parent_id: parent
	};
}

/** Every region: provinces, then prefectures (round-robin over provinces), then counties. */
export function corpusRegions(): CorpusRegion[] {
	const out = PROVINCE_CODES.map((p) => region(`${p}0000`, 'province', ''));
	const prefectures: string[] = [];
	for (let k = 0; k < PREFECTURES; k++) {
		const p = PROVINCE_CODES[k % PROVINCE_CODES.length]!;
		const code = `${p}${two(Math.floor(k / PROVINCE_CODES.length) + 1)}00`;
		prefectures.push(code);
		out.push(region(code, 'city', `${p}0000`));
	}
	for (let m = 0; m < COUNTIES; m++) {
		const parent = prefectures[m % PREFECTURES]!;
		const code = `${parent.slice(0, 4)}${two(Math.floor(m / PREFECTURES) + 1)}`;
		out.push(region(code, 'county', parent));
	}
	return out;
}

export interface CorpusUnit {
	key: string;
	/** appended to the region's name */
	suffix: string;
	scope: 'whole-region' | 'general-office' | 'department';
	/** typical size relative to the government's own report */
	size: number;
}

const DEPARTMENTS: [string, string, number][] = [
	['edu', '教育局', 0.3],
	['police', '公安局', 0.5],
	['finance', '财政局', 0.2],
	['land', '自然资源局', 0.8],
	['env', '生态环境局', 0.3],
	['housing', '住建局', 0.6],
	['transport', '交通运输局', 0.3],
	['agri', '农业农村局', 0.2],
	['commerce', '商务局', 0.1],
	['health', '卫生健康委', 0.2],
	['market', '市场监管局', 0.3],
	['hr', '人社局', 0.3],
	['civil', '民政局', 0.2],
	['justice', '司法局', 0.1],
	['water', '水利局', 0.1],
	['emergency', '应急管理局', 0.1],
	['culture', '文旅局', 0.1],
	['stats', '统计局', 0.05],
	['medical', '医保局', 0.1],
	['urban', '城管局', 0.3],
	['tax', '税务局', 0.2],
	['audit', '审计局', 0.05],
	['veterans', '退役军人局', 0.05],
	['forestry', '林业局', 0.1],
	['development', '发展改革局', 0.2],
	['industry', '工信局', 0.1],
	['science', '科技局', 0.05],
	['ethnic', '民宗局', 0.05]
];

export const CORPUS_UNITS: readonly CorpusUnit[] = [
	{ key: 'gov', suffix: '人民政府', scope: 'whole-region', size: 1 },
	{ key: 'office', suffix: '人民政府办公室', scope: 'general-office', size: 0.2 },
	...DEPARTMENTS.map(([key, suffix, size]) => ({
		key,
		suffix,
		scope: 'department' as const,
		size
	}))
];

export interface PlannedReport {
	report_id: string;
	region: CorpusRegion;
	unit: CorpusUnit;
	year: number;
	format: Format;
}

const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);

/** The (region, unit) pairs of a corpus of `reports` reports, and every report of each, in order. */
export function* plannedReports(
	reports: number,
	regions: readonly CorpusRegion[] = corpusRegions()
): Generator<PlannedReport> {
	const space = regions.length * CORPUS_UNITS.length;
	const pairs = Math.ceil(reports / YEARS);
	if (pairs > space)
		throw new Error(`at most ${space * YEARS} reports fit the corpus shape (asked ${reports})`);
	// A stride coprime with the space visits every pair once, spread over provinces and units.
	let stride = Math.floor(space * 0.618);
	while (gcd(stride, space) !== 1) stride++;
	let n = 0;
	for (let k = 0; k < pairs; k++) {
		const pair = (k * stride) % space;
		const r = regions[Math.floor(pair / CORPUS_UNITS.length)]!;
		const unit = CORPUS_UNITS[pair % CORPUS_UNITS.length]!;
		for (let year = FIRST_YEAR; year <= LAST_YEAR && n < reports; year++, n++)
			yield {
				report_id: `${r.region_id}-${unit.key}-${year}`,
				region: r,
				unit,
				year,
				format: formatOf(year)
			};
	}
}
