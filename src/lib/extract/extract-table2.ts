/**
 * 表二 主动公开政府信息情况 of the post-2019 layouts. Rows are found by their labels between the
 * section heading and 表三; cells the text does not decide (a run-together "693665" could be
 * 69/36/65 or 6/93/665) are a warning and no fact — 表二 has no arithmetic to decide them, except
 * that a figure stated in the prose may pick one reading.
 */
import type { Cell } from './decode-run-together';
import { signedSegmentations } from './decode-signed-cells';
import { readTableRows } from './read-table-rows';
import { TABLE2_ROWS_2019, TABLE2_ROWS_2021 } from './table2-rows';
import type { Fact, ReportFormat, Warning } from './types';

export interface Table2Result {
	facts: Fact[];
	warnings: Warning[];
}

export function extractTable2(
	text: string,
	format: ReportFormat,
	table3Start: number,
	proseFacts: readonly Fact[]
): Table2Result | null {
	const rows = format === 'post2019_2019' ? TABLE2_ROWS_2019 : TABLE2_ROWS_2021;
	// The table's own header words, not the section heading: prose above the table that mentions
	// 行政许可 or 规范性文件 with a number is not a table row. "信息内容" only as the header cell
	// before a column header, not in prose ("《网站和政务新媒体信息内容审查发布规范》").
	const heading =
		/第\s*二\s*十\s*条\s*第|信\s*息\s*内\s*容(?=[\s|｜]*(?:本\s*年|上\s*一\s*年|采\s*购))/g;
	const starts: number[] = [];
	for (let m = heading.exec(text); m; m = heading.exec(text)) starts.push(m.index);
	if (!starts.length) return null;
	const facts: Fact[] = [];
	const warnings: Warning[] = [];
	const prose = new Map<string, number[]>();
	for (const f of proseFacts)
		if (!f.approx) prose.set(f.metric, [...(prose.get(f.metric) ?? []), f.value]);
	const done = new Set<string>();
	// A report may print 表二 twice (PDF text and a re-extraction): read every rendering, keep the
	// first decided value of each metric.
	const blockStarts = starts.filter((s, i) => i === 0 || s - starts[i - 1]! > 400);
	for (const from of blockStarts) {
		const to = Math.min(text.length, table3Start > from ? table3Start : from + 1500);
		const labelled = rows.map((r, i) => ({ metric: `row${i}`, pattern: r.label }));
		for (const read of readTableRows(text, labelled, from, to, Infinity, 120, true)) {
			const def = rows[Number(read.metric.slice(3))]!;
			if (!read.run?.tokens.length) continue;
			if (def.metrics.every((m) => done.has(m))) continue;
			// Only a 本年增/减 cell is signed, so a minus or plus sign opens that column.
			let readings = signedSegmentations(read.run.tokens, def.metrics.length).filter((cells) =>
				cells.every((c, i) => !/^[-+]/.test(c.raw) || def.metrics[i]!.endsWith('_change'))
			);
			// The readings that agree with the most figures the prose states for this row's cells
			// ("制发…9件，…废止文件7件，现行有效…253件" picks 9|7|253 of "97253", where 9|72|53
			// agrees with one figure only).
			const agreeing = (cells: Cell[]) =>
				cells.filter((c, i) => prose.get(def.metrics[i]!)?.includes(c.value ?? NaN)).length;
			const most = Math.max(0, ...readings.map(agreeing));
			if (readings.length > 1 && most > 0) readings = readings.filter((r) => agreeing(r) === most);
			if (!readings.length) {
				warnings.push({
					code: 'unreadable_row',
					message: `表二 ${def.metrics.join('/')}: cannot read "${read.run.tokens.map((t) => t.text).join(' ')}" as ${def.metrics.length} cell(s)`,
					span_start: read.run.start,
					span_end: read.run.end
				});
				continue;
			}
			const undecided: string[] = [];
			def.metrics.forEach((metric, i) => {
				if (done.has(metric)) return;
				const first = readings[0]![i]!;
				const agreed = readings.every(
					(r) => r[i]!.value === first.value && r[i]!.start === first.start
				);
				if (!agreed) {
					undecided.push(metric);
					return;
				}
				done.add(metric);
				if (first.value === null) return;
				facts.push({
					metric,
					applicant: 'total',
					value: first.value,
					raw: first.raw,
					approx: false,
					span_start: first.start,
					span_end: first.end,
					method: first.decoded ? 'decoded' : 'table'
				});
			});
			if (undecided.length) {
				warnings.push({
					code: 'ambiguous_cells',
					message: `表二 ${undecided.join('/')}: "${read.run.tokens.map((t) => t.text).join(' ')}" can be read ${readings.length} ways and the report does not say which; no value is taken`,
					span_start: read.run.start,
					span_end: read.run.end
				});
			}
		}
	}
	return { facts, warnings };
}
