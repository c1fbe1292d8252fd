/**
 * The SYNTHETIC-scale part of `npm run bench` (data-synthetic/<name>, `?dataset=<name>`): cold loads
 * of the explorer (first chart from the cube, tables loaded, and how long the page's main thread was
 * held by long tasks in between, while the tables load), 50 filter changes, and the SQL console:
 * a GROUP BY region_id, year over all facts and, for partitioned facts, a one-province query with
 * the bytes it fetched. Memory: the peak resident memory of the tab's renderer process (VmHWM, which
 * includes the DuckDB worker and its wasm memory) and the page's JS heap (CDP Performance.getMetrics).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { median, quantile } from './bench-stats.ts';
import { CONSOLE_READY_SCRIPT } from './bench-visits.ts';

/** tsx compiles named inner functions with esbuild's __name helper; define it in the page. */
export async function newContext(browser: Browser) {
	const context = await browser.newContext();
	await context.addInitScript('globalThis.__name = (f) => f;');
	return context;
}

export const GROUP_BY_ALL =
	'SELECT region_id, year, sum(value) AS total, count(*) AS n FROM facts GROUP BY region_id, year ORDER BY region_id, year';
export const ONE_PROVINCE =
	"SELECT region_id, year, sum(value) AS total FROM facts WHERE province_code = '35' GROUP BY region_id, year ORDER BY region_id, year";

export interface ScaleResult {
	facts: number;
	layout: string;
	runs: number;
	first_chart_ms: number;
	/** the explorer's tables loaded (`ogi:tables-loaded`; the explorer has no SQL engine) */
	tables_ms: number;
	/** the console's engine ready with the tables, from navigation */
	load_ms: number;
	/** main-thread long tasks (> 50 ms) between the first chart and the tables loaded: sum and longest */
	load_main_blocked_ms: number;
	load_longest_task_ms: number;
	filter_p50_ms: number;
	filter_p95_ms: number;
	filter_changes: number;
	console_query_ms: number;
	console_query_cold_ms: number;
	console_partitions_read: number | null;
	one_province?: { query_ms: number; bytes: number; files: number; rows: number; of_bytes: number };
	heap_mb: number;
	js_heap_mb: number;
}

/** Peak resident memory (MiB) of the browser's renderer processes: the tab and its workers. */
async function rendererPeakMb(browser: Browser): Promise<number> {
	const cdp = await browser.newBrowserCDPSession();
	const info = (await cdp.send('SystemInfo.getProcessInfo')) as {
		processInfo: { type: string; id: number }[];
	};
	await cdp.detach();
	let peak = 0;
	for (const p of info.processInfo.filter((x) => x.type === 'renderer')) {
		try {
			const status = readFileSync(`/proc/${p.id}/status`, 'utf8');
			const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
			peak = Math.max(peak, kb / 1024);
		} catch {
			// the process ended
		}
	}
	return peak;
}

async function jsHeapMb(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	const { metrics } = (await cdp.send('Performance.getMetrics')) as {
		metrics: { name: string; value: number }[];
	};
	await cdp.detach();
	return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
}

/** Types a query into the console, runs it, and times it from the click to the result on screen. */
async function consoleRun(page: Page, sql: string) {
	await page.locator('.cm-content').first().click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	await page.locator('.cm-content').first().fill(sql);
	return page.evaluate(async () => {
		const status = document.querySelector<HTMLElement>('[data-run-count]')!;
		const before = status.dataset.runCount;
		const t0 = performance.now();
		document.querySelector<HTMLButtonElement>('button.run')!.click();
		await new Promise<void>((done) => {
			const check = () =>
				status.dataset.runCount !== before ? done() : requestAnimationFrame(check);
			check();
		});
		const read = document.querySelector<HTMLElement>('[data-testid="partitions-read"]');
		const error = document.querySelector('.error[role="alert"]')?.textContent ?? null;
		return {
			ms: performance.now() - t0,
			error,
			files: read ? Number(read.dataset.files) : null,
			rows: read ? Number(read.dataset.rows) : null,
			bytes: read ? Number(read.dataset.bytes) : null
		};
	});
}

export async function benchSynthetic(
	browser: Browser,
	base: string,
	name: string,
	runs: number,
	filterChanges: (b: Browser, base: string, query: string) => Promise<number[]>
): Promise<ScaleResult> {
	const manifest = JSON.parse(
		readFileSync(new URL(`../data-synthetic/${name}/dataset.json`, import.meta.url), 'utf8')
	) as { facts: number; layout: string; partitions: { province_code: string; bytes: number }[] };
	let heap = 0;
	let jsHeap = 0;
	const loads: { first: number; ready: number; blocked: number; longest: number }[] = [];
	for (let i = 0; i < runs; i++) {
		const context = await newContext(browser);
		// Long tasks of the page's main thread (what a click or a filter change waits behind).
		await context.addInitScript(
			'globalThis.__ogiLongTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) globalThis.__ogiLongTasks.push([e.startTime, e.duration]); }).observe({ type: "longtask" });'
		);
		const page = await context.newPage();
		await page.goto(`${base}explore?dataset=${name}&lang=en`);
		await page.locator('.explorer[data-tables="loaded"]').waitFor({ timeout: 1_800_000 });
		loads.push(
			await page.evaluate(() => {
				const first = performance.getEntriesByName('ogi:first-chart')[0]!.startTime;
				const ready = performance.getEntriesByName('ogi:tables-loaded')[0]!.startTime;
				const tasks = (
					(globalThis as unknown as { __ogiLongTasks: [number, number][] }).__ogiLongTasks ?? []
				).filter(([start]) => start >= first && start <= ready);
				return {
					first,
					ready,
					blocked: tasks.reduce((s, [, d]) => s + d, 0),
					longest: Math.max(0, ...tasks.map(([, d]) => d))
				};
			})
		);
		heap = Math.max(heap, await rendererPeakMb(browser));
		jsHeap = Math.max(jsHeap, await jsHeapMb(page));
		await context.close();
	}
	const filters = await filterChanges(browser, base, `&dataset=${name}`);

	const context = await newContext(browser);
	await context.addInitScript(CONSOLE_READY_SCRIPT);
	const page = await context.newPage();
	await page.goto(`${base}sql?dataset=${name}&lang=en`);
	await page.locator('[data-engine-status="ready"]').waitFor({ timeout: 1_800_000 });
	const consoleReady = await page.evaluate(
		() => (globalThis as unknown as { __ogiConsoleReady: number }).__ogiConsoleReady
	);
	let oneProvince: ScaleResult['one_province'];
	if (manifest.layout === 'partitioned') {
		const r = await consoleRun(page, ONE_PROVINCE);
		if (r.error) throw new Error(`${name}: ${r.error}`);
		oneProvince = {
			query_ms: r.ms,
			bytes: r.bytes ?? NaN,
			files: r.files ?? NaN,
			rows: r.rows ?? NaN,
			of_bytes: manifest.partitions.reduce((s, p) => s + p.bytes, 0)
		};
	}
	const cold = await consoleRun(page, GROUP_BY_ALL);
	if (cold.error) throw new Error(`${name}: ${cold.error}`);
	const warm: number[] = [];
	for (let i = 0; i < Math.max(5, runs); i++) warm.push((await consoleRun(page, GROUP_BY_ALL)).ms);
	heap = Math.max(heap, await rendererPeakMb(browser));
	jsHeap = Math.max(jsHeap, await jsHeapMb(page));
	await context.close();

	return {
		facts: manifest.facts,
		layout: manifest.layout,
		runs,
		first_chart_ms: median(loads.map((l) => l.first)),
		tables_ms: median(loads.map((l) => l.ready)),
		load_ms: consoleReady,
		load_main_blocked_ms: median(loads.map((l) => l.blocked)),
		load_longest_task_ms: median(loads.map((l) => l.longest)),
		filter_p50_ms: quantile(filters, 0.5),
		filter_p95_ms: quantile(filters, 0.95),
		filter_changes: filters.length,
		console_query_ms: median(warm),
		console_query_cold_ms: cold.ms,
		console_partitions_read: cold.files,
		one_province: oneProvince,
		heap_mb: heap,
		js_heap_mb: jsHeap
	};
}

export function printSynthetic(results: Record<string, ScaleResult | { missing: string }>) {
	for (const [scale, r] of Object.entries(results)) {
		console.log(`SYNTHETIC ${scale}`);
		if ('missing' in r) {
			console.log(`  not measured: ${r.missing}`);
			continue;
		}
		const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
		const rows: [string, string, string][] = [
			['facts (layout)', `${r.facts.toLocaleString('en')} (${r.layout})`, ''],
			[`explorer first chart (median of ${r.runs})`, `${r.first_chart_ms.toFixed(0)} ms`, ''],
			['explorer: tables loaded', `${r.tables_ms.toFixed(0)} ms`, ''],
			[
				'  main thread in long tasks meanwhile',
				`${r.load_main_blocked_ms.toFixed(0)} ms`,
				`longest ${r.load_longest_task_ms.toFixed(0)} ms`
			],
			['console: engine ready with the tables', `${r.load_ms.toFixed(0)} ms`, 'one cold load'],
			[`filter p50 (${r.filter_changes} changes)`, `${r.filter_p50_ms.toFixed(1)} ms`, ''],
			[
				'filter p95',
				`${r.filter_p95_ms.toFixed(1)} ms`,
				scale === '10m' ? 'goal ≤ 300 ms' : 'goal ≤ 100 ms'
			],
			[
				'console GROUP BY region, year',
				`${r.console_query_ms.toFixed(0)} ms`,
				scale === '1m' ? 'goal ≤ 500 ms (warm median)' : 'warm median'
			],
			[
				r.layout === 'partitioned' ? '  first run (loads the partitions)' : '  first run',
				`${r.console_query_cold_ms.toFixed(0)} ms`,
				''
			],
			['peak memory of the tab (VmHWM)', `${r.heap_mb.toFixed(0)} MiB`, 'goal ≤ 2 GB'],
			['JS heap of the page', `${r.js_heap_mb.toFixed(0)} MiB`, '']
		];
		if (r.one_province)
			rows.push(
				[
					"one-province query (province_code = '35')",
					`${r.one_province.query_ms.toFixed(0)} ms`,
					''
				],
				[
					'  bytes it fetched',
					mb(r.one_province.bytes),
					`of ${mb(r.one_province.of_bytes)} of partitions; ${r.one_province.files} files, ${r.one_province.rows.toLocaleString('en')} rows`
				]
			);
		for (const [k, v, goal] of rows) console.log(`  ${k.padEnd(36)} ${v.padStart(12)}  ${goal}`);
	}
}
