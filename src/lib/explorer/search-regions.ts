/**
 * Finds regions by what a reader types: Chinese (珠海), pinyin with or without spaces and tone-less
 * apostrophes (zhuhai, huaian, "Huai'an"), a GB/T 2260 code or its prefix (4404, 440400), or a
 * province (广东).
 */
import type { RegionRow } from './explorer-data';

export function foldLatin(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
}

export interface RegionMatch {
	region: RegionRow;
	score: number;
}

export function searchRegions(
	regions: readonly RegionRow[],
	query: string,
	limit = 50
): RegionMatch[] {
	const q = query.trim().slice(0, 60);
	if (!q) return regions.map((region) => ({ region, score: 0 }));
	const latin = foldLatin(q);
	const matches: RegionMatch[] = [];
	for (const region of regions) {
		let score = 0;
		if (/^\d+$/.test(q)) {
			if (region.region_id === q) score = 100;
			else if (region.region_id.startsWith(q)) score = 60;
		} else {
			if (region.name_zh === q) score = 100;
			else if (region.name_zh.startsWith(q)) score = 80;
			else if (region.name_zh.includes(q)) score = 60;
			else if (region.province.includes(q)) score = 30;
			if (latin) {
				const name = foldLatin(region.name_en);
				const firstWord = foldLatin(region.name_en.split(/\s+/)[0] ?? '');
				if (firstWord === latin) score = Math.max(score, 95);
				else if (name.startsWith(latin)) score = Math.max(score, 75);
				else if (name.includes(latin)) score = Math.max(score, 50);
			}
		}
		if (score > 0) matches.push({ region, score });
	}
	return matches
		.sort((a, b) => b.score - a.score || a.region.region_id.localeCompare(b.region.region_id))
		.slice(0, limit);
}
