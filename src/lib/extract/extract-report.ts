/**
 * Turns one report file into facts, checks and warnings. Pure TypeScript with no Node-only imports:
 * the data build runs it in Node and the import panel runs it in a browser worker.
 * It never throws: an unreadable report yields a warning and no facts.
 */
import { computeChecks, type GroupPartValue } from './compute-checks';
import { extractProse } from './extract-prose';
import { extractStatTable } from './extract-stat-table';
import { extractTable2 } from './extract-table2';
import { extractTable3 } from './extract-table3';
import { extractTable4 } from './extract-table4';
import { parseFrontMatter } from './front-matter';
import { htmlToText, looksLikeHtml } from './html-to-text';
import { identifyLayout } from './layouts/identify-layout';
import { layoutSpec } from './layouts';
import { normalizeText } from './normalize-text';
import type { ExtractResult, Fact, ReportMeta, UndecidedRow, Warning } from './types';

function detectYear(text: string): number | null {
	const m = /((?:19|20)\d{2})\s*年度?\s*(?:政府信息公开|政务公开)/.exec(text);
	return m ? Number(m[1]) : null;
}

function detectTitle(text: string): string {
	const m = /[^\n。]{0,40}政府信息公开工作年度报告/.exec(text);
	return m ? m[0].replace(/^[\s标题:：]+/, '').trim() : '';
}

/** The front matter's `period_months` (1–11 for a report of part of a year), else 12. */
function periodMonths(field: string | undefined): number {
	const n = Number(field);
	return Number.isInteger(n) && n >= 1 && n <= 12 ? n : 12;
}

export function extractReport(fileText: string, reportId: string): ExtractResult {
	const warnings: Warning[] = [];
	const { fields, body } = parseFrontMatter(fileText);
	const text = normalizeText(looksLikeHtml(body) ? htmlToText(body) : body);
	const year = fields.year ? Number(fields.year) : detectYear(text);
	const identified = identifyLayout(text, year !== null && Number.isFinite(year) ? year : null);
	const format = identified.format;
	if (identified.warning) warnings.push(identified.warning);
	const layout = layoutSpec(format);
	const report: ReportMeta = {
		report_id: reportId,
		region_id: fields.region_code ?? '',
		region: normalizeText(fields.region ?? ''),
		unit: normalizeText(fields.unit ?? ''),
		unit_scope: fields.unit_scope ?? '',
		year: year !== null && Number.isFinite(year) ? year : null,
		format,
		province: fields.province ?? '',
		level: fields.level ?? '',
		parent_id: fields.parent_code ?? '',
		source: fields.source ?? '',
		title: detectTitle(text),
		period_months: periodMonths(fields.period_months)
	};
	const facts: Fact[] = [];
	const groupParts: GroupPartValue[] = [];
	const undecided: UndecidedRow[] = [];
	const tableSpans: [number, number][] = [];
	try {
		// Prose once, first: a figure the prose states helps decide a run-together table cell;
		// prose inside a table's span is dropped below.
		const prose = extractProse(text, format, () => false);
		if (layout?.rows.kind === 'post2019') {
			const t3 = extractTable3(text, format);
			if (t3) {
				facts.push(...t3.facts);
				warnings.push(...t3.warnings);
				tableSpans.push([t3.start, t3.end]);
			} else
				warnings.push({
					code: 'no_table3',
					message: '表三 (收到和处理政府信息公开申请情况) was not found'
				});
			const t2 = extractTable2(text, format, t3?.start ?? text.length, prose);
			if (t2) {
				facts.push(...t2.facts);
				warnings.push(...t2.warnings);
				undecided.push(...t2.undecided);
			}
			const identities = layout.checks.kind === 'post2019' ? layout.checks.blocks : [];
			const t4 = extractTable4(text, t3?.end ?? 0, layout.rows.table4, identities);
			if (t4) {
				facts.push(...t4.facts);
				warnings.push(...t4.warnings);
				tableSpans.push([t4.start, t4.end]);
			} else
				warnings.push({ code: 'no_table4', message: '表四 (行政复议、行政诉讼) was not found' });
		} else if (layout?.rows.kind === 'stat') {
			const stat = extractStatTable(text, prose);
			if (stat) {
				facts.push(...stat.facts);
				groupParts.push(...stat.groupParts);
				warnings.push(...stat.warnings);
				tableSpans.push([stat.start, stat.end]);
			}
		}
		const inTable = (s: number, e: number) => tableSpans.some(([a, b]) => s < b && e > a);
		facts.push(...prose.filter((f) => !inTable(f.span_start, f.span_end)));
	} catch (error) {
		warnings.push({
			code: 'engine_error',
			message: `extraction stopped: ${(error as Error).message}`
		});
	}
	if (report.year === null)
		warnings.push({ code: 'no_year', message: 'the report year was not found' });
	const checks = computeChecks(facts, format, groupParts);
	return { report, text, facts, checks, warnings, ...(undecided.length ? { undecided } : {}) };
}
