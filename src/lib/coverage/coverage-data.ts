/**
 * What the /coverage page shows, computed from the reports and regions tables (at build time): one
 * row per region and unit with its reports by year (format, failed checks), and how many of
 * China's province-, prefecture- and county-level divisions have a report. The divisions are
 * counted from the dictionary by their codes (xx0000 province, xxyy00 prefecture, other six-digit
 * codes county-level; statistical codes of development zones, xxyy7z, and slugs are not counted),
 * so 平潭综合实验区, filed under 350128 (officially 平潭县), counts as the county it is.
 */
import { compareZh } from '../i18n/compare-zh';

export interface CoverageReport {
	report_id: string;
	region_id: string;
	unit: string;
	unit_scope: string;
	year: number | null;
	format: string;
	n_checks_failed: number;
}

export interface CoverageRegion {
	region_id: string;
	name_zh: string;
	name_en: string;
	province: string;
}

export interface CoverageCell {
	report_id: string;
	format: string;
	failed: number;
}

export interface CoverageRow {
	region_id: string;
	name_zh: string;
	name_en: string;
	province: string;
	unit: string;
	unit_scope: string;
	/** year → the report of that year (a unit publishes one a year) */
	cells: Record<number, CoverageCell>;
}

export const TIERS = ['province', 'prefecture', 'county'] as const;
export type Tier = (typeof TIERS)[number];

export interface TierShare {
	tier: Tier;
	covered: number;
	total: number;
}

export interface Coverage {
	years: number[];
	rows: CoverageRow[];
	shares: TierShare[];
	reports: number;
}

/** The tier of a division by its GB/T 2260 code; null for slugs and statistical zones. */
export function tierOf(region_id: string): Tier | null {
	if (!/^\d{6}$/.test(region_id) || /^\d{4}7\d$/.test(region_id)) return null;
	if (region_id.endsWith('0000')) return 'province';
	if (region_id.endsWith('00')) return 'prefecture';
	return 'county';
}

const SCOPE_ORDER: Readonly<Record<string, number>> = {
	'whole-region': 0,
	'general-office': 1,
	department: 2
};

export function coverageOf(
	reports: readonly CoverageReport[],
	regions: readonly CoverageRegion[]
): Coverage {
	const byId = new Map(regions.map((r) => [r.region_id, r]));
	const rows = new Map<string, CoverageRow>();
	const years = new Set<number>();
	for (const r of reports) {
		if (r.year === null) continue;
		years.add(r.year);
		const key = `${r.region_id}|${r.unit}`;
		let row = rows.get(key);
		if (!row) {
			const region = byId.get(r.region_id);
			row = {
				region_id: r.region_id,
				name_zh: region?.name_zh ?? r.region_id,
				name_en: region?.name_en ?? r.region_id,
				province: region?.province ?? '',
				unit: r.unit,
				unit_scope: r.unit_scope,
				cells: {}
			};
			rows.set(key, row);
		}
		row.cells[r.year] = { report_id: r.report_id, format: r.format, failed: r.n_checks_failed };
	}
	const totals = new Map<Tier, number>(TIERS.map((t) => [t, 0]));
	for (const r of regions) {
		const tier = tierOf(r.region_id);
		if (tier) totals.set(tier, totals.get(tier)! + 1);
	}
	const covered = new Map<Tier, Set<string>>(TIERS.map((t) => [t, new Set()]));
	for (const r of reports) {
		const tier = tierOf(r.region_id);
		if (tier && byId.has(r.region_id)) covered.get(tier)!.add(r.region_id);
	}
	return {
		years: [...years].sort((a, b) => a - b),
		rows: [...rows.values()].sort(
			(a, b) =>
				compareZh(a.province, b.province) ||
				compareZh(a.name_zh, b.name_zh) ||
				(SCOPE_ORDER[a.unit_scope] ?? 3) - (SCOPE_ORDER[b.unit_scope] ?? 3) ||
				compareZh(a.unit, b.unit)
		),
		shares: TIERS.map((tier) => ({
			tier,
			covered: covered.get(tier)!.size,
			total: totals.get(tier)!
		})),
		reports: reports.length
	};
}
