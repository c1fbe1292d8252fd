/**
 * 表二 主动公开政府信息情况 of the post-2019 layouts. Rows are found by their labels between the
 * section heading and 表三; cells the text does not decide (a run-together "693665" could be
 * 69/36/65 or 6/93/665) are a warning and no fact — 表二 has no arithmetic to decide them, except
 * that a figure stated in the prose may pick one reading.
 */
import { placeUnderHeader } from './align-by-position';
import { consensusTrailing, fieldsAreCells, pipedPlacements } from './align-piped-cells';
import { blankCell, tokenCell, type Cell } from './decode-run-together';
import { signedSegmentations } from './decode-signed-cells';
import { floatedCells, type FloatedCell } from './floated-cells';
import { post2019Rows } from './layouts';
import type { Table2Row } from './layouts/layout-spec';
import type { CellToken } from './read-cell-run';
import type { RowRead } from './read-table-rows';
import { readTableRows } from './read-table-rows';
import { IN_FORCE, libraryCounts, statedTable2Figures } from './table2-prose-hints';
import type { Fact, ReportFormat, UndecidedRow, Warning } from './types';

export interface Table2Result {
	facts: Fact[];
	warnings: Warning[];
	undecided: UndecidedRow[];
}

/**
 * Gives each 第二十条第（一）项 row printed one cell short in a "|" table the floated cell of the
 * same rank (see floated-cells.ts) — only when there are exactly as many floated cells as short rows.
 */
function placeFloated(
	text: string,
	reads: readonly RowRead[],
	defOf: (r: RowRead) => Table2Row,
	from: number,
	to: number
): Map<RowRead, FloatedCell> {
	const placed = new Map<RowRead, FloatedCell>();
	const short = reads.filter(
		(r) =>
			r.run?.piped &&
			defOf(r).metrics.length === 3 &&
			r.run.tokens.length === 2 &&
			r.run.tokens.every((t) => t.kind === 'number')
	);
	const floated = short.length ? floatedCells(text, from, to) : null;
	if (floated?.length === short.length) short.forEach((r, i) => placed.set(r, floated[i]!));
	return placed;
}

export function extractTable2(
	text: string,
	format: ReportFormat,
	table3Start: number,
	proseFacts: readonly Fact[]
): Table2Result | null {
	const rows = post2019Rows(format)?.table2;
	if (!rows) return null;
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
	const undecidedRows: UndecidedRow[] = [];
	const prose = new Map<string, number[]>();
	for (const f of proseFacts)
		if (!f.approx) prose.set(f.metric, [...(prose.get(f.metric) ?? []), f.value]);
	const library = libraryCounts(text, starts[0]!);
	const stated = statedTable2Figures(text, starts[0]!);
	// "政府集中采购 2 45.82万元": an amount in 元 printed in 万元 (pingtan-shehuishiye_2019).
	const wanAfter = (metric: string, end: number): RegExpExecArray | null =>
		metric.endsWith('_yuan') && !metric.endsWith('10k_yuan')
			? /^\s*万元/.exec(text.slice(end))
			: null;
	const done = new Set<string>();
	// A report may print 表二 twice (PDF text and a re-extraction): read every rendering, keep the
	// first decided value of each metric.
	const blockStarts = starts.filter((s, i) => i === 0 || s - starts[i - 1]! > 400);
	blockStarts.forEach((from, b) => {
		// A block ends where the next one starts: a prose sentence that uses the heading's words
		// (pingtan_2019) must not make the table below it read, and warned about, twice.
		const to = Math.min(
			text.length,
			blockStarts[b + 1] ?? text.length,
			table3Start > from ? table3Start : from + 1500
		);
		const labelled = rows.map((r, i) => ({ metric: `row${i}`, pattern: r.label }));
		const reads = readTableRows(text, labelled, from, to, Infinity, 120, true);
		// Rows are read in the layout's order; a conversion that prints 第（五）–（八）项 as page text
		// before the "|" rows of 第（一）项 (shanghai-office_2025) leaves the earlier rows unfound:
		// read those again, in their own order.
		const found = new Set(reads.map((r) => r.metric));
		const missed = labelled.filter((r) => !found.has(r.metric));
		if (missed.length && reads.length)
			reads.push(...readTableRows(text, missed, from, to, Infinity, 120, true));
		const floatedBy = placeFloated(text, reads, (r) => rows[Number(r.metric.slice(3))]!, from, to);
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
			const floated = floatedBy.get(read);
			const tokens = floated ? [...read.run.tokens] : read.run.tokens;
			if (floated) {
				tokens.splice(floated.column, 0, floated.token);
				warnings.push({
					code: 'displaced_cell',
					message: `表二 ${def.metrics[floated.column]}: the cell "${floated.token.text}（${floated.note}）" is printed outside its row; its note names the column`,
					span_start: floated.token.start,
					span_end: floated.token.end
				});
			}
			const underHeader = floated ? null : placeUnderHeader(text, read.run, def.metrics.length);
			// Cells apart by spaces but fewer than the columns: a blank cell may have vanished as well
			// as two cells run together, and 表二 has no sum to tell which; so the row is also read
			// with each possible vanished blank, and only what every reading agrees on is taken
			// (a figure the prose states may still decide a column: pingtan-office_2021 "20 155").
			const blankMayHaveVanished =
				!floated &&
				!underHeader &&
				!read.run.piped &&
				tokens.length > 1 &&
				tokens.length < def.metrics.length;
			let options = floated ? [] : placed[k]!;
			if (options.length > 1 && options.some((p) => p.trailing === trailing))
				options = options.filter((p) => p.trailing === trailing);
			// Only a 本年增/减 cell is signed, so a minus or plus sign opens that column.
			let readings = (
				underHeader
					? [underHeader]
					: options.length
						? options.map((p) => p.cells)
						: [
								...signedSegmentations(tokens, def.metrics.length),
								...(blankMayHaveVanished ? withVanishedBlanks(tokens, def.metrics.length) : [])
							]
			).filter((cells) =>
				cells.every((c, i) => !/^[-+]/.test(c.raw) || def.metrics[i]!.endsWith('_change'))
			);
			// Readings that agree with more of what the prose states win (no agreement decides nothing):
			// "制发…9件，…废止文件7件，现行有效…253件" picks 9|7|253 of "97253"; "发布采购信息21条共
			// 5419886元" picks 21|5419886 of "215419886" (table2-prose-hints.ts).
			const agreement = (cells: { value: number | null; end: number }[]): number =>
				cells.filter((c, i) => {
					const metric = def.metrics[i]!;
					if (prose.get(metric)?.includes(c.value ?? NaN)) return true;
					const printed = (c.value ?? NaN) * (wanAfter(metric, c.end) ? 10000 : 1);
					if (stated.get(metric)?.some((v) => Math.abs(v - printed) < 1e-6)) return true;
					const pair = Object.values(IN_FORCE).find((k) => k.inForce === metric);
					const made = cells[def.metrics.indexOf(pair?.made ?? '')]?.value ?? 0;
					return (library.get(metric) ?? []).some((l) => c.value === l || c.value === l + made);
				}).length;
			const best = Math.max(0, ...readings.map(agreement));
			if (readings.length > 1 && best > 0) readings = readings.filter((r) => agreement(r) === best);
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
				const wan = wanAfter(metric, first.end);
				const end = wan ? first.end + wan[0].length : first.end;
				facts.push({
					metric,
					applicant: 'total',
					value: wan ? Number((first.value * 10000).toFixed(6)) : first.value,
					raw: text.slice(first.start, end),
					approx: false,
					span_start: first.start,
					span_end: end,
					method: first.decoded ? 'decoded' : 'table'
				});
			});
			if (undecided.length) {
				undecidedRows.push({
					metrics: [...def.metrics],
					undecided,
					readings: readings.map((cells) =>
						cells.map((c) => ({ value: c.value, raw: c.raw, start: c.start, end: c.end }))
					)
				});
				warnings.push({
					code: 'ambiguous_cells',
					message: `表二 ${undecided.join('/')}: "${read.run.tokens.map((t) => t.text).join(' ')}" can be read ${readings.length} ways and the report does not say which; no value is taken`,
					span_start: read.run.start,
					span_end: read.run.end
				});
			}
		}
	});
	return { facts, warnings, undecided: undecidedRows };
}

/**
 * The readings of whole cells `tokens` when the columns they leave over were blank and vanished:
 * every order-kept placement of the tokens among `count` columns, the other columns blank.
 */
function withVanishedBlanks(tokens: readonly CellToken[], count: number): Cell[][] {
	if (!tokens.every((t) => /^[-+]?\d+(?:\.\d+)?$/.test(t.text))) return [];
	const out: Cell[][] = [];
	const walk = (t: number, acc: Cell[]) => {
		if (acc.length === count) {
			if (t === tokens.length) out.push(acc);
			return;
		}
		const blank = blankCell(-1);
		if (count - acc.length > tokens.length - t) walk(t, [...acc, blank]);
		const tok = tokens[t];
		if (tok) walk(t + 1, [...acc, tokenCell(tok)]);
	};
	walk(0, []);
	return out;
}
