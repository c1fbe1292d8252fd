/**
 * Computes a region's profile (region-profile.ts) from the decoded tables, when the site is built
 * (build-time.ts): the explorer's own values (metric-values.ts, after the one spec of derived
 * metrics). Apart from region-profile.ts, which the page's script imports, so the page does not
 * load the spec and its evaluator for numbers already in its HTML.
 */
import { UNIT_SCOPES } from '../contract/unit-scope';
import { checkSentence } from '../i18n/check-sentence';
import { compareZh } from '../i18n/compare-zh';
import type { ReportRow } from '../contract/rows';
import type { ExplorerIndex } from '../views/explorer-data';
import { metricValue } from '../views/metric-values';
import {
	PROFILE_METRICS,
	type ProfileMetric,
	type ProfileReport,
	type ProfileUnit,
	type ProfileValue,
	type RegionProfile
} from './region-profile';

const SCOPE_ORDER = new Map<string, number>(UNIT_SCOPES.map((s, i) => [s, i]));

function splitIds(ids: string | null | undefined): string[] {
	return (ids ?? '').split('|').filter(Boolean);
}

/** The published reports (not a reader's imports) of each region that has one: region → reports. */
export function reportsByRegion(index: ExplorerIndex): Map<string, ReportRow[]> {
	const out = new Map<string, ReportRow[]>();
	for (const r of index.tables.reports) {
		if (r.imported || r.year === null) continue;
		out.set(r.region_id, [...(out.get(r.region_id) ?? []), r]);
	}
	return out;
}

/** Former code → the region with reports it is now filed under. */
export function formerCodes(index: ExplorerIndex): Map<string, string> {
	const out = new Map<string, string>();
	for (const id of reportsByRegion(index).keys())
		for (const former of splitIds(index.regionById.get(id)?.former_ids))
			if (former !== id) out.set(former, id);
	return out;
}

function checkCounts(index: ExplorerIndex, reportIds: ReadonlySet<string>) {
	const counts = new Map<string, { pass: number; fail: number; not_assessable: number }>();
	for (const c of index.tables.checks) {
		if (!reportIds.has(c.report_id)) continue;
		const n = counts.get(c.report_id) ?? { pass: 0, fail: 0, not_assessable: 0 };
		if (c.status === 'pass' || c.status === 'fail' || c.status === 'not_assessable')
			n[c.status] += 1;
		counts.set(c.report_id, n);
	}
	return counts;
}

function profileReport(
	index: ExplorerIndex,
	r: ReportRow,
	counts: { pass: number; fail: number; not_assessable: number } | undefined
): ProfileReport {
	const values = {} as Record<ProfileMetric, ProfileValue>;
	for (const m of PROFILE_METRICS) {
		const v = metricValue(index, r, m, 'total');
		values[m] = {
			value: v.value,
			numerator: v.numerator ?? null,
			denominator: v.denominator ?? null,
			approx: v.approx
		};
	}
	return {
		report_id: r.report_id,
		year: r.year!,
		format: r.format,
		title: r.title,
		source: r.source,
		n_facts: r.n_facts,
		checks: counts ?? { pass: 0, fail: 0, not_assessable: 0 },
		failed: (index.failed.get(r.report_id) ?? []).map((c) => ({
			check: c.check,
			applicant: c.applicant,
			sentence: { zh: checkSentence('zh', c), en: checkSentence('en', c) }
		})),
		values
	};
}

/** The profile of `regionId`, or null when it has no published report. */
export function regionProfile(index: ExplorerIndex, regionId: string): RegionProfile | null {
	const reports = reportsByRegion(index).get(regionId);
	if (!reports?.length) return null;
	const region = index.regionById.get(regionId);
	const counts = checkCounts(index, new Set(reports.map((r) => r.report_id)));
	const byUnit = new Map<string, ReportRow[]>();
	for (const r of reports) byUnit.set(r.unit, [...(byUnit.get(r.unit) ?? []), r]);
	const units: ProfileUnit[] = [...byUnit.entries()]
		.map(([unit, rs]) => ({
			unit,
			scope: rs[0]!.unit_scope,
			reports: rs
				.slice()
				.sort((a, b) => a.year! - b.year!)
				.map((r) => profileReport(index, r, counts.get(r.report_id)))
		}))
		.sort(
			(a, b) =>
				(SCOPE_ORDER.get(a.scope) ?? 9) - (SCOPE_ORDER.get(b.scope) ?? 9) ||
				b.reports.length - a.reports.length ||
				compareZh(a.unit, b.unit)
		);
	const checks = { pass: 0, fail: 0, not_assessable: 0 };
	for (const n of counts.values()) {
		checks.pass += n.pass;
		checks.fail += n.fail;
		checks.not_assessable += n.not_assessable;
	}
	return {
		region_id: regionId,
		name_zh: region?.name_zh ?? regionId,
		name_en: region?.name_en || region?.name_zh || regionId,
		level: region?.level ?? '',
		province: region?.province ?? '',
		former_ids: splitIds(region?.former_ids),
		years: [...new Set(reports.map((r) => r.year!))].sort((a, b) => a - b),
		units,
		checks
	};
}
