/**
 * The `harmonized` table's metric columns and its `<id>_missing` columns, as bare names: what the
 * table schemas (table-schemas.ts, read by every page that decodes a data file) need of the one
 * spec of derived metrics (derived-metrics.ts). Kept apart so that those pages do not carry the
 * spec itself: derived-metrics.test.ts checks that the spec's metrics, their order and their
 * `partial` policies are exactly these lists.
 *
 * Metric ids are a public interface (SQL users type them): never rename one.
 */

/** The `harmonized` table's metric columns, in order (the first ten are the contract's original). */
export const HARMONIZED_IDS: readonly string[] = [
	'h_requests',
	'h_handled',
	'h_granted',
	'h_partial',
	'h_denied',
	'h_unable',
	'h_other',
	'h_reviews',
	'h_lawsuits',
	'h_proactive',
	'h_not_processed',
	'h_other_handling',
	'h_other_channel',
	'h_carried_over',
	'h_carried_forward',
	'h_review_corrected',
	'h_reviews_concluded',
	'h_lawsuits_corrected',
	'h_lawsuits_concluded'
];

/** The harmonized metrics whose missing policy is `partial` (a sum of the printed parts, flagged). */
export const PARTIAL_IDS: readonly string[] = ['h_granted', 'h_unable', 'h_other', 'h_lawsuits'];

/** The column naming the parts a `partial` metric's value lacks ('|'-separated; NULL if complete). */
export function missingColumn(id: string): string {
	return `${id}_missing`;
}

/** The `<id>_missing` columns of the harmonized table, one per `partial` metric. */
export const MISSING_COLUMNS: readonly string[] = PARTIAL_IDS.map(missingColumn);
