/**
 * The TypeScript evaluator of derived-metrics.ts: a harmonized metric from one report's printed
 * facts, a rate from its operands. The SQL of src/lib/sql/harmonized.ts is generated from the same
 * spec; tests/sql/derived-metrics.test.ts holds both equal over every report and metric.
 */
import {
	HARMONIZED_BY_ID,
	SMALL_DENOMINATOR,
	layoutEra,
	partFacts,
	type HarmonizedMetric,
	type Part,
	type RateMetric
} from './derived-metrics';

/** A printed fact's value (a table cell before a prose restatement), null where not printed. */
export type FactLookup = (metric: string) => number | null;

export interface DerivedValue {
	value: number | null;
	/** False where the value is the sum of the printed parts and some part is not printed. */
	complete: boolean;
	/** The parts not printed (fact ids), when the value is a partial sum. */
	missing: string[];
	/** The printed facts behind the value in this era (what the source panel highlights). */
	metrics: string[];
}

function partValue(part: Part, lookup: FactLookup): number | null {
	const printed = lookup(part.fact);
	if (printed !== null || !part.orSumOf?.length) return printed;
	let total = 0;
	for (const m of part.orSumOf) {
		const v = lookup(m);
		if (v === null) return null;
		total += v;
	}
	return total;
}

/** A harmonized metric of one report (its `format`) from the report's printed facts. */
export function evaluateHarmonized(
	metric: HarmonizedMetric,
	format: string | null | undefined,
	lookup: FactLookup
): DerivedValue {
	const era = layoutEra(format);
	const parts = era ? metric.parts[era] : null;
	if (!parts) return { value: null, complete: true, missing: [], metrics: [] };
	const metrics = parts.flatMap(partFacts);
	const values = parts.map((p) => partValue(p, lookup));
	const printed = values.filter((v): v is number => v !== null);
	const all = printed.length === values.length;
	if (!printed.length || (!all && metric.missing === 'null'))
		return { value: null, complete: true, missing: [], metrics };
	// Summed left to right, as SQL's a + b + c.
	const value = printed.reduce((s, v) => s + v, 0);
	const missing = parts.filter((_, i) => values[i] === null).map((p) => p.fact);
	return { value, complete: all, missing, metrics };
}

/** One operand of a rate as the caller reads it (a harmonized column, or a printed fact). */
export interface Operand {
	value: number | null;
	complete?: boolean;
	missing?: readonly string[];
	metrics?: readonly string[];
	approx?: boolean;
}

export interface RateValue extends DerivedValue {
	numerator: number | null;
	denominator: number | null;
	/** The denominator is below SMALL_DENOMINATOR: shown with a note, left out of rankings. */
	small: boolean;
	approx: boolean;
}

function total(ops: Operand[]): number | null {
	let s = 0;
	for (const o of ops) {
		if (o.value === null) return null;
		s += o.value;
	}
	return s;
}

/** A rate: the sum of its numerator operands over the sum of its denominator operands. */
export function evaluateRate(rate: RateMetric, operand: (id: string) => Operand): RateValue {
	const num = rate.numerator.map(operand);
	const den = rate.denominator.map(operand);
	const numerator = total(num);
	const denominator = total(den);
	const all = [...num, ...den];
	return {
		value: numerator !== null && denominator ? numerator / denominator : null,
		numerator,
		denominator,
		small: denominator !== null && denominator < SMALL_DENOMINATOR,
		complete: all.every((o) => o.complete !== false),
		missing: [...new Set(all.flatMap((o) => o.missing ?? []))],
		metrics: [...new Set(all.flatMap((o) => o.metrics ?? []))],
		approx: all.some((o) => o.approx === true)
	};
}

/** Whether an operand id is a harmonized column (else a printed fact id). */
export function isHarmonizedOperand(id: string): boolean {
	return HARMONIZED_BY_ID.has(id);
}

/**
 * Year-over-year change of any metric: (this year − previous year) / previous year, null where
 * either is absent or the previous year is 0, or the years are not consecutive.
 */
export function yearOverYear(
	current: { year: number; value: number | null },
	previous: { year: number; value: number | null } | undefined
): number | null {
	if (!previous || previous.year !== current.year - 1) return null;
	if (current.value === null || previous.value === null || previous.value === 0) return null;
	return (current.value - previous.value) / previous.value;
}
