/**
 * The value of any explorer metric for one report and applicant column: a harmonized metric (h_*),
 * a rate (with its numerator and denominator), or a raw metric id. Also which printed facts make it
 * up, so the source panel can highlight them.
 */
import { OUTCOME_PARTS } from '../contract/metrics';
import type { ExplorerIndex } from './explorer-data';
import type { HarmonizedRow, ReportRow } from '../contract/rows';

export interface MetricValue {
	value: number | null;
	numerator?: number | null;
	denominator?: number | null;
	approx: boolean;
	/** The metric ids whose facts make up the value, in this report's era. */
	metrics: string[];
}

const DENIED = OUTCOME_PARTS.outcome_denied;
const UNABLE = OUTCOME_PARTS.outcome_unable;
const NOTPROC = OUTCOME_PARTS.outcome_not_processed;
const OTHER = OUTCOME_PARTS.outcome_other;

/** Facts behind each harmonized metric, per era (see docs/data-contract.md). */
export const COMPONENTS: Record<string, { since2019: string[]; pre2019: string[] }> = {
	h_requests: { since2019: ['requests_new'], pre2019: ['requests_received'] },
	h_handled: { since2019: ['outcome_total'], pre2019: ['answers_total', 'requests_received'] },
	h_granted: {
		since2019: ['outcome_granted'],
		pre2019: ['answer_granted', 'answer_already_public']
	},
	h_partial: { since2019: ['outcome_partial'], pre2019: ['answer_partial'] },
	h_denied: { since2019: ['outcome_denied', ...DENIED], pre2019: ['answer_denied'] },
	h_unable: {
		since2019: ['outcome_unable', ...UNABLE],
		pre2019: ['answer_not_exist', 'answer_not_this_agency', 'answer_correction_required']
	},
	h_other: {
		since2019: ['outcome_not_processed', ...NOTPROC, 'outcome_other', ...OTHER],
		pre2019: ['answer_other_channel']
	},
	h_reviews: { since2019: ['review_total'], pre2019: ['review_total'] },
	h_lawsuits: {
		since2019: ['litigation_direct_total', 'litigation_after_review_total'],
		pre2019: ['litigation_total']
	},
	h_proactive: { since2019: [], pre2019: ['proactive_total'] }
};

export const RATES: Record<string, { numerator: string[]; denominator: string }> = {
	grant_rate: { numerator: ['h_granted'], denominator: 'h_handled' },
	openness_rate: { numerator: ['h_granted', 'h_partial'], denominator: 'h_handled' },
	denial_rate: { numerator: ['h_denied'], denominator: 'h_handled' },
	unable_rate: { numerator: ['h_unable'], denominator: 'h_handled' },
	review_rate: { numerator: ['h_reviews'], denominator: 'h_requests' }
};

export function isRate(metric: string): boolean {
	return metric in RATES || metric === 'correction_rate';
}

function era(report: ReportRow): 'since2019' | 'pre2019' {
	return report.format === 'pre2019' ? 'pre2019' : 'since2019';
}

function num(v: unknown): number | null {
	return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function harmonized(
	index: ExplorerIndex,
	report: ReportRow,
	metric: string,
	applicant: string
): MetricValue {
	const row = index.harmonized.get(`${report.report_id}|${applicant}`);
	const metrics = COMPONENTS[metric]?.[era(report)] ?? [];
	const approx = metrics.some(
		(m) => index.fact.get(`${report.report_id}|${m}|${applicant}`)?.approx
	);
	return { value: num(row?.[metric]), approx, metrics };
}

function factValue(
	index: ExplorerIndex,
	report: ReportRow,
	metric: string,
	applicant: string
): number | null {
	return index.fact.get(`${report.report_id}|${metric}|${applicant}`)?.value ?? null;
}

function correctionRate(index: ExplorerIndex, report: ReportRow, applicant: string): MetricValue {
	const v = (m: string) => factValue(index, report, m, applicant);
	const blocks =
		era(report) === 'pre2019'
			? ['review', 'litigation']
			: ['review', 'litigation_direct', 'litigation_after_review'];
	let corrected: number | null = 0;
	let concluded: number | null = 0;
	const metrics: string[] = [];
	for (const b of blocks) {
		const parts = ['upheld', 'corrected', 'other'].map((o) => v(`${b}_${o}`));
		metrics.push(`${b}_upheld`, `${b}_corrected`, `${b}_other`);
		corrected = corrected === null || parts[1] === null ? null : corrected + parts[1]!;
		concluded =
			concluded === null || parts.some((p) => p === null)
				? null
				: concluded + parts.reduce((s: number, p) => s + p!, 0);
	}
	const value = corrected !== null && concluded ? corrected / concluded : null;
	return { value, numerator: corrected, denominator: concluded, approx: false, metrics };
}

/** Whether `metric` is answered by the harmonized cube alone (a harmonized metric or a rate). */
export function fromCube(metric: string): boolean {
	return metric in COMPONENTS || metric in RATES;
}

/**
 * A harmonized metric or rate (see fromCube) from one report's harmonized row: the value of
 * `metricValue`, without its approx flags and component lists.
 */
export function cubeNumber(row: HarmonizedRow | undefined, metric: string): number | null {
	const rate = RATES[metric];
	if (!rate) return num(row?.[metric]);
	const parts = rate.numerator.map((m) => num(row?.[m]));
	const den = num(row?.[rate.denominator]);
	if (parts.some((p) => p === null)) return null;
	const numerator = parts.reduce((s: number, p) => s + p!, 0);
	return den ? numerator / den : null;
}

/**
 * Only the value of `metricValue` (the same number), without the approx flags and component lists:
 * what ranking every report of the dataset needs, cheap enough for 10^5 reports per change.
 */
export function metricNumber(
	index: ExplorerIndex,
	report: ReportRow,
	metric: string,
	applicant: string
): number | null {
	if (fromCube(metric))
		return cubeNumber(index.harmonized.get(`${report.report_id}|${applicant}`), metric);
	return metricValue(index, report, metric, applicant).value;
}

export function metricValue(
	index: ExplorerIndex,
	report: ReportRow,
	metric: string,
	applicant: string
): MetricValue {
	if (metric in COMPONENTS) return harmonized(index, report, metric, applicant);
	if (metric === 'correction_rate') return correctionRate(index, report, applicant);
	const rate = RATES[metric];
	if (rate) {
		const parts = rate.numerator.map((m) => harmonized(index, report, m, applicant));
		const den = harmonized(index, report, rate.denominator, applicant);
		const numerator = parts.some((p) => p.value === null)
			? null
			: parts.reduce((s, p) => s + p.value!, 0);
		const value = numerator !== null && den.value ? numerator / den.value : null;
		return {
			value,
			numerator,
			denominator: den.value,
			approx: parts.some((p) => p.approx) || den.approx,
			metrics: [...new Set([...parts.flatMap((p) => p.metrics), ...den.metrics])]
		};
	}
	const f = index.fact.get(`${report.report_id}|${metric}|${applicant}`);
	return { value: f?.value ?? null, approx: f?.approx ?? false, metrics: [metric] };
}
