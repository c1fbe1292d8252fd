import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../extract/extract-report';
import { officialLayout, undecidedMetrics, undecidedSpan } from './official-layout';

const root = resolve(import.meta.dirname, '..', '..', '..');
const report = (stem: string) =>
	extractReport(readFileSync(resolve(root, 'data', 'reports', `${stem}.txt`), 'utf8'), stem);

describe('officialLayout', () => {
	it('lays out a 2021-layout report as 表二, 表三 with the seven applicant columns, 表四', () => {
		const r = report('pingtan_2021');
		const tables = officialLayout(r.report.format, r.facts, r.checks, r.warnings);
		expect(tables.map((t) => t.id)).toEqual(['table2', 'table3', 'table4', 'prose']);
		const t3 = tables[1]!;
		expect(t3.columns).toEqual([
			'natural_person',
			'legal_commercial',
			'legal_research',
			'legal_social',
			'legal_services',
			'legal_other',
			'total'
		]);
		expect(t3.rows[0]!.metric).toBe('requests_new');
		expect(t3.rows.at(-1)!.metric).toBe('requests_carried_forward');
		expect(tables[2]!.rows.map((r) => r.metric)).toContain('litigation_after_review_total');
	});

	it('marks cells the engine left undecided, and only those', () => {
		// pingtan_2021 prints 行政规范性文件 as "693665": three cells no arithmetic decides.
		const r = report('pingtan_2021');
		const t2 = officialLayout(r.report.format, r.facts, r.checks, r.warnings)[0]!;
		const undecided = t2.rows.flatMap((row) => row.cells.filter((c) => c.undecided));
		expect(undecided.map((c) => c.metric)).toEqual([
			'normative_docs_made',
			'normative_docs_repealed',
			'normative_docs_in_force'
		]);
		expect(undecided.every((c) => c.fact === null)).toBe(true);
		// Each undecided cell points at the printed run "693665".
		for (const c of undecided) {
			const span = undecidedSpan(r.warnings, c.metric)!;
			expect(r.text.slice(span.span_start, span.span_end)).toContain('693665');
		}
	});

	it('marks the cells of a failed check', () => {
		const cell = (metric: string) => ({
			metric,
			applicant: 'total' as const,
			value: 1,
			raw: '1',
			approx: false,
			span_start: 0,
			span_end: 1,
			method: 'table' as const
		});
		const tables = officialLayout(
			'post2019_2021',
			[cell('review_upheld'), cell('review_total')],
			[
				{
					check: 'table4_review',
					applicant: 'total',
					status: 'fail',
					expected: 2,
					actual: 1,
					detail: 'review_upheld + review_corrected + review_other + review_pending = review_total'
				}
			],
			[]
		);
		const t4 = tables.find((t) => t.id === 'table4')!;
		const failed = t4.rows.filter((r) => r.cells[0]!.failed).map((r) => r.metric);
		expect(failed).toEqual([
			'review_upheld',
			'review_corrected',
			'review_other',
			'review_pending',
			'review_total'
		]);
	});

	it('shows the rows a pre-2019 统计表 prints', () => {
		const r = report('zhuhai_2017');
		const tables = officialLayout(r.report.format, r.facts, r.checks, r.warnings);
		expect(tables[0]!.id).toBe('stat');
		expect(tables[0]!.rows.map((x) => x.metric)).toContain('requests_received');
	});

	it('lays out no table for a report whose layout is unknown (never the 2021 or 统计表 rows)', () => {
		// pingtan_2021's text with its 表二 and 表三 headings of the 2021 layout renamed as a layout
		// the registry does not know would print them.
		const text = readFileSync(resolve(root, 'data', 'reports', 'pingtan_2021.txt'), 'utf8')
			.replaceAll('本年制发件数', '本年新增件数')
			.replace(/逾\s*期\s*不\s*补\s*正/g, '撤回申请')
			.replaceAll('逾期未按收费', '转为其他程序');
		const r = extractReport(text, 'renamed');
		expect(r.report.format).toBe('unknown');
		expect(r.warnings.map((w) => w.code)).toContain('unknown_layout');
		const tables = officialLayout(r.report.format, r.facts, r.checks, r.warnings);
		expect(tables.map((t) => t.id)).toEqual([]);
		// The same text as printed is laid out in the 2021 layout's tables.
		const printed = report('pingtan_2021');
		expect(
			officialLayout(printed.report.format, printed.facts, printed.checks, printed.warnings).map(
				(t) => t.id
			)
		).toEqual(['table2', 'table3', 'table4', 'prose']);
	});

	it('reads the metrics out of the engine’s undecided-cell warnings', () => {
		expect(
			undecidedMetrics([
				{ code: 'ambiguous_cells', message: '表二 a_b/c_d: "12 3" can be read 2 ways' },
				{ code: 'unreadable_row', message: '表三 outcome_granted: cannot split "1 2"' },
				{ code: 'no_table4', message: '表四 was not found' }
			])
		).toEqual(new Set(['a_b', 'c_d', 'outcome_granted']));
	});
});
