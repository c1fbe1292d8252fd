/**
 * Finds who published a report and for which year, where the text says so: front matter, else the
 * title ("平潭综合实验区管委会2014年度政府信息公开工作年度报告", "2016年呼伦贝尔市政府信息公开工作年度报告"),
 * matched against the regions the site knows. The reader confirms or corrects what is found.
 */
import type { RegionRow } from '../explorer/explorer-data';
import { parseFrontMatter } from '../extract/front-matter';

export interface DetectedMeta {
	/** A known region (GB/T 2260 code or slug), or null when none is named in the title. */
	region_id: string | null;
	/** The region as the title names it (a new region's name when region_id is null). */
	region_name: string;
	unit: string;
	year: number | null;
}

const UNIT_SUFFIX =
	/(人民政府办公厅|人民政府办公室|人民政府|管理委员会|管委会|政府办公厅|政府办公室|办公厅|办公室|政府)$/;
const TITLE = '政府信息公开工作年度报告';
const NOT_A_NAME = /^(关于|做好|编制|发布|公布|现公布|本|各|年度|全)/;

function titlePrefixes(text: string): { prefix: string; year: number }[] {
	const out: { prefix: string; year: number }[] = [];
	const before = new RegExp(
		`([\\u4e00-\\u9fff]{2,30})\\s*((?:19|20)\\d{2})\\s*年度?\\s*${TITLE}`,
		'g'
	);
	const after = new RegExp(`((?:19|20)\\d{2})\\s*年度?\\s*([\\u4e00-\\u9fff]{2,30}?)${TITLE}`, 'g');
	for (const m of text.matchAll(before)) out.push({ prefix: m[1]!, year: Number(m[2]) });
	for (const m of text.matchAll(after)) out.push({ prefix: m[2]!, year: Number(m[1]) });
	return out
		.map((p) => ({ ...p, prefix: p.prefix.replace(/^.*(?:现公布|公布|发布)/, '') }))
		.filter((p) => p.prefix.length >= 2 && !NOT_A_NAME.test(p.prefix));
}

/** The longest known region name inside `s`, preferring one at its end (…区 of 淮安市洪泽区). */
function knownRegionIn(s: string, regions: readonly RegionRow[]): RegionRow | null {
	let best: RegionRow | null = null;
	for (const r of regions) {
		if (!r.name_zh || !s.includes(r.name_zh)) continue;
		if (!best || r.name_zh.length > best.name_zh.length) best = r;
	}
	return best;
}

export function regionNameOfUnit(unit: string): string {
	return unit.replace(UNIT_SUFFIX, '') || unit;
}

export function detectReportMeta(
	text: string,
	regions: readonly RegionRow[],
	engineYear: number | null
): DetectedMeta {
	const { fields, body } = parseFrontMatter(text);
	const head = body.slice(0, 20_000);
	const titles = titlePrefixes(head);
	const withRegion = titles.find((t) => knownRegionIn(t.prefix, regions));
	const title = withRegion ?? titles[0];
	const prefix = title?.prefix ?? '';
	const year = fields.year ? Number(fields.year) : (engineYear ?? title?.year ?? null);
	let region =
		(fields.region_code && regions.find((r) => r.region_id === fields.region_code)) ||
		(fields.region && regions.find((r) => r.name_zh === fields.region)) ||
		(prefix ? knownRegionIn(prefix, regions) : null);
	if (!region && !prefix) region = knownRegionIn(head.slice(0, 300), regions);
	const unit = fields.unit ?? prefix;
	return {
		region_id: region ? region.region_id : null,
		region_name: region ? region.name_zh : (fields.region ?? regionNameOfUnit(prefix)),
		unit,
		year: year !== null && Number.isFinite(year) ? year : null
	};
}
