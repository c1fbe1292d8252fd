/**
 * The shape of the SYNTHETIC scale data: which real metric ids a report of each format carries, in
 * which applicant columns, and a plausible size of each metric relative to the requests a report
 * received. Pure data and arithmetic, so the generator's row count can be planned before any SQL.
 */
import { layoutOfYear, type LayoutId } from '../../src/lib/contract/layouts.ts';
import { APPLICANTS, METRICS } from '../../src/lib/contract/metrics.ts';

export const FIRST_YEAR = 2008;
export const LAST_YEAR = 2025;

/** The 31 provincial-level GB/T 2260 codes (first two digits). */
export const PROVINCE_CODES = [
	'11',
	'12',
	'13',
	'14',
	'15',
	'21',
	'22',
	'23',
	'31',
	'32',
	'33',
	'34',
	'35',
	'36',
	'37',
	'41',
	'42',
	'43',
	'44',
	'45',
	'46',
	'50',
	'51',
	'52',
	'53',
	'54',
	'61',
	'62',
	'63',
	'64',
	'65'
] as const;

/** Reporting units of every synthetic region: the whole-region report first, as in the real corpus. */
export const UNITS = [
	{ key: 'gov', suffix: '人民政府', scope: 'whole-region' },
	{ key: 'office', suffix: '人民政府办公厅', scope: 'general-office' }
] as const;

export type Format = LayoutId;

/** The layout in force in `year` (src/lib/contract/layouts.ts); synthetic years start in 2008. */
export function formatOf(year: number): Format {
	const format = layoutOfYear(year);
	if (!format) throw new Error(`no report layout is in force for ${year}`);
	return format;
}

const PER_APPLICANT_GROUPS = new Set([
	'requests',
	'outcomes',
	'denial_reasons',
	'unable_reasons',
	'not_processed_reasons',
	'other_reasons'
]);

export interface MetricShape {
	metric: string;
	/** true for the 表三 rows, printed once per applicant column */
	perApplicant: boolean;
	/** typical value as a share of the report's requests */
	weight: number;
}

const ERAS: Record<Format, string[]> = {
	pre2019: ['pre2019', 'all'],
	post2019_2019: ['since2019', 'layout2019', 'all'],
	post2019_2021: ['since2019', 'layout2021', 'all']
};

/** Typical size of a metric relative to the requests received (plausible, not measured). */
export function weightOf(metric: string): number {
	const rules: [RegExp, number][] = [
		[/^(requests_new|requests_received|outcome_total|answers_total)$/, 1],
		[/^requests_carried/, 0.08],
		[/^requests_closed_on_time$/, 0.9],
		[/^requests_closed_extended$/, 0.1],
		[/^(outcome_granted|answer_granted)$/, 0.38],
		[/^answer_already_public$/, 0.1],
		[/^(outcome_partial|answer_partial)$/, 0.1],
		[/^(outcome_denied|answer_denied)$/, 0.06],
		[/^(denied_|answer_denied_)/, 0.008],
		[/^outcome_unable$/, 0.28],
		[/^unable_/, 0.09],
		[/^answer_(not_exist|not_this_agency|correction_required|other_channel)$/, 0.07],
		[/^outcome_not_processed$/, 0.05],
		[/^notproc_/, 0.01],
		[/^outcome_other$/, 0.08],
		[/^other_/, 0.027],
		[/^channel_/, 0.15],
		[/_total$/, 0.04],
		[/^(review|litigation)/, 0.012],
		[/^proactive_total$/, 40],
		[/^proactive_/, 8],
		[/(decisions|items)$/, 30],
		[/(amount|fees|budget)/, 5],
		[/^(staff|reading_rooms|trainings)/, 0.02],
		[/^trainees$/, 0.5],
		[/^consultations$/, 3],
		[/^(hotspot|press|online|policy)/, 0.2]
	];
	for (const [re, w] of rules) if (re.test(metric)) return w;
	return 0.05;
}

/** The metrics a report of this format prints, in dictionary order. */
export function metricsOf(format: Format): MetricShape[] {
	return METRICS.filter((m) => ERAS[format].includes(m.era)).map((m) => ({
		metric: m.metric,
		perApplicant: format !== 'pre2019' && PER_APPLICANT_GROUPS.has(m.group),
		weight: weightOf(m.metric)
	}));
}

/** Share of the requests each applicant column carries. */
export const APPLICANT_SHARE: Record<(typeof APPLICANTS)[number], number> = {
	natural_person: 0.8,
	legal_commercial: 0.1,
	legal_research: 0.01,
	legal_social: 0.02,
	legal_services: 0.03,
	legal_other: 0.04,
	total: 1
};

export function factsPerReport(format: Format): number {
	return metricsOf(format).reduce((s, m) => s + (m.perApplicant ? APPLICANTS.length : 1), 0);
}

/** Facts of one reporting unit over every year. */
export function factsPerUnit(): number {
	let n = 0;
	for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) n += factsPerReport(formatOf(y));
	return n;
}

/** How many regions give at least `facts` facts (the last region's facts are cut to the target). */
export function regionsFor(facts: number): number {
	return Math.max(1, Math.ceil(facts / (factsPerUnit() * UNITS.length)));
}

/** The most regions the code scheme holds: one province-level and 99 cities per province. */
export const MAX_REGIONS = PROVINCE_CODES.length * 100;
