/**
 * A harvested report as the data build reads it: front matter (region from the dictionary, unit,
 * unit scope, year, source URL, retrieval time, sha256 of the original) and the report text, under
 * the name `<region-pinyin>[-<unit>]_<year>.txt`. What the harvest could not decide is said, not
 * guessed: the field stays empty and the summary names it.
 */
import { pinyin } from 'pinyin-pro';
import { detectReportMeta, regionNameOfUnit } from '../../src/lib/import/detect-report-meta.ts';
import type { RegionRow } from '../../src/lib/contract/rows.ts';

export type UnitScope = 'whole-region' | 'general-office' | 'department';

export interface ReportFile {
	name: string;
	text: string;
	region: RegionRow | null;
	unit: string;
	unitScope: UnitScope | null;
	year: number | null;
	/** What could not be decided, one short phrase each. */
	undecided: string[];
}

export interface ReportOrigin {
	url: string;
	retrievedAt: string;
	sha256: string;
	kind: string;
}

const OFFICE = /(办公厅|办公室)$/;
const GOVERNMENT = /(人民政府|管理委员会|管委会|行政公署|政府)$/;
const DEPARTMENT = /(局|委员会|委|厅|署|办|中心|院|处|所|站|队|会)$/;

/** Whole government, its General Office, or one department, from the unit's name; null if unsure. */
export function unitScopeOf(unit: string): UnitScope | null {
	if (OFFICE.test(unit))
		return GOVERNMENT.test(unit.replace(OFFICE, '')) ? 'general-office' : 'department';
	if (GOVERNMENT.test(unit)) return 'whole-region';
	if (DEPARTMENT.test(unit)) return 'department';
	return null;
}

const REGION_SUFFIX =
	/(综合实验区|经济技术开发区|新区|特别行政区|自治区|自治州|自治县|自治旗|地区|林区|特区|省|市|区|县|盟|旗)$/;

/** The region's name in pinyin without its administrative suffix: 淮安市 → huaian, 洪泽区 → hongze. */
export function regionSlug(name: string): string {
	const core = name.length > 2 ? name.replace(REGION_SUFFIX, '') || name : name;
	return pinyin(core, { toneType: 'none', type: 'array', nonZh: 'removed' })
		.join('')
		.replace(/[^a-z]/g, '');
}

/** A department's short slug from the initials of its name without the region: 自然资源局 → zrzyj. */
function unitSlug(unit: string, region: string, scope: UnitScope | null): string {
	if (scope === 'whole-region') return '';
	if (scope === 'general-office') return 'office';
	const own = unit.replace(region, '').replace(/^(人民政府|管委会|管理委员会)/, '') || unit;
	return pinyin(own, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' })
		.join('')
		.replace(/[^a-z]/g, '');
}

function frontMatterValue(s: string): string {
	return s.replace(/[\r\n]+/g, ' ').trim();
}

export function reportFile(
	text: string,
	title: string,
	origin: ReportOrigin,
	regions: readonly RegionRow[]
): ReportFile {
	const meta = detectReportMeta(`${title}\n${text}`, regions, null);
	const region = meta.region_id
		? (regions.find((r) => r.region_id === meta.region_id) ?? null)
		: null;
	const unit = meta.unit || (region ? region.name_zh : '');
	// A title that names only the region ("平潭综合实验区2021年度…报告") is its government's report.
	const unitScope = !unit
		? null
		: region && unit === region.name_zh
			? 'whole-region'
			: unitScopeOf(unit);
	const undecided: string[] = [];
	if (!region)
		undecided.push(
			meta.region_name
				? `region "${meta.region_name}" is not in the dictionary`
				: 'no region named in the title'
		);
	if (meta.year === null) undecided.push('no year in the title');
	if (!unit) undecided.push('no unit named');
	else if (!unitScope) undecided.push(`unit scope of "${unit}"`);
	const regionName = region?.name_zh ?? (meta.region_name || regionNameOfUnit(unit));
	const slug = regionSlug(regionName) || 'unknown-region';
	const unitPart = unitSlug(unit, regionName, unitScope);
	const name = `${slug}${unitPart ? `-${unitPart}` : ''}_${meta.year ?? 'unknown-year'}.txt`;
	const fields: [string, string][] = [
		['region', regionName],
		['region_code', region?.region_id ?? ''],
		['parent_code', region?.parent_id ?? ''],
		['province', region?.province ?? ''],
		['level', region?.level ?? ''],
		['unit', unit],
		['unit_scope', unitScope ?? ''],
		['year', meta.year === null ? '' : String(meta.year)],
		['source', origin.url],
		['retrieved', origin.retrievedAt],
		['sha256', origin.sha256],
		['note', `harvested from a ${origin.kind} document; text converted, no number changed`]
	];
	const head = fields
		.filter(([, v]) => v !== '')
		.map(([k, v]) => `${k}: ${frontMatterValue(v)}`)
		.join('\n');
	return {
		name,
		text: `---\n${head}\n---\n${text.endsWith('\n') ? text : `${text}\n`}`,
		region,
		unit,
		unitScope,
		year: meta.year,
		undecided
	};
}
