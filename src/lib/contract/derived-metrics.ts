/**
 * The one specification of every derived metric: the harmonized metrics (`h_*`, the columns of the
 * `harmonized` table) and the rates. For each, its parts in each layout era, its formula and how it
 * treats a part the report does not print. Everything else is generated from here: the harmonized
 * SQL (src/lib/sql/harmonized.ts), the TypeScript evaluator (derived-evaluate.ts), the explorer's
 * values, source highlighting and "Open in SQL", the /metrics page and the metric table of
 * docs/data-contract.md. Definitions and comparability notes in both languages are in
 * derived-metrics-text.ts (kept apart: the first chart's bundle needs only this structure).
 *
 * Metric ids are a public interface (SQL users type them): never rename one; a metric whose meaning
 * differs gets a new id.
 */
import { LAYOUT_IDS, type LayoutId } from './layouts.ts';
import { OUTCOME_PARTS } from './metrics.ts';

/**
 * The layouts the spec gives each metric's parts for, as `reports.format` names them: every layout
 * of the registry (contract/layouts.ts), so a new layout without its parts is a type error here.
 */
export const LAYOUT_ERAS: readonly LayoutId[] = LAYOUT_IDS;
export type LayoutEra = LayoutId;

/**
 * One part of a harmonized metric: a printed fact, or a printed subtotal that, where the report
 * does not print it, is the sum of its sub-rows when every sub-row is printed (else absent).
 */
export interface Part {
	fact: string;
	orSumOf?: readonly string[];
}

/**
 * How a sum treats a part the report does not print:
 * - `partial`: the sum of the printed parts, flagged incomplete (`<id>_missing` names the parts
 *   not printed); NULL only when no part is printed;
 * - `null`: NULL unless every part is printed.
 */
export type MissingPolicy = 'partial' | 'null';

export interface HarmonizedMetric {
	id: string;
	kind: 'sum';
	/** The parts in each era; null where the era's layout has no such figure (the value is NULL). */
	parts: Readonly<Record<LayoutEra, readonly Part[] | null>>;
	missing: MissingPolicy;
}

export interface RateMetric {
	id: string;
	kind: 'ratio';
	/** Summed operands: harmonized ids (`h_*`) or printed fact ids. */
	numerator: readonly string[];
	denominator: readonly string[];
}

export type DerivedMetric = HarmonizedMetric | RateMetric;

export { SMALL_DENOMINATOR } from './small-denominator.ts';

const f = (fact: string): Part => ({ fact });
const sub = (fact: keyof typeof OUTCOME_PARTS): Part => ({ fact, orSumOf: OUTCOME_PARTS[fact] });
const same = (parts: readonly Part[]) => ({
	pre2019: parts,
	post2019_2019: parts,
	post2019_2021: parts
});
const since2019 = (parts: readonly Part[]) => ({
	pre2019: null,
	post2019_2019: parts,
	post2019_2021: parts
});
const eras = (pre2019: readonly Part[] | null, post: readonly Part[]) => ({
	pre2019,
	post2019_2019: post,
	post2019_2021: post
});
const sum = (
	id: string,
	parts: Record<LayoutEra, readonly Part[] | null>,
	missing: MissingPolicy = 'null'
): HarmonizedMetric => ({ id, kind: 'sum', parts, missing });

/**
 * The harmonized metrics, in the `harmonized` table's column order (the first ten are the
 * contract's original columns).
 */
export const HARMONIZED_METRICS: readonly HarmonizedMetric[] = [
	sum('h_requests', eras([f('requests_received')], [f('requests_new')])),
	// Requests handled: the 2019 total of outcomes; before 2019 the answers given. Never the requests
	// received in its place (a different count: carried-over requests, unanswered ones).
	sum('h_handled', eras([f('answers_total')], [f('outcome_total')])),
	sum(
		'h_granted',
		eras([f('answer_granted'), f('answer_already_public')], [f('outcome_granted')]),
		'partial'
	),
	sum('h_partial', eras([f('answer_partial')], [f('outcome_partial')])),
	sum('h_denied', eras([f('answer_denied')], [sub('outcome_denied')])),
	sum(
		'h_unable',
		eras(
			[f('answer_not_exist'), f('answer_not_this_agency'), f('answer_correction_required')],
			[sub('outcome_unable')]
		),
		'partial'
	),
	sum(
		'h_other',
		{
			pre2019: [f('answer_other_channel')],
			post2019_2019: [sub('outcome_not_processed'), f('outcome_other')],
			post2019_2021: [sub('outcome_not_processed'), sub('outcome_other')]
		},
		'partial'
	),
	sum('h_reviews', same([f('review_total')])),
	sum(
		'h_lawsuits',
		eras(
			[f('litigation_total')],
			[f('litigation_direct_total'), f('litigation_after_review_total')]
		),
		'partial'
	),
	sum('h_proactive', { pre2019: [f('proactive_total')], post2019_2019: null, post2019_2021: null }),
	// Added with issue 17: the parts h_other mixes, told apart; carried requests; corrections.
	sum('h_not_processed', since2019([sub('outcome_not_processed')])),
	sum('h_other_handling', {
		pre2019: null,
		post2019_2019: [f('outcome_other')],
		post2019_2021: [sub('outcome_other')]
	}),
	sum('h_other_channel', {
		pre2019: [f('answer_other_channel')],
		post2019_2019: null,
		post2019_2021: null
	}),
	sum('h_carried_over', since2019([f('requests_carried_over')])),
	sum('h_carried_forward', since2019([f('requests_carried_forward')])),
	sum('h_review_corrected', same([f('review_corrected')])),
	sum('h_reviews_concluded', same([f('review_upheld'), f('review_corrected'), f('review_other')])),
	sum(
		'h_lawsuits_corrected',
		eras(
			[f('litigation_corrected')],
			[f('litigation_direct_corrected'), f('litigation_after_review_corrected')]
		)
	),
	sum(
		'h_lawsuits_concluded',
		eras(
			[f('litigation_upheld'), f('litigation_corrected'), f('litigation_other')],
			['litigation_direct', 'litigation_after_review'].flatMap((b) =>
				['upheld', 'corrected', 'other'].map((o) => f(`${b}_${o}`))
			)
		)
	)
];

const ratio = (
	id: string,
	numerator: readonly string[],
	denominator: readonly string[]
): RateMetric => ({ id, kind: 'ratio', numerator, denominator });

const HANDLED = ['h_handled'];
const NEW = ['h_requests'];

/** The rates: sum of numerator operands / sum of denominator operands. */
export const RATE_METRICS: readonly RateMetric[] = [
	ratio('grant_rate', ['h_granted'], HANDLED),
	ratio('openness_rate', ['h_granted', 'h_partial'], HANDLED),
	ratio('denial_rate', ['h_denied'], HANDLED),
	...OUTCOME_PARTS.outcome_denied.map((m) => ratio(`${m}_rate`, [m], HANDLED)),
	ratio('unable_rate', ['h_unable'], HANDLED),
	...OUTCOME_PARTS.outcome_unable.map((m) => ratio(`${m}_rate`, [m], HANDLED)),
	ratio('not_processed_rate', ['h_not_processed'], HANDLED),
	ratio('carried_forward_rate', ['h_carried_forward'], ['h_requests', 'h_carried_over']),
	ratio('review_rate', ['h_reviews'], NEW),
	ratio('litigation_rate', ['h_lawsuits'], NEW),
	ratio('dispute_rate', ['h_reviews', 'h_lawsuits'], NEW),
	ratio(
		'correction_rate',
		['h_review_corrected', 'h_lawsuits_corrected'],
		['h_reviews_concluded', 'h_lawsuits_concluded']
	),
	ratio('review_correction_rate', ['h_review_corrected'], ['h_reviews_concluded']),
	ratio('litigation_correction_rate', ['h_lawsuits_corrected'], ['h_lawsuits_concluded'])
];

export const DERIVED_METRICS: readonly DerivedMetric[] = [...HARMONIZED_METRICS, ...RATE_METRICS];

export const HARMONIZED_BY_ID: ReadonlyMap<string, HarmonizedMetric> = new Map(
	HARMONIZED_METRICS.map((m) => [m.id, m])
);
export const RATE_BY_ID: ReadonlyMap<string, RateMetric> = new Map(
	RATE_METRICS.map((m) => [m.id, m])
);

/** The `harmonized` table's metric columns, in order. */
export const HARMONIZED_IDS: readonly string[] = HARMONIZED_METRICS.map((m) => m.id);

/** The column naming the parts a `partial` metric's value lacks ('|'-separated; NULL if complete). */
export function missingColumn(id: string): string {
	return `${id}_missing`;
}

/** The `<id>_missing` columns of the harmonized table, one per `partial` metric. */
export const MISSING_COLUMNS: readonly string[] = HARMONIZED_METRICS.filter(
	(m) => m.missing === 'partial'
).map((m) => missingColumn(m.id));

/** The era of a report format; null for a format outside the three layouts. */
export function layoutEra(format: string | null | undefined): LayoutEra | null {
	return (LAYOUT_ERAS as readonly string[]).includes(format ?? '') ? (format as LayoutEra) : null;
}

/** Every printed fact id a part reads (the subtotal and its sub-rows). */
export function partFacts(part: Part): string[] {
	return [part.fact, ...(part.orSumOf ?? [])];
}

/** The printed facts behind a harmonized metric in one era (what the source panel highlights). */
export function harmonizedFacts(id: string, format: string | null | undefined): string[] {
	const m = HARMONIZED_BY_ID.get(id);
	const era = layoutEra(format);
	if (!m || !era) return [];
	return (m.parts[era] ?? []).flatMap(partFacts);
}

/** Every printed fact id any harmonized metric reads, in first-use order. */
export const HARMONIZED_INPUTS: readonly string[] = [
	...new Set(
		HARMONIZED_METRICS.flatMap((m) =>
			LAYOUT_ERAS.flatMap((e) => (m.parts[e] ?? []).flatMap(partFacts))
		)
	)
];

/** Whether a rate is computed from the harmonized table alone (every operand an `h_*` column). */
export function rateFromCube(rate: RateMetric): boolean {
	return [...rate.numerator, ...rate.denominator].every((o) => HARMONIZED_BY_ID.has(o));
}
