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
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../tests/e2e/find-chromium.ts';
import { median, quantile } from './bench-stats.ts';
import { serveStatic } from './serve-static.ts';
import { benchSynthetic, newContext, printSynthetic, type ScaleResult } from './bench-synthetic.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runs =
	Number(args[args.indexOf('--runs') + 1]) > 0 && args.includes('--runs')
		? Number(args[args.indexOf('--runs') + 1])
		: 5;
const root = resolve(import.meta.dirname, '..');
const quick = args.includes('--quick');
const scales = (
	args.includes('--scales') ? (args[args.indexOf('--scales') + 1] ?? '') : quick ? '1m' : '1m,10m'
)
	.split(',')
	// `--scales none`: the real data only.
	.filter((scale) => scale && scale !== 'none');
const syntheticRuns =
	Number(args[args.indexOf('--synthetic-runs') + 1]) > 0 && args.includes('--synthetic-runs')
		? Number(args[args.indexOf('--synthetic-runs') + 1])
		: runs;

interface ColdLoad {
	first_chart_ms: number;
	engine_ready_ms: number;
	bytes_before_first_chart: number;
	wasm_before_first_chart: boolean;
	bytes_total: number;
}

async function coldLoad(browser: Browser, url: string): Promise<ColdLoad> {
	const context = await newContext(browser);
	const page = await context.newPage();
	await page.goto(url);
	await page.locator('[data-engine-status="ready"]').waitFor({ timeout: 120_000 });
	const r = await page.evaluate(() => {
		const mark = (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
		const first = mark('ogi:first-chart');
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
		const before = resources.filter((e) => e.responseEnd <= first);
		return {
			first_chart_ms: first,
			engine_ready_ms: mark('ogi:engine-ready'),
			bytes_before_first_chart: nav.transferSize + before.reduce((s, e) => s + e.transferSize, 0),
			wasm_before_first_chart: before.some((e) => e.name.endsWith('.wasm')),
			bytes_total: nav.transferSize + resources.reduce((s, e) => s + e.transferSize, 0)
		};
	});
	await context.close();
	return r;
}

/** A cold load of an embed, as a reader of a host article gets it. */
async function embedLoad(browser: Browser, url: string) {
	const context = await newContext(browser);
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForFunction(
		() => performance.getEntriesByName('ogi:first-chart').length > 0,
		null,
		{ timeout: 60_000 }
	);
	const r = await page.evaluate(() => {
		const first = performance.getEntriesByName('ogi:first-chart')[0]!.startTime;
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const all = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
		const before = all.filter((e) => e.responseEnd <= first);
		return {
			first_chart_ms: first,
			bytes_before_first_chart: nav.transferSize + before.reduce((s, e) => s + e.transferSize, 0),
			wasm: all.some((e) => e.name.endsWith('.wasm'))
		};
	});
	await context.close();
	return r;
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
	// Timed once the engine has loaded: its loading shares the main thread (decoding Parquet).
	await page.locator('[data-engine-status="ready"]').waitFor({ timeout: 1_800_000 });
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
// The synthetic datasets are served beside the site, never copied into it.
const { server, url } = await serveStatic(resolve(root, 'build'), 0, '127.0.0.1', {
	'/data-synthetic/': resolve(root, 'data-synthetic')
});
const browser = await chromium.launch({
	executablePath: await findChromium(),
	args: CHROMIUM_FLAGS
});
try {
	const loads: ColdLoad[] = [];
	for (let i = 0; i < runs; i++) loads.push(await coldLoad(browser, `${url}explore`));
	const baseline: ColdLoad[] = [];
	for (let i = 0; i < runs; i++)
		baseline.push(await coldLoad(browser, `${url}explore?engine_first=1`));
	const filters = await filterChanges(browser, url);
	const embeds = [];
	for (let i = 0; i < runs; i++) embeds.push(await embedLoad(browser, `${url}embed/trend`));
	const med = (k: keyof ColdLoad) => median(loads.map((l) => Number(l[k])));
	const result = {
		machine: machine(),
		runs,
		real: {
			first_chart_ms: med('first_chart_ms'),
			engine_ready_ms: med('engine_ready_ms'),
			first_chart_over_engine_ready: med('first_chart_ms') / med('engine_ready_ms'),
			bytes_before_first_chart: med('bytes_before_first_chart'),
			wasm_before_first_chart: loads.some((l) => l.wasm_before_first_chart),
			bytes_total: med('bytes_total'),
			filter_p50_ms: quantile(filters, 0.5),
			filter_p95_ms: quantile(filters, 0.95),
			filter_changes: filters.length,
			duckdb_first: {
				first_chart_ms: median(baseline.map((l) => l.first_chart_ms)),
				engine_ready_ms: median(baseline.map((l) => l.engine_ready_ms))
			},
			chart_first_speedup: median(baseline.map((l) => l.first_chart_ms)) / med('first_chart_ms')
		},
		embed: {
			first_chart_ms: median(embeds.map((e) => e.first_chart_ms)),
			bytes_before_first_chart: median(embeds.map((e) => e.bytes_before_first_chart)),
			wasm: embeds.some((e) => e.wasm)
		},
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
		const rows: [string, string, string][] = [
			['first chart (ogi:first-chart)', `${r.first_chart_ms.toFixed(0)} ms`, ''],
			['engine ready (ogi:engine-ready)', `${r.engine_ready_ms.toFixed(0)} ms`, ''],
			['first chart / engine ready', r.first_chart_over_engine_ready.toFixed(2), 'goal ≤ 0.3'],
			[
				'bytes before first chart',
				`${(r.bytes_before_first_chart / 1000).toFixed(1)} KB`,
				`goal ≤ 150 KB (1 KB = 1000 B; ${(r.bytes_before_first_chart / 1024).toFixed(1)} KiB)`
			],
			['wasm before first chart', r.wasm_before_first_chart ? 'yes' : 'no', 'goal: no'],
			['bytes in total (with the engine)', `${(r.bytes_total / 1024 / 1024).toFixed(2)} MiB`, ''],
			[`filter change p50 (${r.filter_changes} changes)`, `${r.filter_p50_ms.toFixed(1)} ms`, ''],
			['filter change p95', `${r.filter_p95_ms.toFixed(1)} ms`, 'goal ≤ 50 ms'],
			['embed /embed/trend: first chart', `${result.embed.first_chart_ms.toFixed(0)} ms`, ''],
			[
				'embed: bytes before first chart',
				`${(result.embed.bytes_before_first_chart / 1000).toFixed(1)} KB`,
				`goal ≤ 100 KB (${(result.embed.bytes_before_first_chart / 1024).toFixed(1)} KiB)`
			],
			['embed: any wasm loaded', result.embed.wasm ? 'yes' : 'no', 'goal: no'],
			[
				'DuckDB-first baseline: first chart',
				`${r.duckdb_first.first_chart_ms.toFixed(0)} ms`,
				'?engine_first=1'
			],
			['baseline / chart-first first chart', `${r.chart_first_speedup.toFixed(1)}×`, '']
		];
		console.log(
			`OGI Atlas benchmark · ${result.machine.date} · ${result.machine.commit} · ${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memory_gb} GiB, Node ${result.machine.node}`
		);
		console.log(`real data, medians of ${runs} cold loads of /explore on loopback`);
		for (const [k, v, goal] of rows) console.log(`  ${k.padEnd(36)} ${v.padStart(12)}  ${goal}`);
		printSynthetic(result.synthetic);
	}
} finally {
	await browser.close();
	server.close();
}
