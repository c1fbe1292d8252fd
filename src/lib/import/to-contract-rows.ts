/**
 * Turns the engine's result for one imported report, with what the reader confirmed (region, unit,
 * year) and corrected (cells), into rows of the data contract's tables (reports, facts, checks,
 * warnings), marked imported. A corrected cell becomes a fact with method "corrected"; the value
 * the engine read stays in the record's corrections.
 */
import type { FactRow, RegionRow } from '../contract/rows';
import { computeChecks } from '../extract/compute-checks';
import type { ExtractResult } from '../extract/types';
import type { Correction, ImportRecord } from '../dataset/import-record';
import { undecidedSpan } from './official-layout';

export interface ConfirmedMeta {
	region_id: string;
	/** The region's Chinese name, as the reports table stores it. */
	region_name: string;
	unit: string;
	year: number;
	/** Set when region_id names a region the site does not know. */
	newRegion: RegionRow | null;
}

/** 办公厅/办公室 reports are one office's, not the whole region's (see data/reports/README.md). */
export function unitScopeOf(unit: string): string {
	return /办公厅|办公室/.test(unit) ? 'general-office' : 'whole-region';
}

export function newRegionId(hashHex: string): string {
	return `imported-${hashHex.slice(0, 12)}`;
}

/** The facts with the reader's corrections applied: a corrected cell replaces the engine's reading. */
export function applyCorrections(
	facts: readonly FactRow[],
	corrections: readonly Correction[],
	spanOf: (c: Correction) => [number, number]
): FactRow[] {
	if (!corrections.length) return [...facts];
	const key = (metric: string, applicant: string) => `${metric}|${applicant}`;
	const corrected = new Map(corrections.map((c) => [key(c.metric, c.applicant), c]));
	const out = facts.filter(
		(f) => f.method === 'prose' || !corrected.has(key(f.metric, f.applicant))
	);
	const template = facts[0];
	for (const c of corrections) {
		const [span_start, span_end] = spanOf(c);
		out.push({
			report_id: template?.report_id ?? '',
			region_id: template?.region_id ?? '',
			year: template?.year ?? null,
			metric: c.metric,
			applicant: c.applicant,
			value: c.value,
			raw: c.original_raw ?? String(c.value),
			approx: false,
			span_start,
			span_end,
			method: 'corrected'
		});
	}
	return out;
}

export function toContractRows(
	result: ExtractResult,
	reportId: string,
	meta: ConfirmedMeta,
	corrections: readonly Correction[],
	origin: string,
	spanOf: (c: Correction) => [number, number]
): Omit<ImportRecord, 'harmonized' | 'added'> {
	const base: FactRow[] = result.facts.map((f) => ({
		report_id: reportId,
		region_id: meta.region_id,
		year: meta.year,
		...f
	}));
	const facts = applyCorrections(base, corrections, spanOf).map((f) => ({
		...f,
		report_id: reportId,
		region_id: meta.region_id,
		year: meta.year
	}));
	const checks = (
		corrections.length
			? computeChecks(
					facts.map((f) => ({ ...f, applicant: f.applicant as never, method: f.method as never })),
					result.report.format
				)
			: result.checks
	).map((c) => ({ report_id: reportId, ...c }));
	const warnings = result.warnings.map((w) => ({
		report_id: reportId,
		code: w.code,
		message: w.message,
		span_start: w.span_start ?? null,
		span_end: w.span_end ?? null
	}));
	return {
		report_id: reportId,
		origin,
		report: {
			report_id: reportId,
			region_id: meta.region_id,
			region: meta.region_name,
			unit: meta.unit,
			unit_scope: unitScopeOf(meta.unit),
			year: meta.year,
			format: result.report.format,
			title: result.report.title,
			source: origin,
			text_chars: result.text.length,
			n_facts: facts.length,
			n_checks_failed: checks.filter((c) => c.status === 'fail').length,
			n_warnings: warnings.length,
			imported: true,
			period_months: result.report.period_months ?? 12
		},
		newRegion: meta.newRegion,
		facts,
		checks,
		warnings,
		corrections: [...corrections],
		text: result.text
	};
}

/** Where a corrected cell points in the text: the engine's reading, else its undecided row. */
export function spanOfCorrection(result: ExtractResult, c: Correction): [number, number] {
	const fact = result.facts.find(
		(f) => f.metric === c.metric && f.applicant === c.applicant && f.method !== 'prose'
	);
	if (fact) return [fact.span_start, fact.span_end];
	const span = undecidedSpan(result.warnings, c.metric);
	return span ? [span.span_start, span.span_end] : [0, 0];
}
