/**
 * Seeded fuzz test of the extraction engine: thousands of inputs derived from the real reports
 * (data/reports) by truncation, shuffling, character edits, digit mutations, duplicated tables,
 * long lines, random Unicode, full-width digits, traditional characters and CRLF.
 *
 * For every input, `extractReport` must:
 *   - not throw, and not stop on an internal exception (an `engine_error` warning);
 *   - emit only finite fact values ≥ 0 (metrics ending in `_change`, the 2019 layout's 本年增/减
 *     cells, may be negative);
 *   - give every fact a span with 0 ≤ span_start < span_end ≤ text.length covering exactly `raw`;
 *   - give every warning span (when present) in bounds, every check a known status and finite or
 *     null expected/actual values;
 *   - finish (a case over MAX_CASE_MS is logged; one past KILL_MS is a hang and fails).
 *
 * The engine runs in a worker thread with a memory limit: a case that runs past KILL_MS or
 * exhausts the worker's heap is stopped, reported as a failure, and the next case gets a new worker.
 *
 * The seed is fixed so a failure reproduces: it prints seed, family and case index. Override with
 * FUZZ_SEED, FUZZ_CASES (total) or FUZZ_CASE=<family>#<index> (run one case only); FUZZ_DUMP=<dir>
 * writes each failing input to <dir>/<family>#<index>.txt.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeReportBytes } from '../../src/lib/extract/decode-bytes.ts';
import { T2S_PAIRS } from '../../src/lib/extract/traditional-to-simplified-table.ts';
import { LAYOUTS } from '../../src/lib/extract/layouts/index.ts';
import { STAT_ROWS } from '../../src/lib/extract/layouts/pre2019-rows.ts';
import type { ExtractResult } from '../../src/lib/extract/types.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261123) >>> 0;
const TOTAL_CASES = Number(process.env.FUZZ_CASES ?? 2400);
const ONLY = process.env.FUZZ_CASE ?? '';
/** A folder to write every failing input to, for reducing it by hand. */
const DUMP = process.env.FUZZ_DUMP ?? '';
const MAX_CASE_MS = 2000;
/** A case still running after this long is stopped (and fails). */
const KILL_MS = 10_000;
/** A family stops after this many stopped cases, to keep the test's time bounded. */
const MAX_KILLS = 2;
/** Time budgets of the whole run and of one family of cases (normally ~20 s and ~1 s). */
const RUN_BUDGET_MS = 55_000;
const FAMILY_BUDGET_MS = 10_000;
const MIN_FAMILY_MS = 2_000;
const WORKER_HEAP_MB = 512;
/** Like the main thread of Node (984 KB), which the data build and ingest CLI run on. */
const WORKER_STACK_MB = 0.96;

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a tiny, fast 32-bit PRNG; the same seed gives the same sequence everywhere. */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

class Rng {
	private readonly next: () => number;
	constructor(seed: number) {
		this.next = mulberry32(seed);
	}
	/** An integer in [0, n). */
	int(n: number): number {
		return Math.floor(this.next() * Math.max(0, n));
	}
	/** An integer in [lo, hi]. */
	range(lo: number, hi: number): number {
		return lo + this.int(hi - lo + 1);
	}
	chance(p: number): boolean {
		return this.next() < p;
	}
	pick<T>(items: readonly T[]): T {
		return items[this.int(items.length)]!;
	}
	shuffle<T>(items: T[]): T[] {
		for (let i = items.length - 1; i > 0; i--) {
			const j = this.int(i + 1);
			[items[i], items[j]] = [items[j]!, items[i]!];
		}
		return items;
	}
}

/** One independent stream per case, so a single case can be rerun without the others. */
function caseSeed(family: number, index: number): number {
	let h = SEED ^ Math.imul(family + 1, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
	return (h ^ (h >>> 15)) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// The corpus

interface Report {
	id: string;
	text: string;
	/** Length of the front-matter block (0 when there is none). */
	frontMatterEnd: number;
}

const root = resolve(import.meta.dirname, '..', '..');
const reportsDir = resolve(root, 'data', 'reports');

function loadCorpus(): Report[] {
	return readdirSync(reportsDir)
		.filter((f) => f.endsWith('.txt') && !/^readme/i.test(f))
		.sort()
		.map((f) => {
			const decoded = decodeReportBytes(new Uint8Array(readFileSync(resolve(reportsDir, f))));
			if (!decoded.ok) throw new Error(`${f}: ${decoded.message}`);
			const fm = /^---\n[\s\S]*?\n---\n?/.exec(decoded.text);
			return {
				id: f.replace(/\.txt$/, ''),
				text: decoded.text,
				frontMatterEnd: fm?.[0].length ?? 0
			};
		});
}

const corpus = loadCorpus();

// ---------------------------------------------------------------------------------------------
// Mutations. Each takes the case's random stream and a text and returns the mutated text.

type Mutate = (rng: Rng, text: string, report: Report) => string;

const MARKS = ['|', '/', '—', '无', '-', '——', ' | ', ' / ', '不适用'];
const ASTRAL = ['𠀀', '😀', '𝟘', '𪚥', '🀄'];

function digits(rng: Rng, n: number): string {
	let s = '';
	for (let i = 0; i < n; i++) s += String(rng.int(10));
	return s;
}

function insertAt(text: string, at: number, piece: string): string {
	return text.slice(0, at) + piece + text.slice(at);
}

/** Positions of ASCII digits, or every position when there are none. */
function digitPositions(text: string): number[] {
	const out: number[] = [];
	for (let i = 0; i < text.length; i++)
		if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) out.push(i);
	return out.length ? out : [...Array(text.length + 1).keys()];
}

/** A position in the body, preferring the tables: 表三/统计表 keywords when present. */
function tableStart(rng: Rng, text: string): number {
	const keys = ['收到和处理政府信息公开申请情况', '本年新收', '统计表', '行政复议', '主动公开'];
	const hits = keys.map((k) => text.indexOf(k)).filter((i) => i >= 0);
	return hits.length ? rng.pick(hits) : rng.int(text.length);
}

const truncate: Mutate = (rng, text) => text.slice(0, rng.int(text.length + 1));

const truncateFrontMatter: Mutate = (rng, text, r) =>
	text.slice(0, rng.int(Math.max(1, r.frontMatterEnd + 2)));

/** Puts an astral character somewhere and cuts between its two UTF-16 halves. */
const truncateSurrogate: Mutate = (rng, text) => {
	const at = rng.int(text.length + 1);
	const withAstral = insertAt(text, at, rng.pick(ASTRAL));
	return rng.chance(0.5) ? withAstral.slice(0, at + 1) : withAstral.slice(at + 1);
};

const shuffleLines: Mutate = (rng, text) => {
	const lines = text.split('\n');
	if (rng.chance(0.5)) return rng.shuffle(lines).join('\n');
	const from = rng.int(lines.length);
	const to = Math.min(lines.length, from + rng.range(2, 40));
	const window = rng.shuffle(lines.slice(from, to));
	return [...lines.slice(0, from), ...window, ...lines.slice(to)].join('\n');
};

const shuffleChunks: Mutate = (rng, text) => {
	const cuts = [
		0,
		...Array.from({ length: rng.range(1, 12) }, () => rng.int(text.length)),
		text.length
	];
	cuts.sort((a, b) => a - b);
	const chunks = cuts.slice(1).map((end, i) => text.slice(cuts[i]!, end));
	return rng.shuffle(chunks).join('');
};

function randomChar(rng: Rng, text: string): string {
	switch (rng.int(5)) {
		case 0:
			return String(rng.int(10));
		case 1:
			return rng.pick(['|', '/', '—', '无', ' ', '\n', '.', '、', ',', '\t']);
		case 2:
			return text[rng.int(text.length)] ?? 'x';
		case 3:
			return String.fromCharCode(0x4e00 + rng.int(0x5200));
		default:
			return rng.pick(MARKS);
	}
}

const charEdits: Mutate = (rng, text) => {
	let out = text;
	const edits = rng.range(1, 60);
	for (let i = 0; i < edits; i++) {
		const at = rng.int(out.length + 1);
		const op = rng.int(3);
		if (op === 0) out = out.slice(0, at) + out.slice(at + rng.range(1, 3));
		else if (op === 1) out = insertAt(out, at, randomChar(rng, out));
		else out = insertAt(out, at, out.slice(at, at + rng.range(1, 20)));
	}
	return out;
};

const replaceDigits: Mutate = (rng, text) => {
	const chars = text.split('');
	const positions = digitPositions(text).filter((p) => p < chars.length);
	const n = rng.range(1, Math.max(1, Math.min(200, positions.length)));
	for (let i = 0; i < n && positions.length; i++) chars[rng.pick(positions)] = String(rng.int(10));
	return chars.join('');
};

const insertDigitRuns: Mutate = (rng, text) => {
	let out = text;
	const n = rng.range(1, 8);
	for (let i = 0; i < n; i++) {
		const len = rng.pick([12, 20, 60, 60, 120, 320, 400]);
		const run = rng.chance(0.2) ? '0'.repeat(len) : digits(rng, len);
		out = insertAt(
			out,
			rng.pick(digitPositions(out)),
			rng.chance(0.3) ? `${run}.${digits(rng, 3)}` : run
		);
	}
	return out;
};

/** Table cells in the forms the decoder sees: run-together digits, absent marks, pipes. */
function cellRun(rng: Rng): string {
	const cells = Array.from({ length: rng.range(1, 4) }, () =>
		rng.chance(0.4) ? rng.pick(['/', '—', '无', '-']) : digits(rng, rng.range(1, 24))
	);
	return cells.join(rng.pick([' ', ' | ', '\n', '']));
}

/** One long run-together cell, sometimes after an absent mark: many ways to split it. */
function longRun(rng: Rng): string {
	const run = digits(rng, rng.range(15, 45)).replace(/^0/, '1');
	return rng.chance(0.3) ? `${rng.pick(['/', '—', '无'])} ${run}` : run;
}

/** Replaces a few consecutive digit runs (the rows of one table) with generated cell runs. */
const tableCells: Mutate = (rng, text) => {
	const runs = [...text.matchAll(/\d+/g)];
	if (!runs.length) return text;
	const from = rng.int(runs.length);
	const make = rng.chance(0.5) ? cellRun : longRun;
	let out = '';
	let last = 0;
	for (const m of runs.slice(from, from + rng.range(1, 8))) {
		out += text.slice(last, m.index) + make(rng);
		last = m.index + m[0].length;
	}
	return out + text.slice(last);
};

/** Every row label the table readers look for (表二, 表三 of every layout, the pre-2019 统计表). */
const ROW_LABELS: readonly RegExp[] = [
	...LAYOUTS.flatMap((l) => (l.rows.kind === 'post2019' ? l.rows.table2.map((r) => r.label) : [])),
	...LAYOUTS.flatMap((l) =>
		l.rows.kind === 'post2019' ? l.rows.table3.map((r) => r.pattern) : []
	),
	...STAT_ROWS.map((r) => r.pattern)
].map((p) => new RegExp(p.source, 'g'));

/** Where each labelled row's cells are (or would be) in the text, in text order. */
function rowCellSpans(text: string): [number, number][] {
	const ends = new Set<number>();
	for (const re of ROW_LABELS) for (const m of text.matchAll(re)) ends.add(m.index + m[0].length);
	return [...ends]
		.sort((a, b) => a - b)
		.map((end) => {
			// Skip a unit or a few label characters, then take the run of cell characters.
			const digit = text.slice(end, end + 6).search(/\d/);
			const start = digit < 0 ? end : end + digit;
			const run = /^[\d\s|/.—无-]*/.exec(text.slice(start, start + 400))![0];
			return [start, start + run.length];
		});
}

/** Rewrites the cells of a few consecutive labelled rows (the decoders' inputs) with generated runs. */
const rowCells: Mutate = (rng, text, report) => {
	const spans = rowCellSpans(text);
	if (!spans.length) return tableCells(rng, text, report);
	const from = rng.int(spans.length);
	const chosen = spans.slice(from, from + rng.range(2, 8));
	const make = rng.pick([cellRun, longRun, longRun]);
	let out = text;
	for (const [start, end] of chosen.reverse()) {
		const cells = make(rng);
		out =
			out.slice(0, start) +
			(/\n$/.test(text.slice(start, end)) ? `${cells}\n` : cells) +
			out.slice(end);
	}
	return out;
};

const insertMarks: Mutate = (rng, text) => {
	let out = text;
	const n = rng.range(1, 40);
	for (let i = 0; i < n; i++) out = insertAt(out, rng.pick(digitPositions(out)), rng.pick(MARKS));
	return out;
};

const duplicateTable: Mutate = (rng, text) => {
	const start = tableStart(rng, text);
	const block = text.slice(start, start + rng.range(500, 6000));
	const copies = rng.range(1, 4);
	const at = rng.chance(0.5) ? start + block.length : rng.int(text.length + 1);
	return insertAt(text, at, (rng.chance(0.5) ? '\n' : '') + block.repeat(copies));
};

const longLine: Mutate = (rng, text) => {
	if (rng.chance(0.5)) {
		const start = rng.int(text.length);
		const end = start + rng.range(1000, 20000);
		return text.slice(0, start) + text.slice(start, end).replace(/\n/g, ' ') + text.slice(end);
	}
	const unit = rng.pick([
		'1 ',
		'0',
		'12|',
		'主动公开信息',
		'—',
		text.slice(0, 40).replace(/\n/g, '')
	]);
	return insertAt(text, rng.int(text.length + 1), unit.repeat(rng.range(2000, 20000)));
};

function randomCodePoint(rng: Rng): string {
	switch (rng.int(6)) {
		case 0:
			return String.fromCharCode(rng.int(0x20)); // control characters
		case 1:
			return String.fromCharCode(0xd800 + rng.int(0x800)); // a lone surrogate
		case 2:
			return String.fromCodePoint(0x10000 + rng.int(0xf0000)); // astral planes
		case 3:
			return rng.pick([
				'\u200b',
				'\u200f',
				'\u202e',
				'\ufeff',
				'\u0301',
				'\u3000',
				'\u00a0',
				'\u2028'
			]);
		case 4:
			return String.fromCharCode(0xff00 + rng.int(0xf0)); // full-width forms
		default:
			return String.fromCharCode(rng.int(0xd800));
	}
}

const randomUnicode: Mutate = (rng, text) => {
	if (rng.chance(0.1))
		return Array.from({ length: rng.range(0, 3000) }, () => randomCodePoint(rng)).join('');
	let out = text;
	const n = rng.range(1, 80);
	for (let i = 0; i < n; i++) out = insertAt(out, rng.int(out.length + 1), randomCodePoint(rng));
	return out;
};

const FULL_WIDTH: Record<string, string> = {
	'|': '｜',
	'/': '／',
	'.': '．',
	'%': '％',
	'-': '－',
	'+': '＋',
	' ': '\u3000'
};

const fullWidth: Mutate = (rng, text) => {
	const p = rng.pick([1, 0.5, 0.1]);
	return text.replace(/[0-9|/.%\-+ ]/g, (ch) => {
		if (!rng.chance(p)) return ch;
		return /\d/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : (FULL_WIDTH[ch] ?? ch);
	});
};

/** Simplified → one traditional form (the reverse of the engine's one-for-one table). */
const toTraditional = ((): Map<string, string> => {
	const map = new Map<string, string>();
	const chars = [...T2S_PAIRS];
	for (let i = 0; i + 1 < chars.length; i += 2)
		if (!map.has(chars[i + 1]!)) map.set(chars[i + 1]!, chars[i]!);
	return map;
})();

const traditional: Mutate = (rng, text) => {
	const p = rng.pick([1, 0.5]);
	let out = '';
	for (const ch of text) out += rng.chance(p) ? (toTraditional.get(ch) ?? ch) : ch;
	return out;
};

const lineEndings: Mutate = (rng, text) => {
	const eol = rng.pick(['\r\n', '\r', '\r\n', '\n\n']);
	const bom = rng.chance(0.3) ? '\ufeff' : '';
	return bom + text.replace(/\n/g, eol);
};

const frontMatter: Mutate = (rng, text, r) => {
	const head = text.slice(0, r.frontMatterEnd);
	const body = text.slice(r.frontMatterEnd);
	switch (rng.int(5)) {
		case 0:
			return head; // only front matter
		case 1:
			return body; // no front matter
		case 2:
			return (
				head.replace(
					/^year: .*$/m,
					`year: ${rng.pick(['', 'abc', '-5', '99999', '2019.5', '1e400', '0x7E3', digits(rng, 60)])}`
				) + body
			);
		case 3:
			return head.replace(/\n---\n?$/, '\n') + body; // unclosed block
		default:
			return head + head + body;
	}
};

const FAMILIES: readonly { name: string; mutate: Mutate }[] = [
	{ name: 'truncate', mutate: truncate },
	{ name: 'truncateFrontMatter', mutate: truncateFrontMatter },
	{ name: 'truncateSurrogate', mutate: truncateSurrogate },
	{ name: 'shuffleLines', mutate: shuffleLines },
	{ name: 'shuffleChunks', mutate: shuffleChunks },
	{ name: 'charEdits', mutate: charEdits },
	{ name: 'replaceDigits', mutate: replaceDigits },
	{ name: 'insertDigitRuns', mutate: insertDigitRuns },
	{ name: 'insertMarks', mutate: insertMarks },
	{ name: 'tableCells', mutate: tableCells },
	{ name: 'rowCells', mutate: rowCells },
	{ name: 'duplicateTable', mutate: duplicateTable },
	{ name: 'longLine', mutate: longLine },
	{ name: 'randomUnicode', mutate: randomUnicode },
	{ name: 'fullWidth', mutate: fullWidth },
	{ name: 'traditional', mutate: traditional },
	{ name: 'lineEndings', mutate: lineEndings },
	{ name: 'frontMatter', mutate: frontMatter }
];

/** Inputs that need no randomness. */
const FIXED: readonly string[] = [
	'',
	' ',
	'\n',
	'\ufeff',
	'\r\n\r\n',
	'---',
	'---\n',
	'---\n---\n',
	'---\nyear: 2019\n---\n',
	'---\nyear: 2021\n---\n本年新收政府信息公开申请数量',
	'---\nyear: 2010\n---\n主动公开信息条',
	'0'.repeat(400),
	'9'.repeat(400),
	'\ud800',
	'\udc00\ud800',
	...corpus.map((r) => r.text.slice(0, r.frontMatterEnd))
];

const ones = (n: number) => '1'.repeat(n);
const huge = '9'.repeat(309); // above Number.MAX_VALUE (~1.8e308)

/**
 * Minimal inputs reduced from failures this test found in the engine (2026-11-23). They stay here
 * so the test keeps checking them deterministically, whatever the random cases do.
 */
const FOUND: readonly { what: string; text: string }[] = [
	{ what: '表三 cell of 309 digits → Infinity', text: `本年新收 1 2 3 4 5 6 ${huge}\n结转下年` },
	{
		what: '表二 signed cell of 309 digits → -Infinity',
		text: `2019年度政府信息公开\n信息内容\n行政事业性收费 1 -${huge}\n政府集中采购 1 1`
	},
	{
		what: '表四 cell of 309 digits → Infinity',
		text: `2021年度政府信息公开\n行政复议 ${'0 '.repeat(14)}${huge}`
	},
	{
		what: '统计表 cell of 309 digits → Infinity',
		text: `主动公开政府信息数 ${huge}\n收到申请数 1\n在线访谈次数 1`
	},
	{
		what: '表三 combination cap leaves a row out → TypeError in resolve()',
		text: `本年新收 / ${ones(20)}\n上年结转 / ${ones(8)}\n予以公开 / ${ones(7)}\n结转下年`
	},
	{
		what: '统计表 combination cap leaves a row out → TypeError',
		text: `累计\n${['主动公开政府信息数', '收到申请数', '在线访谈次数', '举办新闻发布会次数', '政策解读稿件发布数'].map((l) => `${l} ${ones(30)}`).join('\n')}`
	},
	{
		what: '统计表 Math.max(...) over 160000 scores → RangeError',
		text: `累计\n${['主动公开政府信息数', '收到申请数', '在线访谈次数', '举办新闻发布会次数'].map((l) => `${l} ${ones(40)}`).join('\n')}`
	},
	{
		what: '表三 blank cell + long run in two rows → ~10^8 combinations, out of memory',
		text: `本年新收 / ${ones(20)}\n上年结转 / ${ones(20)}\n结转下年`
	}
];

interface Case {
	id: string;
	report: string;
	steps: string[];
	text: string;
}

function buildCase(family: number, index: number): Case {
	const rng = new Rng(caseSeed(family, index));
	const report = rng.pick(corpus);
	const first = FAMILIES[family]!;
	const steps = [first.name];
	let text = first.mutate(rng, report.text, report);
	if (rng.chance(0.35)) {
		const second = rng.pick(FAMILIES);
		steps.push(second.name);
		text = second.mutate(rng, text, report);
	}
	return { id: `${first.name}#${index}`, report: report.id, steps, text };
}

// ---------------------------------------------------------------------------------------------
// Invariants

function problemsOf(result: ExtractResult): string[] {
	const problems: string[] = [];
	const n = result.text.length;
	for (const f of result.facts) {
		const where = `${f.metric}/${f.applicant} raw="${f.raw.slice(0, 40)}" [${f.span_start},${f.span_end})`;
		if (typeof f.value !== 'number' || !Number.isFinite(f.value))
			problems.push(`non-finite value ${f.value}: ${where}`);
		else if (f.value < 0 && !f.metric.endsWith('_change'))
			problems.push(`negative value ${f.value}: ${where}`);
		const inBounds =
			Number.isInteger(f.span_start) &&
			Number.isInteger(f.span_end) &&
			0 <= f.span_start &&
			f.span_start < f.span_end &&
			f.span_end <= n;
		if (!inBounds) problems.push(`span out of range (text length ${n}): ${where}`);
		else if (result.text.slice(f.span_start, f.span_end) !== f.raw)
			problems.push(
				`span covers "${result.text.slice(f.span_start, f.span_end).slice(0, 40)}", not raw: ${where}`
			);
	}
	for (const w of result.warnings) {
		if (w.code === 'engine_error') problems.push(`engine_error: ${w.message}`);
		const s = w.span_start ?? 0;
		const e = w.span_end ?? s;
		if (!(0 <= s && s <= e && e <= n))
			problems.push(`warning ${w.code} span [${s},${e}) out of range (text length ${n})`);
	}
	for (const c of result.checks) {
		if (!['pass', 'fail', 'not_assessable'].includes(c.status))
			problems.push(`check ${c.check}: status ${c.status}`);
		for (const v of [c.expected, c.actual])
			if (v !== null && !Number.isFinite(v))
				problems.push(`check ${c.check}/${c.applicant}: value ${v}`);
	}
	return problems;
}

// ---------------------------------------------------------------------------------------------
// Running the engine in a worker thread, so a case that hangs or exhausts memory is stopped and
// reported instead of taking the test process down with it.

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.tsx)
	.then(({ tsImport }) => tsImport(workerData.engine, workerData.parent))
	.then(({ extractReport }) => {
		parentPort.on('message', ({ text, id }) => {
			const t0 = performance.now();
			try {
				const result = extractReport(text, id);
				parentPort.postMessage({ result, ms: performance.now() - t0 });
			} catch (error) {
				parentPort.postMessage({ error: String((error && error.stack) || error), ms: performance.now() - t0 });
			}
		});
		parentPort.postMessage({ ready: true });
	});
`;

type Reply = { result: ExtractResult; ms: number } | { error: string; ms: number };

interface Outcome {
	ms: number;
	problems: string[];
	/** The worker was stopped (time limit) or died (out of memory). */
	killed: boolean;
}

class EngineWorker {
	private readonly worker: Worker;
	private readonly ready: Promise<void>;
	private pending: ((reply: Reply | Error) => void) | null = null;

	constructor() {
		const tsx = createRequire(import.meta.url)
			.resolve('tsx/esm/api')
			.replace(/\.cjs$/, '.mjs');
		this.worker = new Worker(WORKER_SOURCE, {
			eval: true,
			workerData: {
				tsx: pathToFileURL(tsx).href,
				engine: resolve(root, 'src', 'lib', 'extract', 'extract-report.ts'),
				parent: import.meta.url
			},
			resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, stackSizeMb: WORKER_STACK_MB }
		});
		this.ready = new Promise((ok, fail) => {
			this.worker.once('message', () => ok());
			this.worker.once('error', fail);
		});
		this.worker.on('message', (reply: Reply) => this.settle(reply));
		this.worker.on('error', (error) => this.settle(error));
	}

	private settle(reply: Reply | Error): void {
		const pending = this.pending;
		this.pending = null;
		pending?.(reply);
	}

	async run(text: string, id: string): Promise<Outcome> {
		await this.ready;
		const t0 = performance.now();
		const reply = await new Promise<Reply | Error | 'timeout'>((done) => {
			const timer = setTimeout(() => done('timeout'), KILL_MS);
			this.pending = (r) => {
				clearTimeout(timer);
				done(r);
			};
			this.worker.postMessage({ text, id });
		});
		const wall = performance.now() - t0;
		if (reply === 'timeout')
			return { ms: wall, problems: [`hung: stopped after ${KILL_MS} ms`], killed: true };
		if (reply instanceof Error)
			return { ms: wall, problems: [`worker died: ${reply.message}`], killed: true };
		const problems = 'error' in reply ? [`threw: ${reply.error}`] : problemsOf(reply.result);
		// A slow case is reported, not failed: only a hang (KILL_MS) or a crash fails.
		if (reply.ms > MAX_CASE_MS) console.log(`fuzz: slow case, ${reply.ms.toFixed(0)} ms`);
		return { ms: reply.ms, problems, killed: false };
	}

	async stop(): Promise<void> {
		this.pending = null;
		await this.worker.terminate();
	}
}

/** One live worker; replaced after a case killed the previous one. */
let engine: EngineWorker | null = null;

async function run(text: string, id: string): Promise<Outcome> {
	engine ??= new EngineWorker();
	const outcome = await engine.run(text, id);
	if (outcome.killed) {
		await engine.stop();
		engine = null;
	}
	return outcome;
}

// ---------------------------------------------------------------------------------------------
// The test

const stats = {
	cases: 0,
	stopped: 0,
	ms: 0,
	over500: 0,
	/** The slowest case that finished (stopped cases are counted apart). */
	slowest: { id: '', report: '', steps: '', chars: 0, ms: 0 }
};

function record(c: Case, outcome: Outcome): void {
	stats.cases++;
	stats.ms += outcome.ms;
	if (outcome.killed) stats.stopped++;
	else if (outcome.ms > 500) stats.over500++;
	if (!outcome.killed && outcome.ms > stats.slowest.ms)
		stats.slowest = {
			id: c.id,
			report: c.report,
			steps: c.steps.join(' → '),
			chars: c.text.length,
			ms: outcome.ms
		};
}

function describeFailure(c: Case, problems: string[]): string {
	const input =
		c.text.length <= 300 ? ` input=${JSON.stringify(c.text)}` : ` input length ${c.text.length}`;
	return `seed=${SEED} case=${c.id} report=${c.report} steps=${c.steps.join('→')}${input}\n    ${problems.slice(0, 5).join('\n    ')}`;
}

/** When the whole run must end (set when the first family starts). */
let deadline = Infinity;
let familiesLeft = FAMILIES.length;

/**
 * A family's time budget: its share of what is left of RUN_BUDGET_MS (so one slow family cannot
 * starve the others), at least MIN_FAMILY_MS and at most FAMILY_BUDGET_MS.
 */
function nextFamilyBudget(): number {
	const now = performance.now();
	if (deadline === Infinity) deadline = now + RUN_BUDGET_MS;
	const share = (deadline - now) / Math.max(1, familiesLeft--);
	return Math.min(FAMILY_BUDGET_MS, Math.max(MIN_FAMILY_MS, share));
}

/**
 * Runs cases. Fails once MAX_KILLS cases had to be stopped (hangs); stops without failing when the
 * family's time budget is spent, so the test's run time stays bounded on a slow machine.
 */
async function runCases(cases: Iterable<Case>, budgetMs: number): Promise<string[]> {
	const failures: string[] = [];
	const t0 = performance.now();
	let killed = 0;
	let ran = 0;
	for (const c of cases) {
		const outcome = await run(c.text, `fuzz-${c.report}`);
		record(c, outcome);
		ran++;
		if (outcome.problems.length) {
			failures.push(describeFailure(c, outcome.problems));
			if (DUMP) writeFileSync(resolve(DUMP, `${c.id}.txt`), c.text);
		}
		if (outcome.killed && ++killed >= MAX_KILLS) {
			failures.push(`stopped after ${ran} cases: ${killed} cases had to be stopped`);
			break;
		}
		// The budget bounds the test's run time; it is not a speed test (a loaded CI machine runs
		// fewer cases, never fails for it). Speed is measured by `npm run bench:ingest`.
		if (performance.now() - t0 > budgetMs) {
			console.log(
				`fuzz: ${ran} cases of this family ran within its time budget (${budgetMs.toFixed(0)} ms)`
			);
			break;
		}
	}
	return failures;
}

function* familyCases(family: number, indices: number[]): Generator<Case> {
	for (const index of indices) yield buildCase(family, index);
}

const perFamily = Math.max(1, Math.ceil((TOTAL_CASES - FIXED.length) / FAMILIES.length));

describe(`extractReport fuzz (seed ${SEED})`, () => {
	afterAll(async () => {
		await engine?.stop();
		const slow = stats.slowest;
		console.log(
			`extract fuzz: seed ${SEED}, ${stats.cases} cases (${stats.stopped} stopped: hung or out of memory), ` +
				`engine time ${(stats.ms / 1000).toFixed(1)} s; slowest finished case ${slow.ms.toFixed(1)} ms ` +
				`(${slow.id}, ${slow.report}, ${slow.steps}, ${slow.chars} chars); ${stats.over500} finished cases over 500 ms`
		);
	});

	it.skipIf(ONLY !== '')('holds on fixed edge inputs', async () => {
		const cases = FIXED.map((text, i) => ({
			id: `fixed#${i}`,
			report: '-',
			steps: ['fixed'],
			text
		}));
		expect(await runCases(cases, FAMILY_BUDGET_MS)).toEqual([]);
	});

	it.skipIf(ONLY !== '')('holds on the minimal inputs it found before', async () => {
		const cases = FOUND.map(({ what, text }, i) => ({
			id: `found#${i}`,
			report: what,
			steps: ['found'],
			text
		}));
		const failures = await runCases(cases, FAMILY_BUDGET_MS);
		if (failures.length)
			console.log(`found: ${failures.length} failing\n  ${failures.join('\n  ')}`);
		expect(failures).toEqual([]);
	});

	FAMILIES.forEach(({ name }, family) => {
		const only = ONLY.startsWith(`${name}#`) ? Number(ONLY.slice(name.length + 1)) : null;
		const skip = ONLY !== '' && only === null;
		it.skipIf(skip)(`holds under ${name}`, { timeout: 120_000 }, async () => {
			const indices = only === null ? [...Array(perFamily).keys()] : [only];
			const failures = await runCases(familyCases(family, indices), nextFamilyBudget());
			if (failures.length)
				console.log(
					`${name}: ${failures.length} failing cases\n  ${failures.slice(0, 10).join('\n  ')}`
				);
			expect(failures.slice(0, 10)).toEqual([]);
		});
	});
});
