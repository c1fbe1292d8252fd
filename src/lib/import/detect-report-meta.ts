/**
 * Finds who published a report and for which year, where the text says so: front matter, else the
 * title ("平潭综合实验区管委会2014年度政府信息公开工作年度报告", "2016年呼伦贝尔市政府信息公开工作年度报告"),
 * matched against the region dictionary (every division of China, with former and official names
 * as aliases: 洪泽县 → 洪泽区, 平潭县 → 350128). Of "南京市江宁区人民政府" the most specific name wins
 * (江宁区, the last one named); where several regions share that name (鼓楼区, 朝阳区), the one whose
 * prefecture or province the title or the text names is chosen, and when none is named the
 * candidates are returned and nothing is guessed. A name that is no region's whole name or alias
 * ("平潭", a code) is looked up as the reader's search box does (names, former names, codes, former
 * codes): the regions it finds are offered as candidates, and a region is "new" only when nothing
 * matches. The reader confirms or corrects what is found.
 */
import type { RegionRow } from '../contract/rows';
import { parseFrontMatter } from '../extract/front-matter';
import { searchRegions } from '../shared/search-regions';

export interface DetectedMeta {
	/** A known region (GB/T 2260 code or slug), or null when none is named in the title. */
	region_id: string | null;
	/** The region as the title names it (a new region's name when region_id is null). */
	region_name: string;
	unit: string;
	year: number | null;
	/** Same-named regions the text does not tell apart (region_id is then null): the reader picks. */
	candidates: string[];
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

interface NameIndex {
	/** name or alias → the regions of that name */
	byName: Map<string, RegionRow[]>;
	byId: Map<string, RegionRow>;
	/** names longest first, so a longer name is tried before its parts */
	names: string[];
}

const indexes = new WeakMap<readonly RegionRow[], NameIndex>();

function nameIndex(regions: readonly RegionRow[]): NameIndex {
	let index = indexes.get(regions);
	if (index) return index;
	const byName = new Map<string, RegionRow[]>();
	const add = (name: string, r: RegionRow) => {
		if (name.length < 2) return;
		const list = byName.get(name);
		if (!list) byName.set(name, [r]);
		else if (!list.includes(r)) list.push(r);
	};
	for (const r of regions) {
		if (r.name_zh) add(r.name_zh, r);
		for (const alias of (r.aliases ?? '').split('|')) if (alias) add(alias, r);
	}
	const names = [...byName.keys()].sort((a, b) => b.length - a.length);
	index = { byName, byId: new Map(regions.map((r) => [r.region_id, r])), names };
	indexes.set(regions, index);
	return index;
}

/** 南京市 → 南京, 内蒙古自治区 → 内蒙古: how a text may name a province or prefecture in short. */
const shortName = (name: string) =>
	name.replace(/(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|地区|盟|自治州)$/, '');

function ancestorsOf(r: RegionRow, index: NameIndex): RegionRow[] {
	const out: RegionRow[] = [];
	let id = r.parent_id;
	while (id && out.length < 4) {
		const p = index.byId.get(id);
		if (!p) break;
		out.push(p);
		id = p.parent_id;
	}
	return out;
}

/** How strongly `where` names the region's prefecture or province (0: not at all). */
function ancestryScore(r: RegionRow, where: string, index: NameIndex): number {
	let score = 0;
	ancestorsOf(r, index).forEach((a, depth) => {
		const weight = 10 - depth;
		const short = shortName(a.name_zh);
		if (where.includes(a.name_zh)) score = Math.max(score, weight * 2);
		else if (short.length >= 2 && where.includes(short)) score = Math.max(score, weight);
	});
	return score;
}

interface Found {
	/** the region, when one is decided */
	region: RegionRow | null;
	/** the name found (a region's name or alias) */
	name: string;
	candidates: RegionRow[];
}

/**
 * The most specific region named in `s`: of the names found, the one that ends last (titles go from
 * province to county: 江苏省淮安市洪泽区), the longer on a tie; same-named regions are told apart by
 * the prefecture or province named in `s`, else in `context`.
 */
function regionNamedIn(
	s: string,
	regions: readonly RegionRow[],
	context: string,
	minLength = 2
): Found | null {
	const index = nameIndex(regions);
	let best: { name: string; end: number } | null = null;
	for (const name of index.names) {
		if (name.length < minLength) continue;
		const at = s.lastIndexOf(name);
		if (at < 0) continue;
		const end = at + name.length;
		if (!best || end > best.end || (end === best.end && name.length > best.name.length))
			best = { name, end };
	}
	if (!best) return null;
	const candidates = index.byName.get(best.name)!;
	if (candidates.length === 1) return { region: candidates[0]!, name: best.name, candidates };
	for (const where of [s, context]) {
		const scored = candidates
			.map((r) => ({ r, score: ancestryScore(r, where, index) }))
			.sort((a, b) => b.score - a.score);
		if (scored[0]!.score > 0 && scored[0]!.score > (scored[1]?.score ?? 0))
			return { region: scored[0]!.r, name: best.name, candidates };
	}
	return { region: null, name: best.name, candidates };
}

/** Regions whose name, former name or code the search box would find for one of these (best first). */
export function similarRegions(regions: readonly RegionRow[], names: readonly string[]): string[] {
	const found = new Set<string>();
	for (const name of names) {
		const q = name.trim();
		// A name of one character or a code prefix shorter than a province's finds too much.
		if (q.length < 2 || (/^\d+$/.test(q) && q.length < 6)) continue;
		for (const m of searchRegions(regions, q, MAX_CANDIDATES))
			if (m.score >= 55) found.add(m.region.region_id);
	}
	return [...found].slice(0, MAX_CANDIDATES);
}

const MAX_CANDIDATES = 8;

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
	const context = head.slice(0, 3000);
	const titles = titlePrefixes(head);
	const found = titles.map((t) => ({ t, f: regionNamedIn(t.prefix, regions, context) }));
	const withRegion = found.find((x) => x.f?.region) ?? found.find((x) => x.f);
	const title = withRegion?.t ?? titles[0];
	const prefix = title?.prefix ?? '';
	const year = fields.year ? Number(fields.year) : (engineYear ?? title?.year ?? null);
	const index = nameIndex(regions);
	const fromFields =
		(fields.region_code &&
			(index.byId.get(fields.region_code) ??
				regions.find((r) => (r.former_ids ?? '').split('|').includes(fields.region_code!)))) ||
		(fields.region && regionNamedIn(fields.region, regions, context)?.region) ||
		null;
	let hit: Found | null = fromFields
		? { region: fromFields, name: fromFields.name_zh, candidates: [fromFields] }
		: (withRegion?.f ?? null);
	// No title: a government named near the top (three characters at least: 城区, 郊区 are words too).
	if (!hit && !prefix) hit = regionNamedIn(head.slice(0, 300), regions, context, 3);
	const unit = fields.unit ?? prefix;
	const region = hit?.region ?? null;
	const name = region
		? region.name_zh
		: (hit?.name ?? fields.region ?? (regionNameOfUnit(prefix) || fields.region_code || ''));
	return {
		region_id: region ? region.region_id : null,
		region_name: name,
		unit,
		year: year !== null && Number.isFinite(year) ? year : null,
		candidates: region
			? []
			: hit?.candidates.length
				? hit.candidates.map((r) => r.region_id)
				: similarRegions(regions, [name, fields.region_code ?? ''])
	};
}
