/**
 * Ingest benchmark: reports per second of the extraction engine on the real corpus, one thread.
 *   npm run bench:ingest                      a short summary
 *   npm run --silent bench:ingest -- --json   one JSON object
 * Options: --passes N (timed passes, default 20), --warmup N (default 3), --dir <folder>.
 *   npm run bench:ingest -- --corpus 50000    the whole data build over a SYNTHETIC corpus of that
 *                                             many reports (scripts/synthetic/bench-corpus-build.ts):
 *                                             wall time, reports/s per core, peak RSS, accuracy per
 *                                             rendering. Also --workers N, --seed S, --no-accuracy,
 *                                             --accuracy-only (the last build's facts, no build).
 * Files are read and decoded before timing; only `extractReport` is timed, with
 * process.hrtime.bigint, report by report, over several full passes of the corpus.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { decodeReportBytes } from '../src/lib/extract/decode-bytes.ts';
import { extractReport } from '../src/lib/extract/extract-report.ts';
import { reportFiles, reportIdOf } from './data/read-reports.ts';

const GOAL_REPORTS_PER_S = 200;

interface Options {
	json: boolean;
	passes: number;
	warmup: number;
	dir: string;
}

interface Input {
	id: string;
	text: string;
	bytes: number;
}

function option(args: string[], name: string): string | undefined {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
}

function positive(value: string | undefined, fallback: number, name: string): number {
	if (value === undefined) return fallback;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 0) throw new Error(`${name} takes a whole number (got ${value})`);
	return n;
}

function parseOptions(args: string[]): Options {
	return {
		json: args.includes('--json'),
		passes: Math.max(1, positive(option(args, '--passes'), 20, '--passes')),
		warmup: positive(option(args, '--warmup'), 3, '--warmup'),
		dir: option(args, '--dir') ?? 'data/reports'
	};
}

/** Reads and decodes every report (not timed). */
function loadCorpus(dir: string): Input[] {
	return reportFiles(dir).map((file) => {
		const bytes = readFileSync(file);
		const decoded = decodeReportBytes(new Uint8Array(bytes));
		if (!decoded.ok) throw new Error(`${file}: ${decoded.message}`);
		return { id: reportIdOf(file), text: decoded.text, bytes: bytes.length };
	});
}

/** One full pass: nanoseconds per report, and the facts found. */
function pass(corpus: readonly Input[]): { ns: bigint[]; facts: number } {
	const ns: bigint[] = [];
	let facts = 0;
	for (const r of corpus) {
		const t0 = process.hrtime.bigint();
		const result = extractReport(r.text, r.id);
		ns.push(process.hrtime.bigint() - t0);
		facts += result.facts.length;
	}
	return { ns, facts };
}

function quantile(sorted: readonly number[], q: number): number {
	if (!sorted.length) return NaN;
	const rank = Math.ceil(q * sorted.length) - 1;
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function git(args: string[]): string | null {
	try {
		return execFileSync('git', args, {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		}).trim();
	} catch {
		return null;
	}
}

function machine() {
	const cpus = os.cpus();
	return {
		cpu: cpus[0]?.model.trim() ?? 'unknown',
		cores: cpus.length,
		memory_gib: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
		node: process.version,
		platform: `${os.platform()} ${os.release()}`
	};
}

function run(options: Options) {
	const corpus = loadCorpus(options.dir);
	if (!corpus.length) throw new Error(`${options.dir}: no report files`);
	for (let i = 0; i < options.warmup; i++) pass(corpus);
	const passes = Array.from({ length: options.passes }, () => pass(corpus));
	const ms = (ns: bigint) => Number(ns) / 1e6;
	const perPass = passes.map((p) => (corpus.length * 1000) / p.ns.reduce((a, b) => a + ms(b), 0));
	const perReport = passes.flatMap((p) => p.ns.map(ms)).sort((a, b) => a - b);
	const byReport = corpus.map((r, i) => ({
		report: r.id,
		ms: median(passes.map((p) => ms(p.ns[i]!)))
	}));
	const slowest = byReport.reduce((a, b) => (b.ms > a.ms ? b : a));
	const reportsPerS = median(perPass);
	return {
		date: new Date().toISOString(),
		commit: git(['rev-parse', '--short', 'HEAD']),
		engine_uncommitted_changes:
			(git(['status', '--porcelain', '--', 'src/lib/extract']) ?? '') !== '',
		machine: machine(),
		corpus: {
			dir: options.dir,
			reports: corpus.length,
			bytes: corpus.reduce((a, r) => a + r.bytes, 0)
		},
		warmup_passes: options.warmup,
		passes: options.passes,
		reports_per_s: {
			median: round(reportsPerS),
			min: round(Math.min(...perPass)),
			max: round(Math.max(...perPass))
		},
		per_report_ms: {
			median: round(median(perReport), 3),
			p95: round(quantile(perReport, 0.95), 3),
			max: round(perReport[perReport.length - 1]!, 3)
		},
		slowest_report: { report: slowest.report, median_ms: round(slowest.ms, 3) },
		facts_per_pass: passes[0]!.facts,
		goal_reports_per_s: GOAL_REPORTS_PER_S,
		goal_met: reportsPerS >= GOAL_REPORTS_PER_S
	};
}

function round(x: number, digits = 1): number {
	const f = 10 ** digits;
	return Math.round(x * f) / f;
}

type Result = ReturnType<typeof run>;

function summary(r: Result): string {
	const m = r.machine;
	const commit = `${r.commit ?? 'unknown commit'}${r.engine_uncommitted_changes ? ' (src/lib/extract has uncommitted changes)' : ''}`;
	return [
		`ingest benchmark: ${r.corpus.reports} reports (${Math.round(r.corpus.bytes / 1024)} KiB) from ${r.corpus.dir}, ` +
			`${r.passes} timed passes after ${r.warmup_passes} warm-up passes, one thread`,
		`machine: ${m.cpu}, ${m.cores} cores, ${m.memory_gib} GiB, node ${m.node}, ${m.platform}`,
		`commit: ${commit}`,
		`throughput: median ${r.reports_per_s.median} reports/s (passes ${r.reports_per_s.min}–${r.reports_per_s.max}); ` +
			`goal ≥ ${r.goal_reports_per_s}: ${r.goal_met ? 'met' : 'NOT met'}`,
		`per report: median ${r.per_report_ms.median} ms, p95 ${r.per_report_ms.p95} ms, max ${r.per_report_ms.max} ms`,
		`slowest report: ${r.slowest_report.report} (median ${r.slowest_report.median_ms} ms)`,
		`facts per pass: ${r.facts_per_pass}`
	].join('\n');
}

try {
	const args = process.argv.slice(2);
	if (args.includes('--corpus')) {
		const corpus = await import('./synthetic/bench-corpus-build.ts');
		const reports = Math.max(1, positive(option(args, '--corpus'), 50_000, '--corpus'));
		if (args.includes('--accuracy-only')) {
			const rows = await corpus.corpusAccuracy(
				reports,
				positive(option(args, '--seed'), 7, '--seed')
			);
			process.stdout.write(`${rows.map(corpus.accuracyLine).join('\n')}\n`);
			process.exit(0);
		}
		const { benchCorpusBuild, corpusSummary } = corpus;
		const workers = option(args, '--workers');
		const result = await benchCorpusBuild({
			reports,
			seed: positive(option(args, '--seed'), 7, '--seed'),
			workers: workers === undefined ? undefined : positive(workers, 2, '--workers'),
			accuracy: !args.includes('--no-accuracy')
		});
		process.stdout.write(
			args.includes('--json') ? `${JSON.stringify(result)}\n` : `${corpusSummary(result)}\n`
		);
		process.exit(0);
	}
	const options = parseOptions(args);
	const result = run(options);
	process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `${summary(result)}\n`);
} catch (error) {
	console.error(`bench:ingest: ${(error as Error).message}`);
	process.exit(1);
}
