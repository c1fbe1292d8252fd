/**
 * What each check of the `checks` table (docs/data-contract.md) is about: its kind (the id before
 * any `:`), and the metrics and applicant columns it involves. The explorer marks a value as failed
 * only when a failing check involves that value's metric and column; the check sentences
 * (src/lib/i18n/check-sentence.ts) name the same parts. Check ids are computed by
 * src/lib/extract/compute-checks.ts and cross-year-checks.ts, from the lists here.
 */
import { OUTCOME_PARTS } from './metrics';

/** Pre-2019 channels of requests (统计表), which add up to requests_received. */
export const CHANNEL_METRICS = [
	'channel_in_person',
	'channel_fax',
	'channel_online',
	'channel_letter',
	'channel_email',
	'channel_phone',
	'channel_other'
] as const;

/** Pre-2019 answer categories, which add up to answers_total. */
export const ANSWER_METRICS = [
	'answer_already_public',
	'answer_granted',
	'answer_partial',
	'answer_denied',
	'answer_not_this_agency',
	'answer_not_exist',
	'answer_correction_required',
	'answer_other_channel'
] as const;

/** Since 2019, the six outcome rows of 表三 that add up to outcome_total. */
export const OUTCOME_ROWS = [
	'outcome_granted',
	'outcome_partial',
	'outcome_denied',
	'outcome_unable',
	'outcome_not_processed',
	'outcome_other'
] as const;

/** The outcomes of review and litigation: since 2019 all four, before 2019 the first three. */
const OUTCOMES = ['upheld', 'corrected', 'other', 'pending'] as const;

/** Since 2019, the blocks of 表四 (行政复议, 行政诉讼 直接起诉 and 复议后起诉), each a sum of outcomes. */
export const TABLE4_BLOCKS = {
	review: OUTCOMES,
	litigation_direct: OUTCOMES,
	litigation_after_review: OUTCOMES
} as const;

/** Before 2019, the review and litigation rows of the 统计表, each a sum of outcomes. */
export const STAT_BLOCKS = {
	review: OUTCOMES.slice(0, 3),
	litigation: OUTCOMES.slice(0, 3)
} as const;

/** Since 2019, 第一项加第二项之和，等于第三项加第四项之和 (表三, per applicant column). */
export const REQUESTS_BALANCE = {
	left: ['requests_new', 'requests_carried_over'],
	right: ['outcome_total', 'requests_carried_forward']
} as const;

/** Every block, since 2019 and before (review: its four outcomes since 2019). */
const REVIEW_BLOCKS: Readonly<Record<string, readonly string[]>> = {
	...STAT_BLOCKS,
	...TABLE4_BLOCKS
};

export type CheckKind =
	| 'requests_balance'
	| 'outcomes_sum'
	| 'subtotal_sum'
	| 'columns_sum'
	| 'block_sum'
	| 'channels_sum'
	| 'answers_sum'
	| 'prose_vs_table'
	| 'carried_over_vs_previous_year'
	| 'unknown';

export interface CheckScope {
	kind: CheckKind;
	/** The metric a check is about where its id names one (`columns_sum:m`, `prose_vs_table:m`, `m_sum`). */
	subject: string | null;
	/** Every metric whose value takes part in the check. */
	metrics: readonly string[];
	/** True when the check involves every applicant column (the columns sum), else only its own. */
	allApplicants: boolean;
}

const SUBTOTALS: Readonly<Record<string, readonly string[]>> = OUTCOME_PARTS;

/** The kind, subject and metrics of a check id. */
export function checkScope(id: string): CheckScope {
	const colon = id.indexOf(':');
	const head = colon < 0 ? id : id.slice(0, colon);
	const tail = colon < 0 ? null : id.slice(colon + 1);
	const scope = (
		kind: CheckKind,
		subject: string | null,
		metrics: readonly string[],
		allApplicants = false
	): CheckScope => ({ kind, subject, metrics, allApplicants });
	if (head === 'columns_sum' && tail) return scope('columns_sum', tail, [tail], true);
	if (head === 'prose_vs_table' && tail) return scope('prose_vs_table', tail, [tail]);
	switch (id) {
		case 'requests_balance':
			return scope('requests_balance', null, [...REQUESTS_BALANCE.left, ...REQUESTS_BALANCE.right]);
		case 'outcomes_sum':
			return scope('outcomes_sum', 'outcome_total', [
				'outcome_total',
				...OUTCOME_ROWS,
				...Object.values(SUBTOTALS).flat()
			]);
		case 'channels_sum':
			return scope('channels_sum', 'requests_received', ['requests_received', ...CHANNEL_METRICS]);
		case 'answers_sum':
			return scope('answers_sum', 'answers_total', ['answers_total', ...ANSWER_METRICS]);
		case 'carried_over_vs_previous_year':
			return scope('carried_over_vs_previous_year', 'requests_carried_over', [
				'requests_carried_over'
			]);
	}
	if (id.endsWith('_sum')) {
		const base = id.slice(0, -'_sum'.length);
		const parts = SUBTOTALS[base];
		if (parts) return scope('subtotal_sum', base, [base, ...parts]);
		const outcomes = REVIEW_BLOCKS[base];
		if (outcomes)
			return scope('block_sum', `${base}_total`, [
				`${base}_total`,
				...outcomes.map((o) => `${base}_${o}`)
			]);
	}
	return scope('unknown', null, []);
}

/** True when the check `id` on column `checkApplicant` involves a value of `metric` in column `applicant`. */
export function checkInvolves(
	check: { check: string; applicant: string },
	metric: string,
	applicant: string
): boolean {
	const s = checkScope(check.check);
	if (!s.metrics.includes(metric)) return false;
	return s.allApplicants || check.applicant === applicant;
}
