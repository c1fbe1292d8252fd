/**
 * 表三 收到和处理政府信息公开申请情况: every printed cell of the post-2019 layouts, per applicant
 * column. Run-together cells are decoded with the table's arithmetic (row sums, then the column
 * identities); what the arithmetic cannot decide is reported as ambiguous, never guessed.
 */
import { columnEdges, placeByPosition } from './align-by-position';
import { consensusTrailing, fieldsAreCells, pipedPlacements } from './align-piped-cells';
import { cellFact } from './cell-fact';
import { segmentations, type Cell } from './decode-run-together';
import { headerRows, maskHeaderRows } from './mask-header-rows';
import { maskPageChrome } from './mask-page-chrome';
import { readCellRun, type CellRun } from './read-cell-run';
import { outcomeLeaves, post2019Checks, post2019Rows } from './layouts';
import type { RowDef } from './layouts/layout-spec';
import { readTableRows, type RowRead } from './read-table-rows';
import { APPLICANT_COLUMNS, type Fact, type ReportFormat, type Warning } from './types';

const COLUMNS = APPLICANT_COLUMNS.length;

interface RowCandidates {
	read: RowRead;
	candidates: Cell[][];
	/** No split of the printed digits adds across: the candidates are every split there is. */
	sumFails?: boolean;
}

/** Splits kept for a row that adds up no way: more than this is noise, not a reading. */
const MAX_NON_SUMMING = 60;

export interface TableCells {
	/** metric → the seven cells (null where undecided or not printed). */
	rows: Map<string, (Cell | null)[]>;
	facts: Fact[];
	warnings: Warning[];
	start: number;
	end: number;
}

function rowSumHolds(cells: Cell[]): boolean {
	if (cells.some((c) => c.value === null)) return true;
	const parts = cells.slice(0, COLUMNS - 1).reduce((a, c) => a + (c.value ?? 0), 0);
	return Math.abs(parts - (cells[COLUMNS - 1]!.value ?? 0)) < 1e-9;
}

/**
 * The readings of a row: the splits that add across. A report can print a row that does not add
 * up (pingtan-ziran_2023 '8100008': seven digits, seven cells, 8 + 1 ≠ 8); then every split is a
 * candidate — one split is the reading, several are left to the column identities — and the
 * failing identity stays visible as a check.
 */
function candidatesFor(read: RowRead): Pick<RowCandidates, 'candidates' | 'sumFails'> {
	const tokens = read.run?.tokens ?? [];
	if (!tokens.length) return { candidates: [] };
	if (tokens.length === COLUMNS) return { candidates: segmentations(tokens, COLUMNS, 1) };
	if (tokens.length > COLUMNS) return { candidates: [] };
	const all = segmentations(tokens, COLUMNS, 5000);
	const adding = all.filter(rowSumHolds);
	if (adding.length || all.length > MAX_NON_SUMMING) return { candidates: adding };
	return { candidates: all, sumFails: all.length > 0 };
}

const LEAVES = new Map<ReportFormat, string[]>();

/** The rows whose sum is 总计 in the layout (from its spec's identities). */
function leafMetrics(layout: ReportFormat): string[] {
	let leaves = LEAVES.get(layout);
	if (!leaves) {
		const checks = post2019Checks(layout);
		leaves = checks ? outcomeLeaves(checks) : [];
		LEAVES.set(layout, leaves);
	}
	return leaves;
}

type Identity = 'balance' | 'outcomes';

/** True when every column identity of the given kinds that can be evaluated holds. */
function columnsHold(
	values: Map<string, Cell[]>,
	layout: ReportFormat,
	kinds: readonly Identity[] = ['balance', 'outcomes']
): boolean {
	const v = (metric: string, c: number): number | null | undefined => {
		const row = values.get(metric);
		return row ? row[c]!.value : undefined;
	};
	const leaves = leafMetrics(layout);
	for (let c = 0; c < COLUMNS; c++) {
		const a = [
			v('requests_new', c),
			v('requests_carried_over', c),
			v('outcome_total', c),
			v('requests_carried_forward', c)
		];
		if (
			kinds.includes('balance') &&
			a.every((x) => typeof x === 'number') &&
			a[0]! + a[1]! !== a[2]! + a[3]!
		)
			return false;
		const total = v('outcome_total', c);
		const parts = leaves.map((m) => v(m, c));
		if (
			kinds.includes('outcomes') &&
			typeof total === 'number' &&
			parts.every((x) => typeof x === 'number')
		) {
			if (Math.abs(parts.reduce((s: number, x) => s + (x as number), 0) - total) > 1e-9)
				return false;
		}
	}
	return true;
}

function readBlock(
	text: string,
	rows: readonly RowDef[],
	from: number,
	to: number
): RowCandidates[] {
	const reads = fillDisplacedRows(text, rows, readTableRows(text, rows, from, to, COLUMNS));
	// "|" rows: a blank cell is an empty field and keeps its column (never shifted, never filled).
	const placed = reads.map((r) =>
		r.run?.fields && fieldsAreCells(r.run.fields) ? pipedPlacements(r.run.fields, COLUMNS) : []
	);
	const trailing = consensusTrailing(placed);
	// Whitespace-aligned rows: a blank cell is spaces; place the numbers by their column.
	const edges = columnEdges(
		text,
		reads.map((r) => r.run),
		COLUMNS
	);
	const out: RowCandidates[] = reads.map((read, i) => {
		let options = placed[i]!;
		const positioned = edges && read.run ? placeByPosition(text, read.run, edges) : null;
		if (positioned) return { read, candidates: [positioned] };
		if (!options.length) return { read, ...candidatesFor(read) };
		if (options.length > 1) options = preferred(options, (p) => rowSumHolds(p.cells));
		if (options.length > 1) options = preferred(options, (p) => p.trailing === trailing);
		return { read, candidates: options.map((p) => p.cells) };
	});
	// A row printed with fewer digits than columns shows that blank cells vanished from this
	// table's text; then a row that adds up no way may be one whose blank vanished too, and its
	// splits are no reading (undecided, not guessed). Only where every row can fill its columns
	// is a non-summing row the printed one (pingtan-ziran_2023 '8100008').
	if (reads.some(blankVanished))
		for (const r of out) if (r.sumFails) Object.assign(r, { candidates: [], sumFails: false });
	return out;
}

/** Cells run together or apart, but too few digits to fill every column: a blank vanished. */
function blankVanished(read: RowRead): boolean {
	const tokens = read.run?.tokens ?? [];
	if (!tokens.length || tokens.length >= COLUMNS) return false;
	return segmentations(tokens, COLUMNS, 1).length === 0;
}

/** The options that satisfy `test`, or all of them when none does. */
function preferred<T>(options: T[], test: (o: T) => boolean): T[] {
	const kept = options.filter(test);
	return kept.length ? kept : options;
}

/**
 * PDF conversion sometimes moves a row's label away from its numbers (shanghai-office_2025): the
 * numbers then stand in a row of their own between two labelled rows. When the count of such
 * unlabelled rows between two labelled rows equals the count of rows missing between them, they
 * are those rows, in printed order. Any other count is left alone (no guess).
 */
function fillDisplacedRows(text: string, rows: readonly RowDef[], reads: RowRead[]): RowRead[] {
	const masked = maskPageChrome(text);
	const order = new Map(rows.map((r, i) => [r.metric, i]));
	const out: RowRead[] = [];
	for (let i = 0; i < reads.length; i++) {
		const a = reads[i]!;
		out.push(a);
		const b = reads[i + 1];
		if (!b || !a.run) continue;
		const missing = rows
			.slice(order.get(a.metric)! + 1, order.get(b.metric)!)
			.filter((r) => r.metric !== 'outcome_other');
		if (!missing.length) continue;
		const orphans: CellRun[] = [];
		let cursor = a.run.end;
		while (cursor < b.labelStart) {
			const run = readCellRun(masked, cursor, b.labelStart, COLUMNS);
			if (!run) break;
			if (run.tokens.length === COLUMNS) orphans.push(run);
			cursor = Math.max(run.end, cursor + 1);
		}
		if (orphans.length !== missing.length) continue;
		orphans.forEach((run, k) =>
			out.push({
				metric: missing[k]!.metric,
				labelStart: run.start,
				labelEnd: run.start,
				run,
				displaced: true
			})
		);
	}
	return out;
}

/** Picks, among the rows with several candidates, the combination the column identities allow. */
function resolve(
	block: RowCandidates[],
	layout: ReportFormat,
	warnings: Warning[]
): Map<string, (Cell | null)[]> {
	const fixed = new Map<string, Cell[]>();
	const open: RowCandidates[] = [];
	for (const r of block) {
		if (r.candidates.length === 1) fixed.set(r.read.metric, r.candidates[0]!);
		else if (r.candidates.length > 1) open.push(r);
	}
	const result = new Map<string, (Cell | null)[]>();
	for (const [m, cells] of fixed) result.set(m, cells);
	if (!open.length) return result;

	// Rows × candidates can explode on damaged input: search combinations only when few.
	const product = open.reduce((p, r) => p * r.candidates.length, 1);
	let surviving: Cell[][][] | null = null;
	if (product <= MAX_COMBINATIONS) {
		let combos: Cell[][][] = [[]];
		for (const r of open) {
			const next: Cell[][][] = [];
			for (const combo of combos) for (const c of r.candidates) next.push([...combo, c]);
			combos = next;
		}
		// All identities first. A report that breaks one of them whatever the reading (a column
		// with an outcome but no request) still decides its cells by the other: 总计 is by
		// definition the sum of the outcome rows above it.
		for (const kinds of IDENTITY_LEVELS) {
			surviving = combos.filter((combo) => {
				const values = new Map(fixed);
				open.forEach((r, i) => values.set(r.read.metric, combo[i]!));
				return columnsHold(values, layout, kinds);
			});
			if (surviving.length) break;
		}
		if (!surviving?.length) surviving = combos;
	}
	open.forEach((r, i) => {
		const options = surviving ? surviving.map((combo) => combo[i]!) : r.candidates;
		const cells = agreedCells(options);
		if (cells.some((c) => c === null)) {
			const run = r.read.run!;
			warnings.push({
				code: 'ambiguous_cells',
				message: `表三 ${r.read.metric}: "${text(run)}" splits ${r.candidates.length} ways that satisfy the table's arithmetic; undecided cells are left out`,
				span_start: run.start,
				span_end: run.end
			});
		}
		result.set(r.read.metric, cells);
	});
	return result;
}

const MAX_COMBINATIONS = 200000;
const IDENTITY_LEVELS: readonly (readonly Identity[])[] = [
	['balance', 'outcomes'],
	['outcomes'],
	['balance']
];

/** The cells on which every remaining reading agrees; null where they differ. */
function agreedCells(options: Cell[][]): (Cell | null)[] {
	const first = options[0]!;
	return first.map((cell, c) =>
		options.every(
			(o) => o[c]!.value === cell.value && o[c]!.start === cell.start && o[c]!.end === cell.end
		)
			? cell
			: null
	);
}

function text(run: { tokens: { text: string }[] }): string {
	return run.tokens.map((t) => t.text).join(' ');
}

/**
 * How much a rendering of the table can be trusted: cells read, explicit "|" rows, and above all
 * the column identities it satisfies (a rendering whose numbers drifted from their labels fails them).
 */
function score(block: RowCandidates[], layout: ReportFormat): number {
	let s = 0;
	const unique = new Map<string, Cell[]>();
	for (const r of block) {
		if (r.sumFails) continue;
		if (r.candidates.length === 1) {
			s += 2;
			unique.set(r.read.metric, r.candidates[0]!);
		} else if (r.candidates.length > 1) s += 1;
		if (r.read.run?.piped) s += 1;
	}
	return s + (columnsHold(unique, layout) ? 20 : -20);
}

export function extractTable3(source: string, layout: ReportFormat): TableCells | null {
	const rows = post2019Rows(layout)?.table3;
	if (!rows) return null;
	const starts: number[] = [];
	const first = new RegExp(rows[0]!.pattern.source, 'g');
	const unheaded = maskHeaderRows(source);
	for (let m = first.exec(unheaded); m; m = first.exec(unheaded)) starts.push(m.index);
	if (!starts.length) return null;
	let best: { block: RowCandidates[]; from: number; to: number } | null = null;
	starts.forEach((from, i) => {
		const to = starts[i + 1] ?? source.length;
		const block = readBlock(source, rows, from, to);
		if (!best || score(block, layout) > score(best.block, layout)) best = { block, from, to };
	});
	const chosen = best as unknown as { block: RowCandidates[]; from: number; to: number };
	const warnings: Warning[] = [];
	for (const r of chosen.block) {
		const tokens = r.read.run?.tokens ?? [];
		if (!r.candidates.length && tokens.length) {
			warnings.push({
				code: 'unreadable_row',
				message: `表三 ${r.read.metric}: cannot split "${text(r.read.run!)}" into ${COLUMNS} cells that add up`,
				span_start: r.read.run!.start,
				span_end: r.read.run!.end
			});
		}
	}
	for (const r of chosen.block) {
		if (!r.sumFails) continue;
		warnings.push({
			code: 'row_does_not_add_up',
			message: `表三 ${r.read.metric}: no split of "${text(r.read.run!)}" makes the six applicant cells add up to the total; ${r.candidates.length === 1 ? 'its digits allow one reading only' : 'the column identities decide the reading where they can'}, and the row's own sum is left failing`,
			span_start: r.read.run!.start,
			span_end: r.read.run!.end
		});
	}
	for (const r of chosen.block) {
		if (!r.read.displaced || !r.read.run) continue;
		warnings.push({
			code: 'displaced_label',
			message: `表三 ${r.read.metric}: its label is printed away from its numbers; the row is identified by its position between the rows around it`,
			span_start: r.read.run.start,
			span_end: r.read.run.end
		});
	}
	const cells = resolve(chosen.block, layout, warnings);
	headerMismatch(source, chosen, cells, warnings);
	const facts: Fact[] = [];
	for (const r of chosen.block) {
		const row = cells.get(r.read.metric);
		if (!row) continue;
		row.forEach((cell, c) => {
			const fact = cell && cellFact(r.read.metric, APPLICANT_COLUMNS[c]!, cell);
			if (fact) facts.push(fact);
		});
	}
	const last = chosen.block[chosen.block.length - 1];
	return {
		rows: cells,
		facts,
		warnings,
		start: chosen.from,
		end: last?.read.run?.end ?? chosen.to
	};
}

/** Row labels of 表三 that a garbled header prints over the applicant columns. */
const ROW_WORDS =
	/^(?:本年新收|上年结转|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|总计|结转下年)/;

/**
 * Records where the block's markdown headers name rows (本年新收 | 上年结转 | 予以公开…) over cells
 * whose row sums hold as the seven applicant columns: the arithmetic, not the header, decides.
 */
function headerMismatch(
	source: string,
	chosen: { block: RowCandidates[]; from: number; to: number },
	cells: Map<string, (Cell | null)[]>,
	warnings: Warning[]
): void {
	const misheaded = headerRows(source, chosen.from, chosen.to).filter(
		(h) => h.filter((f) => ROW_WORDS.test(f)).length >= 2 && !h.some((f) => /自然人/.test(f))
	);
	if (!misheaded.length) return;
	const summed = [...cells.values()].filter(
		(row) => row.every((c) => c && c.value !== null) && rowSumHolds(row as Cell[])
	);
	if (!summed.length) return;
	warnings.push({
		code: 'header_mismatch',
		message: `表三: ${misheaded.length} header row(s) name rows over the numbers ("${misheaded[0]!.join(' | ')}"), but ${summed.length} rows add up as the applicant columns (six parts = 总计): read as the applicant columns`
	});
}
