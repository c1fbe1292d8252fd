/**
 * A row of the `checks` table as a sentence a person reads, in Chinese or English: "The outcome
 * rows add up to 27, the printed total is 21" / "各项办理结果合计27件，报告所列总数为21件". Used
 * wherever checks are shown (the source panel, the import review, chart tooltips). Metrics are
 * named by their labels, never by their ids.
 */
import { checkScope } from '../contract/check-metrics';
import { APPLICANT_LABELS, type Applicant } from '../contract/metrics';
import './check-strings';
import { formatNumber } from './format';
import { metricLabel } from './labels';
import { tDynamic, type Lang } from './strings';

export interface CheckLike {
	check: string;
	applicant: string;
	status: string;
	expected: number | null;
	actual: number | null;
}

const STATUSES = new Set(['pass', 'fail', 'not_assessable']);

export function checkSentence(lang: Lang, c: CheckLike): string {
	const scope = checkScope(c.check);
	const known = scope.kind !== 'unknown' && STATUSES.has(c.status);
	if (!known) return tDynamic(lang, 'check.unknown', { id: c.check, status: c.status });
	const params = {
		metric: scope.subject ? metricLabel(lang, scope.subject) : '',
		actual: formatNumber(lang, c.actual),
		expected: formatNumber(lang, c.expected)
	};
	// A pre-2019 sum whose parts come from prose and fall short is not assessable but has both
	// numbers (compute-checks.ts withUnstatedParts): say them, and why it is no failure.
	const shortfall = c.status === 'not_assessable' && c.actual !== null && c.expected !== null;
	let sentence = shortfall
		? tDynamic(lang, 'check.short_parts', {
				sentence: tDynamic(lang, `check.${scope.kind}.fail`, params)
			})
		: tDynamic(lang, `check.${scope.kind}.${c.status}`, params);
	if (c.applicant !== 'total' && Object.hasOwn(APPLICANT_LABELS, c.applicant))
		sentence = tDynamic(lang, 'check.applicant', {
			applicant: APPLICANT_LABELS[c.applicant as Applicant][lang],
			sentence
		});
	return sentence;
}
