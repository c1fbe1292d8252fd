/**
 * The extracted facts laid out as the report's official tables, for review before use: 表二, 表三
 * (applicant columns) and 表四 of the post-2019 layouts, or the pre-2019 统计表, then the figures
 * read from prose. Row lists are the engine's own: the layout's spec (src/lib/extract/layouts/);
 * a report whose layout is unknown shows its prose figures only. Each cell tells whether a check
 * that involves it failed, and whether the engine left it undecided.
 */
import { layoutSpec } from '../extract/layouts';
import {
	APPLICANT_COLUMNS,
	type Applicant,
	type Check,
	type Fact,
	type ReportFormat,
	type Warning
} from '../extract/types';

export interface LayoutCell {
	metric: string;
	applicant: Applicant;
	fact: Fact | null;
	/** The engine found this row's cells but could not decide this one. */
	undecided: boolean;
	/** A failed check involves this cell. */
	failed: boolean;
}

export interface LayoutTable {
	id: 'table2' | 'table3' | 'table4' | 'stat' | 'prose';
	columns: readonly Applicant[];
	rows: { metric: string; cells: LayoutCell[] }[];
}

const UNDECIDED_CODES = new Set(['ambiguous_cells', 'unreadable_row']);

/** The metrics a warning of the engine names ("表三 outcome_granted: …", "表二 a/b: …"). */
function warningMetrics(w: Warning): string[] {
	const m = /^(?:表[二三四]|统计表) ([a-z0-9_/]+):/.exec(w.message);
	return m?.[1]?.split('/') ?? [];
}

/** Metrics named by the engine's undecided-cell warnings. */
export function undecidedMetrics(warnings: readonly Warning[]): Set<string> {
	const out = new Set<string>();
	for (const w of warnings)
		if (UNDECIDED_CODES.has(w.code)) for (const metric of warningMetrics(w)) out.add(metric);
	return out;
}

/** The passage of a row the engine could not decide: its warning's span. */
export function undecidedSpan(
	warnings: readonly Warning[],
	metric: string
): { span_start: number; span_end: number } | null {
	const w = warnings.find(
		(x) =>
			UNDECIDED_CODES.has(x.code) &&
			x.span_start !== undefined &&
			warningMetrics(x).includes(metric)
	);
	return w ? { span_start: w.span_start!, span_end: w.span_end ?? w.span_start! } : null;
}

function failedKeys(checks: readonly Check[]): Set<string> {
	const out = new Set<string>();
	for (const c of checks) {
		if (c.status !== 'fail') continue;
		for (const metric of c.detail.match(/[a-z][a-z0-9_]+/g) ?? [])
			out.add(`${metric}|${c.applicant}`);
	}
	return out;
}

const unique = (ids: readonly string[]) => [...new Set(ids)];

export function officialLayout(
	format: ReportFormat,
	facts: readonly Fact[],
	checks: readonly Check[],
	warnings: readonly Warning[]
): LayoutTable[] {
	const cellFacts = new Map<string, Fact>();
	for (const f of facts) if (f.method !== 'prose') cellFacts.set(`${f.metric}|${f.applicant}`, f);
	const undecided = undecidedMetrics(warnings);
	const failed = failedKeys(checks);
	const cell = (metric: string, applicant: Applicant): LayoutCell => {
		const fact = cellFacts.get(`${metric}|${applicant}`) ?? null;
		return {
			metric,
			applicant,
			fact,
			undecided: !fact && undecided.has(metric),
			failed: failed.has(`${metric}|${applicant}`)
		};
	};
	const table = (
		id: LayoutTable['id'],
		metrics: readonly string[],
		columns: readonly Applicant[]
	): LayoutTable => ({
		id,
		columns,
		rows: metrics.map((metric) => ({ metric, cells: columns.map((a) => cell(metric, a)) }))
	});
	const tables: LayoutTable[] = [];
	const rows = layoutSpec(format)?.rows;
	if (rows?.kind === 'post2019') {
		tables.push(
			table(
				'table2',
				rows.table2.flatMap((r) => r.metrics),
				['total']
			)
		);
		tables.push(table('table3', unique(rows.table3.map((r) => r.metric)), APPLICANT_COLUMNS));
		tables.push(table('table4', rows.table4, ['total']));
	} else if (rows?.kind === 'stat') {
		// The 统计表 has many optional rows; those the report prints (or leaves undecided) are shown.
		const printed = unique(rows.rows.map((r) => r.metric)).filter(
			(m) => cellFacts.has(`${m}|total`) || undecided.has(m)
		);
		if (printed.length) tables.push(table('stat', printed, ['total']));
	}
	const prose = facts.filter((f) => f.method === 'prose');
	if (prose.length)
		tables.push({
			id: 'prose',
			columns: ['total'],
			rows: prose.map((f) => ({
				metric: f.metric,
				cells: [
					{
						metric: f.metric,
						applicant: f.applicant,
						fact: f,
						undecided: false,
						failed: failed.has(`${f.metric}|${f.applicant}`)
					}
				]
			}))
		});
	return tables;
}
