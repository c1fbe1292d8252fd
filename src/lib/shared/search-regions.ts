/**
 * Finds regions by what a reader types: Chinese (珠海, or a former or official name such as 平潭县),
 * full pinyin with or without spaces and apostrophes (zhuhai, huaian, "Huai'an", hulunbeier),
 * pinyin initials (hlbe), the English name (Inner Mongolia), a GB/T 2260 code or its prefix
 * (4404, 440400) or a former code (320829 → 洪泽区), or a province (广东). Pinyin and initials
 * come from the data build (`pinyin`, `initials` columns): the browser ships no pinyin library.
 * Equal matches are in pinyin order of their Chinese names.
 */
import { compareZh } from '../i18n/compare-zh';
import type { RegionRow } from '../contract/rows';

export function foldLatin(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/ü/g, 'v')
		.replace(/[^a-z0-9]/g, '');
}

/** Regions in pinyin order of their Chinese names, then by code. */
export function byName(a: RegionRow, b: RegionRow): number {
	return compareZh(a.name_zh, b.name_zh) || (a.region_id < b.region_id ? -1 : 1);
}

const LEVEL_RANK: Readonly<Record<string, number>> = { province: 0, city: 1 };
const rank = (r: RegionRow) => LEVEL_RANK[r.level] ?? 2;

export interface RegionMatch {
	region: RegionRow;
	score: number;
}

const list = (s: string | null | undefined) => (s ? s.split('|').filter(Boolean) : []);

/** The pinyin of the name without its level (呼伦贝尔市 → hulunbeier), from the build's syllables. */
const SUFFIX_PINYIN = /(shi|sheng|qu|xian|qi|meng|diqu|zizhizhou|zizhixian|zizhiqu)$/;

function scoreOf(region: RegionRow, q: string, latin: string): number {
	if (/^\d+$/.test(q)) {
		if (region.region_id === q) return 100;
		if (list(region.former_ids).includes(q)) return 90;
		if (region.region_id.startsWith(q)) return 60;
		return 0;
	}
	let score = 0;
	const aliases = list(region.aliases);
	if (region.name_zh === q) score = 100;
	else if (aliases.includes(q)) score = 90;
	else if (region.name_zh.startsWith(q)) score = 80;
	else if (region.name_zh.includes(q)) score = 60;
	else if (aliases.some((a) => a.includes(q))) score = 55;
	else if (region.province.includes(q)) score = 30;
	if (!latin) return score;
	const pinyin = region.pinyin ?? '';
	const initials = region.initials ?? '';
	if (pinyin) {
		if (pinyin === latin || pinyin.replace(SUFFIX_PINYIN, '') === latin)
			score = Math.max(score, 95);
		else if (pinyin.startsWith(latin)) score = Math.max(score, 85);
		else if (latin.length >= 3 && pinyin.includes(latin)) score = Math.max(score, 45);
	}
	if (initials && latin.length >= 2) {
		if (initials === latin) score = Math.max(score, 88);
		else if (initials.startsWith(latin)) score = Math.max(score, 70);
	}
	const name = foldLatin(region.name_en);
	const firstWord = foldLatin(region.name_en.split(/\s+/)[0] ?? '');
	if (firstWord === latin) score = Math.max(score, 95);
	else if (name.startsWith(latin)) score = Math.max(score, 75);
	else if (latin.length >= 3 && name.includes(latin)) score = Math.max(score, 50);
	return score;
}

export function searchRegions(
	regions: readonly RegionRow[],
	query: string,
	limit = 50
): RegionMatch[] {
	const q = query.trim().slice(0, 60);
	if (!q) return [...regions].sort(byName).map((region) => ({ region, score: 0 }));
	const latin = foldLatin(q);
	const matches: RegionMatch[] = [];
	for (const region of regions) {
		const score = scoreOf(region, q, latin);
		if (score > 0) matches.push({ region, score });
	}
	// Equal scores: the higher level first (淮安市 before 淮安区 for "huaian"), then pinyin order.
	return matches
		.sort(
			(a, b) => b.score - a.score || rank(a.region) - rank(b.region) || byName(a.region, b.region)
		)
		.slice(0, limit);
}
