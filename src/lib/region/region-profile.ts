/**
 * A region's profile (/region/<code>): every unit that reports for it (whole-region government,
 * general office, departments) with its reports by year, the key counts and rates of each report
 * (the explorer's own values, metric-values.ts), each report's checks counted by status with the
 * failed ones listed, and where each report came from. Computed when the site is built from the
 * decoded tables (compute-profile.ts) and inlined into the prerendered page, which adds labels; the
 * one text in it is each failed check's sentence in both languages (src/lib/i18n/check-sentence.ts,
 * written at build time so the page does not carry the sentences' dictionary). This module is the
 * page's part: the shape, the metrics shown, and helpers.
 */

/** The counts and rates a profile shows for every report, in this order. */
export const PROFILE_METRICS = [
	'h_requests',
	'h_handled',
	'openness_rate',
	'denial_rate',
	'h_reviews',
	'h_lawsuits',
	'review_rate',
	'correction_rate'
] as const;
export type ProfileMetric = (typeof PROFILE_METRICS)[number];

export interface ProfileValue {
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	approx: boolean;
}

/** A failed check: its id and applicant column, and what it found as a sentence in each language. */
export interface ProfileCheck {
	check: string;
	applicant: string;
	sentence: { zh: string; en: string };
}

export interface ProfileReport {
	report_id: string;
	year: number;
	format: string;
	title: string;
	source: string;
	n_facts: number;
	checks: { pass: number; fail: number; not_assessable: number };
	failed: ProfileCheck[];
	values: Record<ProfileMetric, ProfileValue>;
}

export interface ProfileUnit {
	unit: string;
	scope: string;
	reports: ProfileReport[];
}

export interface RegionProfile {
	region_id: string;
	name_zh: string;
	name_en: string;
	level: string;
	province: string;
	/** Former codes filed under this region (the regions table's former_ids). */
	former_ids: string[];
	/** Every year with a report, ascending. */
	years: number[];
	/** Whole-region units first, then the general office, then departments; most reports first. */
	units: ProfileUnit[];
	/** Every check of every report of the region, by status. */
	checks: { pass: number; fail: number; not_assessable: number };
}

/** The scopes a profile has units of, in UNIT_SCOPES order. */
export function profileScopes(profile: RegionProfile): string[] {
	return [...new Set(profile.units.map((u) => u.scope))];
}

/**
 * A unit's name without the region's name in front ("平潭综合实验区自然资源与生态环境局" →
 * "自然资源与生态环境局") where something is left, so the units of one region read apart.
 */
export function shortUnit(unit: string, regionName: string): string {
	return unit.startsWith(regionName) && unit.length > regionName.length
		? unit.slice(regionName.length)
		: unit;
}
