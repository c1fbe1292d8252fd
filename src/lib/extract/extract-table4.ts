/**
 * 表四 政府信息公开行政复议、行政诉讼情况: one row of cells (in both post-2019 layouts fifteen — 行政复议
 * (维持, 纠正, 其他, 尚未审结, 总计), then 行政诉讼 未经复议直接起诉 and 复议后起诉, the same five each),
 * whose metrics and block sums are the layout's (layouts/). Run-together digits are decoded with
 * the block sums.
 */
import { placeUnderHeader } from './align-by-position';
import { fieldsAreCells, pipedPlacements } from './align-piped-cells';
import { cellFact } from './cell-fact';
import { segmentations, type Cell } from './decode-run-together';
import { maskPageChrome } from './mask-page-chrome';
import { readCellRun } from './read-cell-run';
import type { SumIdentity } from './layouts/layout-spec';
import type { Fact, Warning } from './types';

/** A block sum as cell positions: the parts' and the total's. */
interface Block {
	parts: number[];
	total: number;
}

function blocksHold(cells: Cell[], blocks: readonly Block[]): boolean {
	for (const b of blocks) {
		const block = [...b.parts, b.total].map((i) => cells[i]!);
		if (block.some((c) => c.value === null)) continue;
		const sum = b.parts.reduce((s, i) => s + cells[i]!.value!, 0);
		if (sum !== cells[b.total]!.value) return false;
	}
	return true;
}

export interface Table4Result {
	facts: Fact[];
	warnings: Warning[];
	/** The span of the table's number row. */
	start: number;
	end: number;
}

/** Reads 表四 after `from`: its cells are `metrics`, its block sums `sums` (the layout's). */
export function extractTable4(
	source: string,
	from: number,
	metrics: readonly string[],
	sums: readonly SumIdentity[]
): Table4Result | null {
	const count = metrics.length;
	const blocks: Block[] = sums.map((b) => ({
		parts: b.parts.map((m) => metrics.indexOf(m)),
		total: metrics.indexOf(b.total)
	}));
	const hold = (cells: Cell[]) => blocksHold(cells, blocks);
	const text = maskPageChrome(source);
	const heading = /行\s*政\s*复\s*议/g;
	heading.lastIndex = from;
	const warnings: Warning[] = [];
	let unsplit: ReturnType<typeof readCellRun> = null;
	for (let h = heading.exec(text); h; h = heading.exec(text)) {
		let cursor = h.index + h[0].length;
		const stop = Math.min(text.length, cursor + 1200);
		for (let tries = 0; tries < 6 && cursor < stop; tries++) {
			const run = readCellRun(text, cursor, stop);
			if (!run) break;
			cursor = run.end + 1;
			// A "|" row keeps its blank cells as empty fields; whitespace-aligned, a blank cell is
			// only spaces: place by the header's columns.
			const fields = run.piped && run.fields && fieldsAreCells(run.fields) ? run.fields : null;
			const piped = fields ? pipedPlacements(fields, count).filter((p) => hold(p.cells)) : [];
			const placed = piped.length === 1 ? piped[0]!.cells : placeUnderHeader(text, run, count);
			const digits = run.tokens.reduce((s, t) => s + t.text.replace(/\D/g, '').length, 0);
			if (!placed && (run.tokens.length > count || (digits < count && run.tokens.length < count)))
				continue;
			const all = placed
				? [placed]
				: run.tokens.length === count
					? segmentations(run.tokens, count, 1)
					: segmentations(run.tokens, count).filter(hold);
			if (!all.length) {
				unsplit ??= run;
				continue;
			}
			const cells: (Cell | null)[] = all[0]!.map((first, i) =>
				all.every((c) => c[i]!.value === first.value && c[i]!.start === first.start) ? first : null
			);
			if (cells.some((c) => c === null)) {
				warnings.push({
					code: 'ambiguous_cells',
					message: `表四: "${run.tokens.map((t) => t.text).join(' ')}" splits ${all.length} ways that satisfy the block sums; undecided cells are left out`,
					span_start: run.start,
					span_end: run.end
				});
			}
			const facts: Fact[] = [];
			cells.forEach((cell, i) => {
				const fact = cell && cellFact(metrics[i]!, 'total', cell);
				if (fact) facts.push(fact);
			});
			return { facts, warnings, start: run.start, end: run.end };
		}
	}
	if (unsplit)
		warnings.push({
			code: 'unreadable_row',
			message: `表四: cannot split "${unsplit.tokens.map((t) => t.text).join(' ')}" into ${count} cells whose block sums hold; no value is taken`,
			span_start: unsplit.start,
			span_end: unsplit.end
		});
	return warnings.length ? { facts: [], warnings, start: unsplit!.start, end: unsplit!.end } : null;
}
