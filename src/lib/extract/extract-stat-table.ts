/**
 * The pre-2019 统计表: labelled rows with a unit and one value column (本年) or two (本年, 历年累计).
 * Found where several row labels followed by numbers cluster together, in any text form ("|",
 * whitespace, one cell per line, run together). A run-together "year + cumulative" pair is split
 * where the cumulative is not below the year, a part is not above its whole, and — to choose among
 * the rest — where group sums hold or the report's prose states the same figure. What stays
 * undecided is a warning and no fact. Cumulative values have no metric id and are not facts.
 */
import { fieldsAreCells, pipedPlacements } from './align-piped-cells';
import { cellFact } from './cell-fact';
import { segmentations, type Cell } from './decode-run-together';
import { maskPageChrome } from './mask-page-chrome';
import { readCellRun, type CellRun } from './read-cell-run';
import { PRE2019 } from './layouts/pre2019';
import { GROUP_ONLY_ROWS, STAT_ROWS, UNIT, type StatRowDef } from './layouts/pre2019-rows';
import type { Fact, Warning } from './types';

interface Hit {
	def: StatRowDef;
	/** For a group-only row: the group whose sum it belongs to. */
	group?: 'channels' | 'answers';
	metric: string;
	start: number;
	/** Where the label itself ends (before its unit). */
	labelEnd: number;
	end: number;
	unit: string;
}

interface Row {
	hit: Hit;
	run: CellRun;
	candidates: Cell[][];
}

const FOLLOW = new RegExp(`^[\\s|:：]*(${UNIT})?[\\s|)）]*(?=[\\d/—\\-无])`);
const GAP = 320;

function findHits(text: string): Hit[] {
	const hits: Hit[] = [];
	for (const def of STAT_ROWS) {
		def.pattern.lastIndex = 0;
		for (let m = def.pattern.exec(text); m; m = def.pattern.exec(text)) {
			const after = FOLLOW.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
			if (!after) continue;
			hits.push({
				def,
				metric: def.metric,
				start: m.index,
				labelEnd: m.index + m[0].length,
				end: m.index + m[0].length + after[0].length,
				unit: after[1] ?? ''
			});
		}
	}
	for (const g of GROUP_ONLY_ROWS) {
		g.pattern.lastIndex = 0;
		for (let m = g.pattern.exec(text); m; m = g.pattern.exec(text)) {
			const after = FOLLOW.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
			if (!after) continue;
			const def: StatRowDef = { metric: `group:${g.group}:${m[0]}`, pattern: g.pattern };
			hits.push({
				def,
				group: g.group,
				metric: def.metric,
				start: m.index,
				labelEnd: m.index + m[0].length,
				end: m.index + m[0].length + after[0].length,
				unit: after[1] ?? ''
			});
		}
	}
	hits.sort((a, b) => a.start - b.start || b.end - a.end);
	// Drop a hit inside a longer one ("申请总数" inside "受理申请总数").
	return hits.filter(
		(h, i) =>
			!hits.some(
				(o, j) =>
					j !== i && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start
			)
	);
}

/** The largest group of hits that follow each other closely: the table. */
function densestCluster(hits: Hit[]): Hit[] {
	let best: Hit[] = [];
	let current: Hit[] = [];
	for (const h of hits) {
		if (current.length && h.start - current[current.length - 1]!.end > GAP) current = [];
		current.push(h);
		if (current.length > best.length) best = [...current];
	}
	return best.length >= 3 ? best : [];
}

/**
 * "…申请数条003、信函…": the last digit is the next row's item number ("3、"), glued to this row's
 * cells. Drop it when an item marker and label text follow.
 */
function dropGluedItemNumber(text: string, run: CellRun): void {
	const last = run.tokens[run.tokens.length - 1];
	if (!last || last.kind !== 'number' || last.text.length < 2 || last.text.includes('.')) return;
	if (!/^[、.．]\s*[\u4e00-\u9fff]/.test(text.slice(last.end, last.end + 3))) return;
	last.text = last.text.slice(0, -1);
	last.end -= 1;
	run.end = last.end;
}

/** Gives the outcome rows (维持/纠错/其他情形) the block they are listed under. */
function assignOutcomes(hits: Hit[]): Hit[] {
	let block: string | null = null;
	const out: Hit[] = [];
	for (const h of hits) {
		if (h.metric === 'review_total') block = 'review';
		else if (h.metric === 'litigation_total') block = 'litigation';
		else if (h.metric === 'complaints_total') block = null;
		if (h.def.outcome) {
			if (!block) continue;
			out.push({ ...h, metric: `${block}_${h.def.outcome}` });
		} else out.push(h);
	}
	return out;
}

/** The pre-2019 layout's identities (its spec): group sums, and the whole each outcome row is part of. */
const IDENTITIES = PRE2019.checks.kind === 'stat' ? PRE2019.checks : null;
const SUMS: Record<string, readonly string[]> = Object.fromEntries(
	IDENTITIES ? [IDENTITIES.channels, IDENTITIES.answers].map((i) => [i.total, i.parts]) : []
);
const BLOCK_OF = new Map(
	(IDENTITIES?.blocks ?? []).flatMap((b) => b.parts.map((p) => [p, b.total] as const))
);

function parentOf(metric: string): string | undefined {
	return BLOCK_OF.get(metric) ?? STAT_ROWS.find((d) => d.metric === metric)?.parent;
}

/** Hard constraints: a part never exceeds its whole, in either column. */
function consistent(values: Map<string, Cell[]>, columns: number): boolean {
	for (const [metric, cells] of values) {
		const parent = parentOf(metric);
		const whole = parent ? values.get(parent) : undefined;
		if (!whole) continue;
		for (let c = 0; c < columns; c++) {
			const a = cells[c]?.value;
			const b = whole[c]?.value;
			if (a != null && b != null && a > b) return false;
		}
	}
	return true;
}

/**
 * Cumulative figures the prose states ("历年累计主动公开政府信息2027条", pingtan-ziran_2017): evidence
 * for the 历年累计 column. They are not facts (cumulative values have no metric id).
 */
const STATED_CUMULATIVE: readonly { metric: string; pattern: RegExp }[] = [
	{
		metric: 'proactive_total',
		pattern: /历年累计(?:共)?(?:主动)?公开(?:政府)?信息(?:数)?(?:共|为|达)?(\d+)\s*条/g
	},
	{
		metric: 'requests_received',
		pattern:
			/历年累计(?:共)?(?:受理|收到)(?:政府信息公开|依申请公开)?(?:的)?申请(?:数)?(?:共|为|达)?(\d+)\s*(?:件|条)/g
	}
];

function statedCumulatives(text: string): Map<string, number[]> {
	const out = new Map<string, number[]>();
	for (const { metric, pattern } of STATED_CUMULATIVE) {
		pattern.lastIndex = 0;
		for (let m = pattern.exec(text); m; m = pattern.exec(text))
			out.set(metric, [...(out.get(metric) ?? []), Number(m[1])]);
	}
	return out;
}

/** Soft evidence: sums that hold and figures the prose repeats (the year's, and the cumulative). */
function support(
	values: Map<string, Cell[]>,
	columns: number,
	prose: Map<string, number[]>,
	cumulative: Map<string, number[]>
): number {
	let score = 0;
	for (const [total, parts] of Object.entries(SUMS)) {
		const whole = values.get(total);
		const present = parts.map((p) => values.get(p)).filter((x): x is Cell[] => !!x);
		if (!whole || present.length < 2) continue;
		for (let c = 0; c < columns; c++) {
			const sum = present.reduce((s, cells) => s + (cells[c]?.value ?? 0), 0);
			if (sum === whole[c]?.value) score += 2;
		}
	}
	for (const [metric, cells] of values) {
		if (prose.get(metric)?.includes(cells[0]?.value ?? NaN)) score += 1;
		if (columns === 2 && cumulative.get(metric)?.includes(cells[1]?.value ?? NaN)) score += 1;
	}
	return score;
}

/** A value of a row without a metric id that belongs to a checked group (see GROUP_ONLY_ROWS). */
export interface GroupPart {
	group: 'channels' | 'answers';
	label: string;
	value: number | null;
}

export interface StatTableResult {
	facts: Fact[];
	groupParts: GroupPart[];
	warnings: Warning[];
	start: number;
	end: number;
}

export function extractStatTable(
	source: string,
	proseFacts: readonly Fact[]
): StatTableResult | null {
	const text = maskPageChrome(source);
	const cluster = assignOutcomes(densestCluster(findHits(text)));
	if (!cluster.length) return null;
	const start = cluster[0]!.start;
	const header = text.slice(Math.max(0, start - 200), cluster[cluster.length - 1]!.end);
	const columns = /累\s*计/.test(header) ? 2 : 1;
	const warnings: Warning[] = [];
	const seen = new Set<string>();
	const rows: Row[] = [];
	let blankVanished = false;
	cluster.forEach((hit, i) => {
		if (seen.has(hit.metric)) return;
		seen.add(hit.metric);
		const limit = cluster[i + 1]?.start ?? Math.min(text.length, hit.end + 80);
		const run = readCellRun(text, hit.end, limit, columns);
		if (!run || !run.tokens.length) return;
		// "…公开政府信息数82条，" is a sentence, not a table row: prose numbers carry their unit after them.
		if (new RegExp(`^\\s*${UNIT}\\s*[,，。；;、]`).test(text.slice(run.end, run.end + 8))) return;
		dropGluedItemNumber(text, run);
		let candidates: Cell[][] = [];
		// A "|" row keeps a blank cell in its column: read its fields from the label on.
		const piped = run.piped ? readCellRun(text, hit.labelEnd, limit, columns)?.fields : undefined;
		const placed = piped && fieldsAreCells(piped) ? pipedPlacements(piped, columns) : [];
		if (placed.length === 1) candidates = [placed[0]!.cells];
		else if (run.tokens.length === columns) candidates = segmentations(run.tokens, columns, 1);
		else if (run.tokens.length < columns)
			candidates = segmentations(run.tokens, columns).filter(
				(c) =>
					columns < 2 ||
					c[0]!.value === null ||
					c[1]!.value === null ||
					c[0]!.value! <= c[1]!.value!
			);
		if (!candidates.length) {
			// Too few digits for the columns ("行政诉讼数量件0" of a year | cumulative table): a blank
			// cell vanished from this table's text.
			if (!run.piped && run.tokens.length < columns && !segmentations(run.tokens, columns).length)
				blankVanished = true;
			warnings.push({
				code: 'unreadable_row',
				message: `统计表 ${hit.metric}: cannot read "${run.tokens.map((t) => t.text).join(' ')}" as ${columns} value(s)`,
				span_start: run.start,
				span_end: run.end
			});
			return;
		}
		rows.push({ hit, run, candidates });
	});

	// A table whose rows print their two values apart (a space, a line) lost a blank wherever a
	// row shows one number: that number may be either value, so such a row is not split. So does a
	// run-together table where one row has too few digits for its columns: a blank vanished there,
	// so any row's digits may hold one value and a vanished blank.
	const apart = columns > 1 && rows.some((r) => r.run.tokens.length === columns && !r.run.piped);
	if (apart || blankVanished)
		for (const r of rows.filter((r) => r.run.tokens.length < columns && !r.run.piped)) {
			warnings.push({
				code: 'ambiguous_cells',
				message: `统计表 ${r.hit.metric}: "${r.run.tokens.map((t) => t.text).join(' ')}" prints fewer values than the table's ${columns} columns, ${apart ? 'whose other rows print them apart' : 'and another row has too few digits for them'}: a blank cell vanished and the text does not say which; no value is taken`,
				span_start: r.run.start,
				span_end: r.run.end
			});
			rows.splice(rows.indexOf(r), 1);
		}
	const prose = new Map<string, number[]>();
	for (const f of proseFacts)
		if (!f.approx) prose.set(f.metric, [...(prose.get(f.metric) ?? []), f.value]);

	const cumulative = statedCumulatives(source);
	const fixed = new Map<string, Cell[]>();
	const open = rows.filter((r) => r.candidates.length > 1);
	for (const r of rows) if (r.candidates.length === 1) fixed.set(r.hit.metric, r.candidates[0]!);
	const chosen = new Map<string, (Cell | null)[]>(fixed);
	if (open.length) {
		// Search combinations only when few; damaged input can make them explode.
		const product = open.reduce((p, r) => p * r.candidates.length, 1);
		let combos: Cell[][][] = [];
		if (product <= 50000) {
			combos = [[]];
			for (const r of open)
				combos = combos.flatMap((combo) => r.candidates.map((c) => [...combo, c]));
		}
		const scored = combos
			.map((combo) => {
				const values = new Map(fixed);
				open.forEach((r, i) => values.set(r.hit.metric, combo[i]!));
				return {
					combo,
					ok: consistent(values, columns),
					score: support(values, columns, prose, cumulative)
				};
			})
			.filter((s) => s.ok);
		const top = scored.reduce((m, s) => Math.max(m, s.score), -Infinity);
		const best = scored.filter((s) => s.score === top);
		open.forEach((r, i) => {
			const cells = r.candidates[0]!.map((_, c) => {
				if (!best.length) return null;
				const first = best[0]!.combo[i]![c]!;
				return best.every(
					(b) => b.combo[i]![c]!.value === first.value && b.combo[i]![c]!.start === first.start
				)
					? first
					: null;
			});
			if (cells[0] === null) {
				warnings.push({
					code: 'ambiguous_cells',
					message: `统计表 ${r.hit.metric}: "${r.run.tokens.map((t) => t.text).join(' ')}" splits ${r.candidates.length} ways; the table and the prose do not decide, so no value is taken`,
					span_start: r.run.start,
					span_end: r.run.end
				});
			}
			chosen.set(r.hit.metric, cells);
		});
	}

	const facts: Fact[] = [];
	const groupParts: GroupPart[] = [];
	for (const r of rows) {
		const cell = chosen.get(r.hit.metric)?.[0];
		if (r.hit.group) {
			groupParts.push({
				group: r.hit.group,
				label: text.slice(r.hit.start, r.hit.end).trim(),
				value: cell?.value ?? null
			});
			continue;
		}
		const fact = cell && cellFact(r.hit.metric, 'total', cell);
		if (!fact) continue;
		const toYuan = r.hit.metric === 'fees_amount_yuan' && r.hit.unit === '万元' ? 10000 : 1;
		facts.push({ ...fact, value: Math.round(fact.value * toYuan * 1e6) / 1e6 });
	}
	const last = rows[rows.length - 1];
	return { facts, groupParts, warnings, start, end: last ? last.run.end : start };
}
