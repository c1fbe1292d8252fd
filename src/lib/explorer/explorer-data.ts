/**
 * The tables the explorer draws from, decoded from Parquet in the browser (no engine needed), and
 * the indexes built over them once per load.
 */
import { compareZh } from '../i18n/compare-zh';
export interface ReportRow {
	report_id: string;
	region_id: string;
	region: string;
	unit: string;
	unit_scope: string;
	year: number | null;
	format: string;
	title: string;
	source: string;
	n_facts: number;
	n_checks_failed: number;
	n_warnings: number;
	imported: boolean;
	/** Months the request figures cover (12 unless the report says fewer); absent in older files. */
	period_months?: number | null;
}

export interface RegionRow {
	region_id: string;
	name_zh: string;
	name_en: string;
	level: string;
	province: string;
	parent_id: string;
	/** Build-time pinyin of name_zh ("hulunbeiershi"); absent in a reader's new region. */
	pinyin?: string | null;
	/** Its syllables' first letters ("hlbes"). */
	initials?: string | null;
	/** Other names ("|"-separated): the official name where ours differs, former names. */
	aliases?: string | null;
	/** Former GB/T 2260 codes merged or renamed into this region ("|"-separated). */
	former_ids?: string | null;
}

export interface FactRow {
	report_id: string;
	region_id: string;
	year: number | null;
	metric: string;
	applicant: string;
	value: number;
	raw: string;
	approx: boolean;
	span_start: number;
	span_end: number;
	method: string;
}

export interface CheckRow {
	report_id: string;
	check: string;
	applicant: string;
	status: string;
	expected: number | null;
	actual: number | null;
	detail: string;
}

/** One row per report and applicant column: the harmonized metrics (h_*), see src/lib/sql/harmonized.ts. */
export type HarmonizedRow = { report_id: string; applicant: string } & Record<
	string,
	number | string | null
>;

export interface ExplorerTables {
	reports: ReportRow[];
	regions: RegionRow[];
	facts: FactRow[];
	checks: CheckRow[];
	harmonized: HarmonizedRow[];
}

export interface ExplorerIndex {
	tables: ExplorerTables;
	reportById: Map<string, ReportRow>;
	regionById: Map<string, RegionRow>;
	/** report_id|applicant → harmonized row */
	harmonized: Map<string, HarmonizedRow>;
	/** report_id|metric|applicant → the fact to show: a table cell before a prose restatement */
	fact: Map<string, FactRow>;
	/** report_id → failed checks */
	failed: Map<string, CheckRow[]>;
	/** region_id → units that report for it, most reports first */
	units: Map<string, string[]>;
}

export function indexTables(tables: ExplorerTables): ExplorerIndex {
	const fact = new Map<string, FactRow>();
	for (const f of tables.facts) {
		const key = `${f.report_id}|${f.metric}|${f.applicant}`;
		const current = fact.get(key);
		if (!current || (current.method === 'prose' && f.method !== 'prose')) fact.set(key, f);
	}
	const failed = new Map<string, CheckRow[]>();
	for (const c of tables.checks)
		if (c.status === 'fail') failed.set(c.report_id, [...(failed.get(c.report_id) ?? []), c]);
	const unitCounts = new Map<string, Map<string, number>>();
	for (const r of tables.reports) {
		const m = unitCounts.get(r.region_id) ?? new Map<string, number>();
		m.set(r.unit, (m.get(r.unit) ?? 0) + 1);
		unitCounts.set(r.region_id, m);
	}
	const units = new Map<string, string[]>();
	for (const [region, m] of unitCounts)
		units.set(
			region,
			[...m.entries()].sort((a, b) => b[1] - a[1] || compareZh(a[0], b[0])).map(([u]) => u)
		);
	return {
		tables,
		reportById: new Map(tables.reports.map((r) => [r.report_id, r])),
		regionById: new Map(tables.regions.map((r) => [r.region_id, r])),
		harmonized: new Map(tables.harmonized.map((h) => [`${h.report_id}|${h.applicant}`, h])),
		fact,
		failed,
		units
	};
}
