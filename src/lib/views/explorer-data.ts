/**
 * The tables the explorer draws from, decoded from Parquet in the browser (no engine needed), and
 * the indexes built over them once per load. Their row types are the contract's (contract/rows.ts).
 */
import { compareZh } from '../i18n/compare-zh';
import type { CheckRow, FactRow, HarmonizedRow, RegionRow, ReportRow } from '../contract/rows';

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
