/**
 * The value of any explorer metric for one report and applicant column: a harmonized metric (h_*),
 * a rate (with its numerator and denominator), or a raw metric id. Also which printed facts make it
 * up, so the source panel can highlight them. Harmonized metrics and rates follow the one spec of
 * derived metrics (src/lib/contract/derived-metrics.ts); nothing is defined here.
 */
import { evaluateRate, type Operand } from '../contract/derived-evaluate';
import {
	HARMONIZED_BY_ID,
	HARMONIZED_METRICS,
	LAYOUT_ERAS,
	RATE_BY_ID,
	RATE_METRICS,
	harmonizedFacts,
	missingColumn,
	partFacts,
	rateFromCube,
	type LayoutEra
} from '../contract/derived-metrics';
import type { ExplorerIndex } from './explorer-data';
import type { HarmonizedRow, ReportRow } from '../contract/rows';

export interface MetricValue {
	value: number | null;
	numerator?: number | null;
	denominator?: number | null;
	approx: boolean;
	/** The metric ids whose facts make up the value, in this report's era. */
	metrics: string[];
	/** False where the value is the sum of the printed parts and a part is not printed. */
	complete?: boolean;
	/** The parts not printed (fact ids), for an incomplete value. */
	missing?: string[];
	/** A rate whose denominator is below SMALL_DENOMINATOR (left out of rankings). */
	small?: boolean;
}

/** Facts behind each harmonized metric, per layout era (from the spec). */
export const COMPONENTS: Readonly<Record<string, Readonly<Record<LayoutEra, string[]>>>> =
	Object.fromEntries(
		HARMONIZED_METRICS.map((m) => [
			m.id,
			Object.fromEntries(
				LAYOUT_ERAS.map((e) => [e, (m.parts[e] ?? []).flatMap(partFacts)])
			) as Record<LayoutEra, string[]>
		])
	);

/** The rates computed from the harmonized table alone (the others also read printed facts). */
export const RATES: Readonly<Record<string, { numerator: string[]; denominator: string[] }>> =
	Object.fromEntries(
		RATE_METRICS.filter(rateFromCube).map((r) => [
			r.id,
			{ numerator: [...r.numerator], denominator: [...r.denominator] }
		])
	);

export function isRate(metric: string): boolean {
	return RATE_BY_ID.has(metric);
}

function num(v: unknown): number | null {
	return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function missingOf(row: HarmonizedRow | undefined, metric: string): string[] {
	const m = row?.[missingColumn(metric)];
	return typeof m === 'string' && m ? m.split('|') : [];
}

function harmonized(
	index: ExplorerIndex,
	report: ReportRow,
	metric: string,
	applicant: string
): MetricValue {
	const row = index.harmonized.get(`${report.report_id}|${applicant}`);
	const metrics = harmonizedFacts(metric, report.format);
	const approx = metrics.some(
		(m) => index.fact.get(`${report.report_id}|${m}|${applicant}`)?.approx
	);
	const value = num(row?.[metric]);
	const missing = value === null ? [] : missingOf(row, metric);
	return { value, approx, metrics, complete: missing.length === 0, missing };
}

/** Whether `metric` is answered by the harmonized cube alone (a harmonized metric or such a rate). */
export function fromCube(metric: string): boolean {
	if (HARMONIZED_BY_ID.has(metric)) return true;
	const rate = RATE_BY_ID.get(metric);
	return rate !== undefined && rateFromCube(rate);
}

/**
 * A harmonized metric or rate (see fromCube) from one report's harmonized row: the value of
 * `metricValue`, without its approx flags and component lists.
 */
export function cubeNumber(row: HarmonizedRow | undefined, metric: string): number | null {
	const rate = RATE_BY_ID.get(metric);
	if (!rate) return num(row?.[metric]);
	return evaluateRate(rate, (id) => ({ value: num(row?.[id]) })).value;
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

function printed(
	index: ExplorerIndex,
	report: ReportRow,
	metric: string,
	applicant: string
): MetricValue {
	const f = index.fact.get(`${report.report_id}|${metric}|${applicant}`);
	return { value: f?.value ?? null, approx: f?.approx ?? false, metrics: [metric] };
}

export function metricValue(
	index: ExplorerIndex,
	report: ReportRow,
	metric: string,
	applicant: string
): MetricValue {
	if (HARMONIZED_BY_ID.has(metric)) return harmonized(index, report, metric, applicant);
	const rate = RATE_BY_ID.get(metric);
	if (rate) {
		const r = evaluateRate(rate, (id): Operand =>
			HARMONIZED_BY_ID.has(id)
				? harmonized(index, report, id, applicant)
				: printed(index, report, id, applicant)
		);
		return {
			value: r.value,
			numerator: r.numerator,
			denominator: r.denominator,
			approx: r.approx,
			metrics: r.metrics,
			complete: r.complete,
			missing: r.missing,
			small: r.small
		};
	}
	return printed(index, report, metric, applicant);
}
