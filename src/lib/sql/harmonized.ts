/**
 * The harmonized metrics of the data contract, computed in SQL from the printed facts (never
 * stored as facts). One row per report and applicant column; pre- and post-2019 eras line up.
 * A table cell wins over a prose restatement of the same metric. Subtotals that the 2021 layout does
 * not print are the sums of their sub-rows when every sub-row is printed, else NULL (absent ≠ 0).
 */
import { OUTCOME_PARTS } from '../contract/metrics';
import { HARMONIZED_COLUMNS } from '../contract/table-schemas';

const PICKED = [
	'requests_new',
	'requests_received',
	'outcome_total',
	'answers_total',
	'outcome_granted',
	'answer_granted',
	'answer_already_public',
	'outcome_partial',
	'answer_partial',
	'outcome_denied',
	'answer_denied',
	'outcome_unable',
	'answer_not_exist',
	'answer_not_this_agency',
	'answer_correction_required',
	'outcome_not_processed',
	'outcome_other',
	'answer_other_channel',
	'review_total',
	'review_corrected',
	'litigation_direct_total',
	'litigation_after_review_total',
	'litigation_direct_corrected',
	'litigation_after_review_corrected',
	'litigation_total',
	'litigation_corrected',
	'proactive_total',
	...OUTCOME_PARTS.outcome_denied,
	...OUTCOME_PARTS.outcome_unable,
	...OUTCOME_PARTS.outcome_not_processed,
	...OUTCOME_PARTS.outcome_other
] as const;

/** Sum of sub-rows, NULL unless every one is present (a + b is NULL when either is NULL). */
function allOf(ids: readonly string[]): string {
	return `(${ids.join(' + ')})`;
}

const DENIED = allOf(OUTCOME_PARTS.outcome_denied);
const UNABLE = allOf(OUTCOME_PARTS.outcome_unable);
const NOTPROC = allOf(OUTCOME_PARTS.outcome_not_processed);
const OTHER = allOf(OUTCOME_PARTS.outcome_other);

/** The harmonized metrics' ids: the `harmonized` table's columns in the contract. */
export const HARMONIZED_METRICS = HARMONIZED_COLUMNS;

/** A SELECT with one row per (report_id, applicant) and one column per harmonized metric. */
export function harmonizedSelect(facts = 'facts', reports = 'reports'): string {
	const pivots = PICKED.map((m) => `max(value) FILTER (WHERE metric = '${m}') AS ${m}`).join(
		',\n\t\t'
	);
	return `WITH picked AS (
	SELECT report_id, metric, applicant,
		arg_min(value, CASE WHEN method = 'prose' THEN 1 ELSE 0 END) AS value
	FROM ${facts}
	GROUP BY report_id, metric, applicant
), wide AS (
	SELECT report_id, applicant,
		${pivots}
	FROM picked
	GROUP BY report_id, applicant
)
SELECT r.report_id, r.region_id, r.unit, r.year, r.format, w.applicant,
	CASE WHEN r.format = 'pre2019' THEN requests_received ELSE requests_new END AS h_requests,
	CASE WHEN r.format = 'pre2019' THEN coalesce(answers_total, requests_received) ELSE outcome_total END AS h_handled,
	CASE WHEN r.format = 'pre2019' THEN answer_granted + answer_already_public ELSE outcome_granted END AS h_granted,
	CASE WHEN r.format = 'pre2019' THEN answer_partial ELSE outcome_partial END AS h_partial,
	CASE WHEN r.format = 'pre2019' THEN answer_denied ELSE coalesce(outcome_denied, ${DENIED}) END AS h_denied,
	CASE WHEN r.format = 'pre2019' THEN answer_not_exist + answer_not_this_agency + answer_correction_required
		ELSE coalesce(outcome_unable, ${UNABLE}) END AS h_unable,
	CASE WHEN r.format = 'pre2019' THEN answer_other_channel
		WHEN r.format = 'post2019_2019' THEN coalesce(outcome_not_processed, ${NOTPROC}) + outcome_other
		ELSE coalesce(outcome_not_processed, ${NOTPROC}) + coalesce(outcome_other, ${OTHER}) END AS h_other,
	review_total AS h_reviews,
	CASE WHEN r.format = 'pre2019' THEN litigation_total
		ELSE litigation_direct_total + litigation_after_review_total END AS h_lawsuits,
	CASE WHEN r.format = 'pre2019' THEN proactive_total ELSE NULL END AS h_proactive
FROM wide w JOIN ${reports} r USING (report_id)`;
}
