/**
 * The `harmonized` table's metric columns and its `<id>_missing` columns, as bare names: what the
 * table schemas (table-schemas.ts, read by every page that decodes a data file) need of the one
 * spec of derived metrics (derived-metrics.ts). Kept apart so that those pages do not carry the
 * spec itself (nor import anything from it: the data files' chunk would take it along).
 * harmonized-ids.test.ts checks that these lists are exactly the spec's.
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

/** The `<id>_missing` columns of the harmonized table, one per metric whose missing policy is `partial`. */
export const MISSING_COLUMNS: readonly string[] = [
	'h_granted_missing',
	'h_unable_missing',
	'h_other_missing',
	'h_lawsuits_missing'
];
