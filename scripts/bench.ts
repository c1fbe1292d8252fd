/**
 * `npm run bench`: the built site in headless Chromium on loopback.
 * Cold loads of /explore (a new browser context each, so nothing is cached): when the first chart
 * is on screen (`ogi:first-chart`), when the SQL engine has our tables (`ogi:engine-ready`), how
 * many bytes crossed the network before the first chart and whether wasm was among them. Then 50
 * filter changes (metric, years, regions) on the real data, timed from the change to the redrawn
 * chart. Medians over the cold runs. `--json` prints one JSON object; `--runs N` sets the runs.
 * The same cold load with `?engine_first=1` (the DuckDB-first baseline) gives the ratio of the
 * two first charts. Then the SYNTHETIC scales (scripts/bench-synthetic.ts) that exist under
 * data-synthetic/: `--quick` runs only 1m, `--scales 1m,10m` picks them.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../tests/e2e/find-chromium.ts';
import { median, quantile } from './bench-stats.ts';
import {
	bareInstantiate,
	type BareStart,
	CHART_PAINT_SCRIPT,
	chartPaint,
	CONSOLE_READY_SCRIPT,
	enginePhases,
	htmlHasChart,
	settle,
	visitBytes,
	visitConsole,
	visitEmbed,
	visitExplorer,
	visitHome,
	visitImport,
	type VisitBytes
} from './bench-visits.ts';
import { serveStatic, type Traffic } from './serve-static.ts';
import { benchSynthetic, newContext, printSynthetic, type ScaleResult } from './bench-synthetic.ts';
import { BASE_FILE } from '../src/lib/engine/base-db.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runs =
	Number(args[args.indexOf('--runs') + 1]) > 0 && args.includes('--runs')
		? Number(args[args.indexOf('--runs') + 1])
		: 5;
const root = resolve(import.meta.dirname, '..');
const quick = args.includes('--quick');
/** `--console-only`: only the console's start, cold and warm (with its bytes per visit). */
const consoleOnly = args.includes('--console-only');
const scales = (
	args.includes('--scales') ? (args[args.indexOf('--scales') + 1] ?? '') : quick ? '1m' : '1m,10m'
)
	.split(',')
	// `--scales none`: the real data only.
	.filter((scale) => scale && scale !== 'none' && !consoleOnly);
const syntheticRuns =
	Number(args[args.indexOf('--synthetic-runs') + 1]) > 0 && args.includes('--synthetic-runs')
		? Number(args[args.indexOf('--synthetic-runs') + 1])
		: runs;

interface ColdLoad {
	/** the paint that first showed the chart's points, ms after navigation */
	first_chart_ms: number;
	/** the chart's SVG with its points was in the HTML as served */
	chart_in_html: boolean;
	/** `ogi:first-chart`: the page's script saw the chart on screen (hydrated) */
	interactive_ms: number;
	/** `ogi:tables-loaded` (explorer): every table it loads has arrived */
	tables_loaded_ms: number;
	/** bytes the server sent for the load, workers included, until nothing more was asked */
	bytes: number;
	engine_requests: number;
}

/** A cold load (a new context, nothing cached) of `path`, counted at the server. */
async function coldLoad(
	browser: Browser,
	traffic: Traffic,
	url: string,
	ready: string
): Promise<ColdLoad> {
	const context = await newContext(browser);
	await context.addInitScript(CHART_PAINT_SCRIPT);
	const page = await context.newPage();
	traffic.reset();
	const response = await page.goto(url);
	const html = (await response?.text()) ?? '';
	const first = await chartPaint(page);
	await page.locator(ready).first().waitFor({ timeout: 120_000 });
	await settle(traffic);
	const marks = await page.evaluate(() => {
		const mark = (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
		return { interactive: mark('ogi:first-chart'), tables: mark('ogi:tables-loaded') };
	});
	const bytes = visitBytes(traffic);
	await context.close();
	return {
		first_chart_ms: first,
		chart_in_html: htmlHasChart(html),
		interactive_ms: marks.interactive,
		tables_loaded_ms: marks.tables,
		bytes: bytes.bytes,
		engine_requests: bytes.engine.length
	};
}

/** The DuckDB-first baseline: `?engine_first=1` draws once DuckDB-WASM has every table. */
async function baselineLoad(browser: Browser, url: string) {
	const context = await newContext(browser);
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForFunction(
		() => performance.getEntriesByName('ogi:first-chart').length > 0,
		null,
		{ timeout: 120_000 }
	);
	const r = await page.evaluate(() => ({
		first_chart_ms: performance.getEntriesByName('ogi:first-chart')[0]!.startTime,
		engine_ready_ms: performance.getEntriesByName('ogi:engine-ready')[0]?.startTime ?? NaN
	}));
	await context.close();
	return r;
}

/** A cold load of an embed, as a reader of a host article gets it. */
async function embedLoad(browser: Browser, traffic: Traffic, url: string) {
	const context = await newContext(browser);
	const page = await context.newPage();
	traffic.reset();
	await page.goto(url);
	await page.waitForFunction(
		() => performance.getEntriesByName('ogi:first-chart').length > 0,
		null,
		{ timeout: 60_000 }
	);
	await settle(traffic);
	const first = await page.evaluate(
		() => performance.getEntriesByName('ogi:first-chart')[0]!.startTime
	);
	const bytes = visitBytes(traffic);
	await context.close();
	return { first_chart_ms: first, bytes: bytes.bytes, wasm: bytes.engine.length > 0 };
}

/** One visit in a new context, counted at the server. */
async function visitCost(
	browser: Browser,
	traffic: Traffic,
	visit: (page: Page) => Promise<unknown>
): Promise<VisitBytes> {
	const context = await newContext(browser);
	const page = await context.newPage();
	traffic.reset();
	await visit(page);
	await settle(traffic);
	const bytes = visitBytes(traffic);
	await context.close();
	return bytes;
}

/**
 * A browser profile of its own (a disk cache, as a reader's browser has; a new context's cache is
 * in memory and small): `work` runs in it, then the profile is deleted.
 */
async function withProfile<T>(work: (context: BrowserContext) => Promise<T>): Promise<T> {
	const dir = mkdtempSync(join(tmpdir(), 'ogi-bench-profile-'));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: chromiumPath,
		args: CHROMIUM_FLAGS
	});
	try {
		await context.addInitScript('globalThis.__name = (f) => f;');
		return await work(context);
	} finally {
		await context.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * How long a cold visit stays open after it is ready, before the warm visit: V8 offers a compiled
 * wasm module to the browser's code cache 2 s after its first functions were optimized
 * (`--wasm-caching-timeout-ms`, 2000 in V8 14), and the browser then writes it; 5 s leaves that
 * time and more, so a warm visit that is no faster is not one that came too early.
 */
const WARM_WAIT_MS =
	Number(args[args.indexOf('--warm-wait') + 1]) >= 0 && args.includes('--warm-wait')
		? Number(args[args.indexOf('--warm-wait') + 1])
		: 5000;

/**
 * The console cold (empty profile) until ready, kept open WARM_WAIT_MS, then a second navigation
 * in the same profile (warm): ready times, bytes and the start's phases of both.
 */
async function consoleVisits(traffic: Traffic, base: string) {
	return withProfile(async (context) => {
		await context.addInitScript(CONSOLE_READY_SCRIPT);
		const page = await context.newPage();
		traffic.reset();
		const coldMs = await visitConsole(page, base);
		const coldPhases = await enginePhases(page);
		await settle(traffic);
		const cold = visitBytes(traffic);
		await page.waitForTimeout(WARM_WAIT_MS);
		await page.goto('about:blank');
		traffic.reset();
		const warmMs = await visitConsole(page, base);
		const warmPhases = await enginePhases(page);
		await settle(traffic);
		const warm = visitBytes(traffic);
		return { coldMs, warmMs, cold, warm, coldPhases, warmPhases };
	});
}

/**
 * A bare DuckDB-WASM starting in a new profile (cold), kept alive WARM_WAIT_MS, then again in the
 * same profile (warm): its instantiate (the floor the console's start is held to) and the same
 * engine holding our tables with no page around it, cold and warm.
 */
async function bareEngine(base: string): Promise<{ cold: BareStart; warm: BareStart }> {
	const assets = resolve(root, 'build', '_app', 'immutable', 'assets');
	const files = readdirSync(assets);
	const worker = files.find((f) => /^duckdb-browser-eh\.worker\..*\.js$/.test(f));
	const wasm = files.find((f) => /^duckdb-eh\..*\.wasm$/.test(f));
	if (!worker || !wasm)
		throw new Error('bench: no DuckDB worker or wasm in build/_app/immutable/assets');
	const instantiate = (context: BrowserContext, keepMs: number) =>
		bareInstantiate(
			context,
			`${base}bench/blank.html`,
			`${base}_app/immutable/assets/${worker}`,
			`${base}_app/immutable/assets/${wasm}`,
			`${base}data/${BASE_FILE}`,
			keepMs
		);
	return withProfile(async (context) => ({
		cold: await instantiate(context, WARM_WAIT_MS),
		warm: await instantiate(context, 0)
	}));
}

/** The median of each phase over the runs that have it. */
function phaseMedians(rows: Record<string, number>[]): Record<string, number> {
	const names = [...new Set(rows.flatMap((r) => Object.keys(r)))];
	return Object.fromEntries(
		names
			.map((n) => [n, median(rows.map((r) => r[n]).filter((v): v is number => v !== undefined))])
			.sort((a, b) => Number(a[1]) - Number(b[1]))
	);
}

/** Phases as "mount 300 → worker +90 → …": each the time since the phase before it. */
function phaseLine(phases: Record<string, number>, readyMs: number): string {
	let last = 0;
	const parts = Object.entries(phases).map(([name, t]) => {
		const step = `${name} ${last === 0 ? '' : '+'}${(t - last).toFixed(0)}`;
		last = t;
		return step;
	});
	return [...parts, `ready +${(readyMs - last).toFixed(0)}`].join(' → ');
}

/** 50 filter changes, each timed from the change event to the chart showing the new state. */
async function filterChanges(browser: Browser, base: string, query = ''): Promise<number[]> {
	const context = await newContext(browser);
	const page = await context.newPage();
	await page.goto(`${base}explore?lang=en${query}`);
	await page
		.locator('figure[data-chart="trend"] circle.point')
		.first()
		.waitFor({ timeout: 600_000 });
	// Timed once every table has loaded: loading shares the main thread (decoding Parquet).
	await page.locator('.explorer[data-tables="loaded"]').waitFor({ timeout: 1_800_000 });
	const metrics = [
		'h_requests',
		'grant_rate',
		'h_granted',
		'h_reviews',
		'requests_new',
		'h_denied',
		'openness_rate',
		'h_handled',
		'outcome_total',
		'h_lawsuits'
	];
	const times: number[] = [];
	// 50 timed changes (a change to the metric already shown is skipped, not timed).
	for (let i = 0; times.length < 50 && i < 100; i++) {
		const metric = metrics[i % metrics.length]!;
		const ms = await page.evaluate(async (m) => {
			const select = document.querySelector<HTMLSelectElement>('[data-testid="metric"]')!;
			if (select.value === m) return -1;
			const label = [...select.options].find((o) => o.value === m)!.text;
			const t0 = performance.now();
			select.value = m;
			select.dispatchEvent(new Event('change', { bubbles: true }));
			await new Promise<void>((done) => {
				const check = () => {
					const caption =
						document.querySelector(
							'figure[data-chart] figcaption, figure[data-chart] h2, figure[data-chart]'
						)?.textContent ?? '';
					if (caption.includes(label)) done();
					else requestAnimationFrame(check);
				};
				check();
			});
			return performance.now() - t0;
		}, metric);
		if (ms >= 0) times.push(ms);
	}
	await context.close();
	return times;
}

function machine() {
	let commit = 'unknown';
	try {
		commit = execSync('git rev-parse --short HEAD', {
			cwd: root,
			stdio: ['ignore', 'pipe', 'ignore']
		})
			.toString()
			.trim();
		if (execSync('git status --porcelain', { cwd: root }).toString().trim())
			commit += ' (with uncommitted changes)';
	} catch {
		// not a git checkout
	}
	return {
		cpu: cpus()[0]?.model ?? 'unknown',
		cores: cpus().length,
		memory_gb: Math.round(totalmem() / 2 ** 30),
		node: process.version,
		commit,
		date: new Date().toISOString().slice(0, 10)
	};
}

if (!existsSync(resolve(root, 'build', 'index.html'))) {
	console.error('bench: build/ is missing: run `npm run data && npm run build` first');
	process.exit(1);
}
// A blank page of our origin for the bare engine (bench only, never part of the site).
const benchDir = mkdtempSync(join(tmpdir(), 'ogi-bench-'));
writeFileSync(join(benchDir, 'blank.html'), '<!doctype html><title>bench</title>');
// The synthetic datasets are served beside the site, never copied into it.
const { server, url, traffic } = await serveStatic(resolve(root, 'build'), 0, '127.0.0.1', {
	'/data-synthetic/': resolve(root, 'data-synthetic'),
	'/bench/': benchDir
});
const chromiumPath = await findChromium();
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
const kb = (b: number) => `${(b / 1000).toFixed(1)} KB`;
const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;
try {
	const load = loadavg()[0]!;
	const explorer: ColdLoad[] = [];
	const home: ColdLoad[] = [];
	for (let i = 0; i < (consoleOnly ? 0 : runs); i++) {
		explorer.push(
			await coldLoad(browser, traffic, `${url}explore`, '.explorer[data-tables="loaded"]')
		);
		home.push(await coldLoad(browser, traffic, url, 'figure[data-chart="trend"]'));
	}
	const baseline = [];
	for (let i = 0; i < (consoleOnly ? 0 : runs); i++)
		baseline.push(await baselineLoad(browser, `${url}explore?engine_first=1`));
	const filters = consoleOnly ? [] : await filterChanges(browser, url);
	const embeds = [];
	for (let i = 0; i < (consoleOnly ? 0 : runs); i++)
		embeds.push(await embedLoad(browser, traffic, `${url}embed/trend`));
	// Bytes per visit, counted at the server (workers included), each in a new context.
	const visits: Record<string, VisitBytes> = consoleOnly
		? {}
		: {
				home: await visitCost(browser, traffic, (p) => visitHome(p, url)),
				explorer: await visitCost(browser, traffic, (p) => visitExplorer(p, url)),
				embed: await visitCost(browser, traffic, (p) => visitEmbed(p, url)),
				import: await visitCost(browser, traffic, (p) => visitImport(p, url))
			};
	// The console: a bare DuckDB-WASM and the console with our tables, alternating, each in a new
	// profile: cold, then (after WARM_WAIT_MS) warm in the same profile.
	const consoleLoad = loadavg()[0]!;
	const bare: { cold: BareStart; warm: BareStart }[] = [];
	const consoles: Awaited<ReturnType<typeof consoleVisits>>[] = [];
	for (let i = 0; i < runs; i++) {
		bare.push(await bareEngine(url));
		consoles.push(await consoleVisits(traffic, url));
	}
	const consoleLoadAfter = loadavg()[0]!;
	visits['console cold'] = consoles[0]!.cold;
	visits['console warm'] = consoles[0]!.warm;
	const med = (rows: ColdLoad[], k: keyof ColdLoad) => median(rows.map((l) => Number(l[k])));
	const consoleCold = median(consoles.map((c) => c.coldMs));
	const consoleWarm = median(consoles.map((c) => c.warmMs));
	const bareCold = median(bare.map((b) => b.cold.instantiated));
	const bareWarm = median(bare.map((b) => b.warm.instantiated));
	const bareTables = median(bare.map((b) => b.cold.tables));
	const result = {
		machine: { ...machine(), load_average_at_start: Number(load.toFixed(2)) },
		runs,
		real: {
			first_chart_ms: med(explorer, 'first_chart_ms'),
			chart_in_html: explorer.every((l) => l.chart_in_html),
			interactive_ms: med(explorer, 'interactive_ms'),
			tables_loaded_ms: med(explorer, 'tables_loaded_ms'),
			load_bytes: med(explorer, 'bytes'),
			engine_requests: Math.max(...explorer.map((l) => l.engine_requests)),
			filter_p50_ms: quantile(filters, 0.5),
			filter_p95_ms: quantile(filters, 0.95),
			filter_changes: filters.length,
			duckdb_first: {
				first_chart_ms: median(baseline.map((l) => l.first_chart_ms)),
				engine_ready_ms: median(baseline.map((l) => l.engine_ready_ms))
			},
			chart_first_speedup:
				median(baseline.map((l) => l.first_chart_ms)) / med(explorer, 'first_chart_ms')
		},
		home: {
			first_chart_ms: med(home, 'first_chart_ms'),
			chart_in_html: home.every((l) => l.chart_in_html),
			load_bytes: med(home, 'bytes'),
			engine_requests: Math.max(...home.map((l) => l.engine_requests))
		},
		embed: {
			first_chart_ms: median(embeds.map((e) => e.first_chart_ms)),
			bytes: median(embeds.map((e) => e.bytes)),
			wasm: embeds.some((e) => e.wasm)
		},
		console: {
			load_average: [Number(consoleLoad.toFixed(2)), Number(consoleLoadAfter.toFixed(2))],
			warm_wait_ms: WARM_WAIT_MS,
			bare_instantiate_ms: bareCold,
			bare_warm_ms: bareWarm,
			cold_ready_ms: consoleCold,
			warm_ready_ms: consoleWarm,
			cold_over_bare: consoleCold / bareCold,
			// DuckDB's own work to hold our tables, on a blank page: what no console can go below.
			bare_tables_ms: bareTables,
			bare_tables_over_bare: bareTables / bareCold,
			cold_over_bare_tables: consoleCold / bareTables,
			warm_over_cold: consoleWarm / consoleCold,
			bare_warm_over_cold: bareWarm / bareCold,
			// The best warm / cold the console could reach if its own work cost nothing.
			floor_over_cold: bareWarm / consoleCold,
			cold_phases: phaseMedians(consoles.map((c) => c.coldPhases)),
			warm_phases: phaseMedians(consoles.map((c) => c.warmPhases)),
			// Each run's ratio (the same profile, minutes apart): the spread the medians hide.
			runs: consoles.map((c, k) => ({
				bare_cold_ms: bare[k]!.cold.instantiated,
				bare_warm_ms: bare[k]!.warm.instantiated,
				bare_tables_ms: bare[k]!.cold.tables,
				cold_ms: c.coldMs,
				warm_ms: c.warmMs
			}))
		},
		visits: Object.fromEntries(
			Object.entries(visits).map(([k, v]) => [
				k,
				{ bytes: v.bytes, requests: v.requests, engine_files: v.engine.map((e) => e.path) }
			])
		),
		synthetic: {} as Record<string, ScaleResult | { missing: string }>
	};
	for (const scale of scales) {
		const name = `synthetic-${scale}`;
		if (!existsSync(resolve(root, 'data-synthetic', name, 'dataset.json'))) {
			result.synthetic[scale] = {
				missing: `data-synthetic/${name}: run npm run data:synthetic -- --facts ${scale.replace('m', '000000')}`
			};
			continue;
		}
		if (!json) console.error(`bench: ${name} …`);
		result.synthetic[scale] = await benchSynthetic(
			browser,
			url,
			name,
			syntheticRuns,
			filterChanges
		);
	}
	if (json) console.log(JSON.stringify(result));
	else {
		const r = result.real;
		const c = result.console;
		const rows: [string, string, string][] = [
			['explorer: first chart painted', `${r.first_chart_ms.toFixed(0)} ms`, 'goal ≤ 150 ms'],
			['  its SVG in the HTML', r.chart_in_html ? 'yes' : 'no', 'goal: yes'],
			['  hydrated (ogi:first-chart)', `${r.interactive_ms.toFixed(0)} ms`, ''],
			['  tables loaded (ogi:tables-loaded)', `${r.tables_loaded_ms.toFixed(0)} ms`, ''],
			['  bytes of the load', kb(r.load_bytes), 'at the server, workers included'],
			['  wasm or DuckDB worker requests', String(r.engine_requests), 'goal: 0'],
			[`filter change p50 (${r.filter_changes} changes)`, `${r.filter_p50_ms.toFixed(1)} ms`, ''],
			['filter change p95', `${r.filter_p95_ms.toFixed(1)} ms`, 'goal ≤ 50 ms'],
			[
				'DuckDB-first baseline: first chart',
				`${r.duckdb_first.first_chart_ms.toFixed(0)} ms`,
				'?engine_first=1'
			],
			['baseline / chart-first first chart', `${r.chart_first_speedup.toFixed(1)}×`, ''],
			['home: first chart painted', `${result.home.first_chart_ms.toFixed(0)} ms`, 'goal ≤ 150 ms'],
			['  its SVG in the HTML', result.home.chart_in_html ? 'yes' : 'no', 'goal: yes'],
			['  wasm or DuckDB worker requests', String(result.home.engine_requests), 'goal: 0'],
			['embed /embed/trend: first chart', `${result.embed.first_chart_ms.toFixed(0)} ms`, ''],
			['  bytes', kb(result.embed.bytes), 'goal ≤ 100 KB'],
			['  any wasm', result.embed.wasm ? 'yes' : 'no', 'goal: no'],
			[
				'console: bare DuckDB-WASM instantiate',
				`${c.bare_instantiate_ms.toFixed(0)} ms`,
				'new profile'
			],
			[
				'  bare, second time (warm)',
				`${c.bare_warm_ms.toFixed(0)} ms`,
				`same profile, ${(WARM_WAIT_MS / 1000).toFixed(0)} s later`
			],
			['  bare warm / bare cold', c.bare_warm_over_cold.toFixed(2), ''],
			[
				'  bare + open + our tables attached',
				`${c.bare_tables_ms.toFixed(0)} ms`,
				`blank page, cold: ${c.bare_tables_over_bare.toFixed(2)}× bare (DuckDB's own floor)`
			],
			['console: ready with our tables, cold', `${c.cold_ready_ms.toFixed(0)} ms`, ''],
			['  cold / bare', c.cold_over_bare.toFixed(2), 'goal ≤ 1.2'],
			['  cold / (bare + our tables)', c.cold_over_bare_tables.toFixed(2), 'the page’s share'],
			[
				'console: ready, second visit (warm)',
				`${c.warm_ready_ms.toFixed(0)} ms`,
				`same profile, ${(WARM_WAIT_MS / 1000).toFixed(0)} s later`
			],
			['  warm / cold', c.warm_over_cold.toFixed(2), 'goal ≤ 0.3'],
			['  floor: bare warm / console cold', c.floor_over_cold.toFixed(2), 'if our work cost 0']
		];
		console.log(
			`OGI Atlas benchmark · ${result.machine.date} · ${result.machine.commit} · ${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memory_gb} GiB, Node ${result.machine.node} · load average ${load.toFixed(2)}`
		);
		console.log(`real data, medians of ${runs} cold loads on loopback`);
		const shown = consoleOnly
			? rows.slice(rows.findIndex((r) => r[0].startsWith('console')))
			: rows;
		for (const [k, v, goal] of shown) console.log(`  ${k.padEnd(40)} ${v.padStart(12)}  ${goal}`);
		console.log(
			`console start, ms since navigation (medians; load average ${c.load_average.join(' → ')}):`
		);
		console.log(`  cold: ${phaseLine(c.cold_phases, c.cold_ready_ms)}`);
		console.log(`  warm: ${phaseLine(c.warm_phases, c.warm_ready_ms)}`);
		console.log(
			`  per run (bare cold/warm/with tables, console cold/warm): ${c.runs.map((r) => `${r.bare_cold_ms.toFixed(0)}/${r.bare_warm_ms.toFixed(0)}/${r.bare_tables_ms.toFixed(0)}, ${r.cold_ms.toFixed(0)}/${r.warm_ms.toFixed(0)} (${(r.warm_ms / r.cold_ms).toFixed(2)})`).join('; ')}`
		);
		console.log('bytes per visit (at the server, workers included; KB = 1000 B)');
		for (const [k, v] of Object.entries(visits)) {
			const goal =
				k === 'home' || k === 'explorer'
					? 'goal ≤ 400 KB, no wasm'
					: k === 'embed'
						? 'goal ≤ 100 KB'
						: '';
			console.log(
				`  ${k.padEnd(40)} ${(v.bytes >= 1e6 ? mb(v.bytes) : kb(v.bytes)).padStart(12)}  ${v.requests} requests, ${v.engine.length} engine files  ${goal}`
			);
		}
		printSynthetic(result.synthetic);
	}
} finally {
	await browser.close();
	server.close();
	rmSync(benchDir, { recursive: true, force: true });
}
