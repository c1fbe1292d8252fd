/**
 * The ingest benchmark at national scale (`npm run bench:ingest -- --corpus 50000`): writes (or
 * reuses) a SYNTHETIC corpus of that many report texts, runs the real data build over it
 * (`scripts/build-data.ts --partitioned`, worker threads) under `/usr/bin/time -v` for its peak
 * memory, samples the machine's load meanwhile, then compares the facts built with the values the
 * generator printed, per rendering and layout (in DuckDB, streaming: the truth is regenerated into
 * an NDJSON file, never held).
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { openDuckDB } from '../data/write-parquet.ts';
import { plannedReports } from './corpus-shape.ts';
import { renderingOf } from './corpus-report.ts';
import { reportValues } from './corpus-values.ts';
import { corpusName, writeCorpus, type CorpusManifest } from './write-corpus.ts';

const root = resolve(import.meta.dirname, '..', '..');

export interface CorpusBenchOptions {
	reports: number;
	seed: number;
	workers?: number;
	accuracy: boolean;
	/** only compare the last build's facts with the corpus (no build) */
	accuracyOnly?: boolean;
}

const loadAverage = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

function corpusFor(reports: number, seed: number): { dir: string; generated_s: number | null } {
	const dir = join(root, 'data-synthetic', corpusName(reports));
	try {
		const m = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as CorpusManifest;
		if (m.reports === reports && m.seed === seed) return { dir, generated_s: null };
	} catch {
		// none yet
	}
	const t0 = performance.now();
	writeCorpus({ reports, seed, outDir: dir });
	return { dir, generated_s: (performance.now() - t0) / 1000 };
}

interface TimedRun {
	wall_s: number;
	cpu_s: number | null;
	peak_rss_mib: number | null;
	load_during: { mean: number; max: number };
	stdout: string;
}

/** Runs the build, measured by GNU time when the machine has it. */
function timedBuild(args: string[]): Promise<TimedRun> {
	const tsx = join(root, 'node_modules', '.bin', 'tsx');
	const gnuTime = existsSync('/usr/bin/time');
	const [cmd, argv] = gnuTime ? ['/usr/bin/time', ['-v', tsx, ...args]] : [tsx, args];
	const loads: number[] = [];
	const sampler = setInterval(() => loads.push(loadAverage()), 5000);
	const t0 = performance.now();
	return new Promise((done, fail) => {
		const child = spawn(cmd, argv, { cwd: root });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d: Buffer) => (stdout += d));
		child.stderr.on('data', (d: Buffer) => (stderr += d));
		child.on('error', fail);
		child.on('close', (code) => {
			clearInterval(sampler);
			if (code !== 0) return fail(new Error(`the build failed (${code}): ${stderr.slice(-2000)}`));
			const field = (name: string) => {
				const m = new RegExp(`${name}: ([\\d.:]+)`).exec(stderr);
				return m ? m[1]! : null;
			};
			const user = field('User time \\(seconds\\)');
			const sys = field('System time \\(seconds\\)');
			const rss = field('Maximum resident set size \\(kbytes\\)');
			if (!loads.length) loads.push(loadAverage());
			done({
				wall_s: (performance.now() - t0) / 1000,
				cpu_s: user && sys ? Number(user) + Number(sys) : null,
				peak_rss_mib: rss ? Math.round(Number(rss) / 1024) : null,
				load_during: {
					mean: Math.round((loads.reduce((a, b) => a + b, 0) / loads.length) * 10) / 10,
					max: Math.max(...loads)
				},
				stdout
			});
		});
	});
}

/** Facts built vs values printed, per rendering and layout. */
async function accuracy(reports: number, seed: number, outDir: string) {
	const truth = join(root, '.cache', `corpus-truth-${process.pid}.ndjson`);
	const fd = openSync(truth, 'w');
	for (const p of plannedReports(reports)) {
		const rendering = renderingOf(p, seed).id;
		let lines = '';
		for (const [key, printed] of reportValues(p, seed)) {
			const [metric, applicant] = key.split('|') as [string, string];
			if (metric.includes('#')) continue;
			lines += `${JSON.stringify({ report_id: p.report_id, rendering, format: p.format, metric, applicant, value: Number(printed) })}\n`;
		}
		writeSync(fd, lines);
	}
	closeSync(fd);
	const db = await openDuckDB({ threads: '2', memory_limit: '1GB' });
	const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
	const rows = (
		await db.runAndReadAll(`
		WITH t AS (SELECT * FROM read_json(${q(truth)}, format = 'newline_delimited', columns = {report_id: 'VARCHAR', rendering: 'VARCHAR', format: 'VARCHAR', metric: 'VARCHAR', applicant: 'VARCHAR', value: 'DOUBLE'})),
		f AS (SELECT report_id, metric, applicant, any_value(value) AS value FROM read_parquet(${q(join(outDir, 'facts.parquet'))}) WHERE method <> 'prose' GROUP BY ALL),
		-- table facts of a cell the generator did not print (a value where there is none)
		extra AS (SELECT report_id, count(*) AS extra FROM f ANTI JOIN t USING (report_id, metric, applicant) GROUP BY ALL),
		per_report AS (
			SELECT t.report_id, t.rendering, t.format, count(*) AS cells,
				count(*) FILTER (WHERE f.value = t.value) AS exact,
				count(*) FILTER (WHERE f.value IS NULL) AS missing,
				count(*) FILTER (WHERE f.value <> t.value) AS wrong
			FROM t LEFT JOIN f USING (report_id, metric, applicant) GROUP BY ALL)
		SELECT rendering, format, count(*)::INTEGER AS reports,
			count(*) FILTER (WHERE exact = cells AND coalesce(extra, 0) = 0)::INTEGER AS complete,
			sum(cells)::BIGINT AS cells, sum(exact)::BIGINT AS exact, sum(missing)::BIGINT AS missing,
			(sum(wrong) + sum(coalesce(extra, 0)))::BIGINT AS wrong
		FROM per_report LEFT JOIN extra USING (report_id) GROUP BY ALL ORDER BY ALL`)
	).getRowObjects();
	rmSync(truth, { force: true });
	return rows.map((r) => ({
		rendering: String(r.rendering),
		format: String(r.format),
		reports: Number(r.reports),
		complete: Number(r.complete),
		cells: Number(r.cells),
		exact: Number(r.exact),
		missing: Number(r.missing),
		wrong: Number(r.wrong),
		cell_accuracy: Math.round((Number(r.exact) / Number(r.cells)) * 10000) / 100
	}));
}

/** Facts built vs values printed, for the last build of the corpus. */
export function corpusAccuracy(reports: number, seed: number) {
	return accuracy(reports, seed, join(root, 'data-synthetic', 'synthetic-corpus'));
}

export async function benchCorpusBuild(options: CorpusBenchOptions) {
	const { reports, seed } = options;
	const corpus = corpusFor(reports, seed);
	const outDir = join(root, 'data-synthetic', 'synthetic-corpus');
	const loadBefore = loadAverage();
	const run = await timedBuild([
		'scripts/build-data.ts',
		'--reports',
		corpus.dir,
		'--regions',
		join(corpus.dir, 'regions.csv'),
		'--out',
		outDir,
		'--partitioned',
		...(options.workers ? ['--workers', String(options.workers)] : [])
	]);
	const workers = Number(/\((\d+) worker threads\)/.exec(run.stdout)?.[1] ?? 0);
	const phases = /extraction ([\d.]+) s .*tables ([\d.]+) s/.exec(run.stdout);
	const manifest = JSON.parse(readFileSync(join(outDir, 'dataset.json'), 'utf8')) as {
		facts: number;
		partitions: unknown[];
	};
	const perSecond = reports / run.wall_s;
	return {
		date: new Date().toISOString(),
		machine: {
			cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
			cores: os.cpus().length,
			memory_gib: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
			node: process.version
		},
		corpus: {
			reports,
			seed,
			dir: corpus.dir.replace(root + '/', ''),
			generated_s: corpus.generated_s
		},
		build: {
			workers,
			wall_s: Math.round(run.wall_s * 10) / 10,
			extraction_s: phases ? Number(phases[1]) : null,
			tables_s: phases ? Number(phases[2]) : null,
			cpu_s: run.cpu_s,
			peak_rss_mib: run.peak_rss_mib,
			facts: manifest.facts,
			partitions: manifest.partitions.length,
			summary: run.stdout
				.trim()
				.split('\n')
				.filter((l) => l.startsWith('data:'))
		},
		reports_per_s: Math.round(perSecond * 10) / 10,
		reports_per_s_per_core: workers ? Math.round((perSecond / workers) * 10) / 10 : null,
		reports_per_cpu_s: run.cpu_s ? Math.round((reports / run.cpu_s) * 10) / 10 : null,
		load: { before: loadBefore, during: run.load_during },
		goals: {
			minutes_10: run.wall_s <= 600,
			memory_2gb: run.peak_rss_mib === null ? null : run.peak_rss_mib <= 2000
		},
		accuracy: options.accuracy ? await accuracy(reports, seed, outDir) : null
	};
}

export function corpusSummary(r: Awaited<ReturnType<typeof benchCorpusBuild>>): string {
	const b = r.build;
	const lines = [
		`ingest at scale: ${r.corpus.reports} SYNTHETIC reports (${r.corpus.dir}${r.corpus.generated_s === null ? ', reused' : `, generated in ${r.corpus.generated_s.toFixed(1)} s`})`,
		`machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memory_gib} GiB, node ${r.machine.node}; load average ${r.load.before} before, ${r.load.during.mean} mean / ${r.load.during.max} max during`,
		`build: ${b.wall_s} s wall (extraction ${b.extraction_s} s on ${b.workers} worker threads, tables ${b.tables_s} s), ${b.cpu_s ?? '?'} s CPU, peak RSS ${b.peak_rss_mib ?? '?'} MiB; ${b.facts} facts, ${b.partitions} partitions`,
		`throughput: ${r.reports_per_s} reports/s, ${r.reports_per_s_per_core} per core (worker), ${r.reports_per_cpu_s} per CPU-second`,
		`goals: ≤ 10 min ${r.goals.minutes_10 ? 'met' : 'NOT met'}; ≤ 2 GB ${r.goals.memory_2gb === null ? 'not measured' : r.goals.memory_2gb ? 'met' : 'NOT met'}`
	];
	if (r.accuracy) {
		lines.push('accuracy (table facts built = values printed), per rendering and layout:');
		for (const a of r.accuracy) lines.push(accuracyLine(a));
	}
	return lines.join('\n');
}

export function accuracyLine(a: Awaited<ReturnType<typeof accuracy>>[number]): string {
	return `  ${a.rendering.padEnd(20)} ${a.format.padEnd(14)} ${String(a.reports).padStart(6)} reports, ${String(a.complete).padStart(6)} complete, cells ${a.cell_accuracy}% (missing ${a.missing}, wrong or extra ${a.wrong})`;
}
