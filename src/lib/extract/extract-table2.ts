/**
 * 表二 主动公开政府信息情况 of the post-2019 layouts. Rows are found by their labels between the
 * section heading and 表三; cells the text does not decide (a run-together "693665" could be
 * 69/36/65 or 6/93/665) are a warning and no fact — 表二 has no arithmetic to decide them, except
 * that a figure stated in the prose may pick one reading.
 */
import { consensusTrailing, fieldsAreCells, pipedPlacements } from './align-piped-cells';
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
	// 行政许可 or 规范性文件 with a number is not a table row.
	const heading = /第\s*二\s*十\s*条\s*第|信\s*息\s*内\s*容/g;
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
		const reads = readTableRows(text, labelled, from, to, Infinity, 120, true);
		// "|" rows keep a blank cell in its column (align-piped-cells.ts).
		const placed = reads.map((read) => {
			const fields = read.run?.fields;
			const count = rows[Number(read.metric.slice(3))]!.metrics.length;
			return fields && fieldsAreCells(fields, true) ? pipedPlacements(fields, count, true) : [];
		});
		const trailing = consensusTrailing(placed);
		for (const [k, read] of reads.entries()) {
			const def = rows[Number(read.metric.slice(3))]!;
			if (!read.run?.tokens.length) continue;
			if (def.metrics.every((m) => done.has(m))) continue;
			const tokens = read.run.tokens;
			if (!read.run.piped && tokens.length > 1 && tokens.length < def.metrics.length) {
				// Cells apart by spaces but fewer than the columns: a blank cell may have vanished
				// as well as two cells run together, and 表二 has no sum to tell which.
				warnings.push({
					code: 'ambiguous_cells',
					message: `表二 ${def.metrics.join('/')}: "${tokens.map((t) => t.text).join(' ')}" has fewer cells than columns; a blank cell may have vanished, so no value is taken`,
					span_start: read.run.start,
					span_end: read.run.end
				});
				continue;
			}
			let options = placed[k]!;
			if (options.length > 1 && options.some((p) => p.trailing === trailing))
				options = options.filter((p) => p.trailing === trailing);
			// Only a 本年增/减 cell can be negative, so a minus sign opens that column.
			let readings = (
				options.length
					? options.map((p) => p.cells)
					: signedSegmentations(read.run.tokens, def.metrics.length)
			).filter((cells) =>
				cells.every((c, i) => !c.raw.startsWith('-') || def.metrics[i]!.endsWith('_change'))
			);
			const anchored = readings.filter((cells) =>
				cells.some((c, i) => prose.get(def.metrics[i]!)?.includes(c.value ?? NaN))
			);
			if (readings.length > 1 && anchored.length) readings = anchored;
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
