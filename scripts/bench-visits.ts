/**
 * What a reader does on each page, as `npm run bench` and tests/e2e/first-chart-bytes.e2e.ts replay
 * it, and the bytes it costs counted at our static server (scripts/serve-static.ts `Traffic`), so a
 * worker's fetches (the DuckDB wasm) count like the page's own. A visit ends when the server has
 * answered everything and nothing new was asked for a while.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Served, Traffic } from './serve-static.ts';
import {
	ALLOW_UPLOADS,
	ATTACH_BASE,
	BASE_FILE,
	BASE_SEARCH_PATH
} from '../src/lib/engine/base-db.ts';
import { ENGINE_QUERY_CONFIG } from '../src/lib/engine/engine-config.ts';

/** Waits until the server has no open request and none arrived for `quietMs`. */
export async function settle(traffic: Traffic, quietMs = 500, timeoutMs = 120_000): Promise<void> {
	const start = Date.now();
	let seen = -1;
	let since = Date.now();
	while (Date.now() - start < timeoutMs) {
		if (traffic.entries.length !== seen || traffic.open > 0) {
			seen = traffic.entries.length;
			since = Date.now();
		} else if (Date.now() - since >= quietMs) return;
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error(`the server kept answering requests for ${timeoutMs / 1000} s`);
}

/**
 * An init script: when the first chart point enters the document, the time of the next frame (the
 * paint that shows it) goes to `__ogiChartPaint`. It also keeps that chart's SVG elements
 * (`__ogiFirstMarks`), so a test can check that hydration kept them.
 */
export const CHART_PAINT_SCRIPT = `(() => {
	const g = globalThis;
	g.__ogiChartPaint = null;
	g.__ogiFirstMarks = null;
	// The paint is timed from the first point; the marks the parser made are collected until the
	// parser is done (a loaded machine parses a figure in several steps; scripts, and so hydration,
	// run only after it).
	const seen = () => {
		const marks = document.querySelectorAll('figure[data-chart] circle.point');
		if (!marks.length) return false;
		const svg = marks[0].closest('figure');
		g.__ogiFirstMarks = [svg, ...svg.querySelectorAll('svg, circle.point, path.line')];
		if (g.__ogiChartPaint === null && !g.__ogiPaintAsked) {
			g.__ogiPaintAsked = true;
			requestAnimationFrame(() => (g.__ogiChartPaint = performance.now()));
		}
		return true;
	};
	const observer = new MutationObserver(() => {
		if (document.readyState !== 'loading') observer.disconnect();
		else seen();
	});
	observer.observe(document, { childList: true, subtree: true });
	// 'interactive': the parser is done and no script has run yet, so the marks now are all its own.
	document.addEventListener(
		'readystatechange',
		() => {
			seen();
			observer.disconnect();
		},
		{ once: true }
	);
})();`;

/** When the first chart was painted (ms since navigation). */
export async function chartPaint(page: Page): Promise<number> {
	await page.waitForFunction(
		() => (globalThis as { __ogiChartPaint?: number | null }).__ogiChartPaint != null,
		null,
		{ timeout: 120_000 }
	);
	return page.evaluate(
		() => (globalThis as unknown as { __ogiChartPaint: number }).__ogiChartPaint
	);
}

/** Whether a page's HTML (as served, before any script) holds a drawn chart: an SVG with points. */
export const htmlHasChart = (html: string): boolean =>
	/<figure[^>]*data-chart="trend"[\s\S]*?<svg[\s\S]*?<circle[^>]*class="point/.test(html);

export interface VisitBytes {
	bytes: number;
	requests: number;
	/** responses for a .wasm file or a DuckDB worker script */
	engine: Served[];
	entries: Served[];
}

export const isEngineFile = (path: string): boolean =>
	path.endsWith('.wasm') || /duckdb[^/]*worker[^/]*\.js$/.test(path);

export function visitBytes(traffic: Traffic): VisitBytes {
	const entries = [...traffic.entries];
	return {
		bytes: entries.reduce((s, e) => s + e.bytes, 0),
		requests: entries.length,
		engine: entries.filter((e) => isEngineFile(e.path)),
		entries
	};
}

/** The home page: the chart, then nothing else to wait for. */
export async function visitHome(page: Page, base: string): Promise<void> {
	await page.goto(base);
	await page
		.locator('figure[data-chart="trend"] circle.point')
		.first()
		.waitFor({ timeout: 60_000 });
}

/**
 * The explorer as a reader uses it: every view tab, a source passage opened from the sources tab,
 * and the CSV download of the table.
 */
export async function visitExplorer(page: Page, base: string): Promise<void> {
	await page.goto(`${base}explore?lang=en`);
	await page
		.locator('figure[data-chart="trend"] circle.point')
		.first()
		.waitFor({ timeout: 60_000 });
	await page.locator('.explorer[data-tables="loaded"]').waitFor({ timeout: 120_000 });
	const views: [string, string][] = [
		['compare', 'figure[data-chart="compare"]'],
		['handling', 'figure[data-chart="handling"]'],
		['table', '[data-testid="data-table"] tbody tr'],
		['sources', '[data-testid="sources-table"] tbody tr']
	];
	for (const [view, shows] of views) {
		await page.locator(`#tab-${view}`).click();
		await page.locator(shows).first().waitFor({ timeout: 60_000 });
	}
	// A number's source: the report's text with the number highlighted.
	await page.locator('#tab-table').click();
	await page.locator('[data-testid="data-table"] button.cell-link').first().click();
	await page.locator('mark').first().waitFor({ timeout: 60_000 });
	await page.keyboard.press('Escape');
	const download = page.waitForEvent('download', { timeout: 60_000 });
	await page.getByRole('button', { name: 'Download CSV' }).click();
	await (await download).path();
	await page.locator('#tab-trend').click();
	await page
		.locator('figure[data-chart="trend"] circle.point')
		.first()
		.waitFor({ timeout: 60_000 });
}

/** An embed as a host article shows it. */
export async function visitEmbed(page: Page, base: string, chart = 'trend'): Promise<void> {
	await page.goto(`${base}embed/${chart}`);
	await page.locator('figure[data-chart] svg').first().waitFor({ timeout: 60_000 });
}

/**
 * An init script: the time (since navigation) the console's engine status first reads "ready",
 * in `__ogiConsoleReady` (the console page sets no mark of its own).
 */
export const CONSOLE_READY_SCRIPT = `(() => {
	const g = globalThis;
	g.__ogiConsoleReady = null;
	const check = () => {
		if (g.__ogiConsoleReady === null && document.querySelector('[data-engine-status="ready"]')) {
			g.__ogiConsoleReady = performance.now();
			return true;
		}
		return false;
	};
	const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
	observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-engine-status'] });
})();`;

/** The console until its engine has our tables; the time that took since navigation. */
export async function visitConsole(page: Page, base: string): Promise<number> {
	await page.goto(`${base}sql?lang=en`);
	await page.waitForFunction(
		() => (globalThis as { __ogiConsoleReady?: number | null }).__ogiConsoleReady != null,
		null,
		{
			timeout: 600_000
		}
	);
	return page.evaluate(
		() => (globalThis as unknown as { __ogiConsoleReady: number }).__ogiConsoleReady
	);
}

/** The import page, ready for a report to be pasted or dropped. */
export async function visitImport(page: Page, base: string): Promise<void> {
	await page.goto(`${base}import?lang=en`);
	await page.locator('textarea').first().waitFor({ timeout: 60_000 });
}

/** What a bare DuckDB-WASM's start took, ms from its worker's creation. */
export interface BareStart {
	/** the wasm instantiated: the floor the console's start is held to (issue #18) */
	instantiated: number;
	/**
	 * then DuckDB's own work to hold our tables, with no page around it: open and connect with the
	 * console's settings, attach `atlas.duckdb` read-only, lock the configuration. The console
	 * cannot be ready before this; what it takes beyond it is the page's.
	 */
	tables: number;
}

/**
 * A bare DuckDB-WASM on a blank page (no page code): its worker instantiates the wasm, then opens
 * and attaches our base file as the console does (the same statements, src/lib/engine/base-db.ts),
 * each request sent when the one before is answered. The worker (and its compiled module) stays
 * alive on the page for `keepMs` afterwards, as a reader's would, so whatever the browser caches
 * once a module has run has the chance to be written before the page closes.
 */
export async function bareInstantiate(
	context: BrowserContext,
	blankUrl: string,
	workerUrl: string,
	wasmUrl: string,
	baseUrl: string,
	keepMs = 0
): Promise<BareStart> {
	const page = await context.newPage();
	await page.goto(blankUrl);
	const statements = [
		'SET autoinstall_known_extensions = false',
		'SET autoload_known_extensions = false',
		ATTACH_BASE,
		BASE_SEARCH_PATH,
		ALLOW_UPLOADS,
		'SET enable_external_access = false',
		'SET lock_configuration = true'
	];
	const times = await page.evaluate(
		async ({ worker, wasm, base, file, config, sql }) => {
			const t0 = performance.now();
			const bytes = fetch(base).then((r) => r.arrayBuffer());
			const w = new Worker(worker);
			(globalThis as unknown as { __ogiBare: Worker }).__ogiBare = w;
			// duckdb-wasm's worker protocol: each request answered by its id (OK, CONNECTION_INFO, …).
			let id = 0;
			const waiting = new Map<number, [(v: unknown) => void, (e: Error) => void]>();
			w.onmessage = (e: MessageEvent<{ type: string; requestId: number; data: unknown }>) => {
				if (e.data.type === 'INSTANTIATE_PROGRESS') return;
				const [resolve, reject] = waiting.get(e.data.requestId) ?? [];
				waiting.delete(e.data.requestId);
				if (e.data.type === 'ERROR') reject?.(new Error(`ERROR: ${JSON.stringify(e.data.data)}`));
				else resolve?.(e.data.data);
			};
			const failed = new Promise<never>((_, reject) => {
				w.onerror = (e) => reject(new Error(e.message));
			});
			const ask = (type: string, data: unknown) =>
				Promise.race([
					failed,
					new Promise((resolve, reject) => {
						waiting.set(++id, [resolve, reject]);
						w.postMessage({ messageId: id, type, data });
					})
				]);
			await ask('INSTANTIATE', [wasm, null]);
			const instantiated = performance.now() - t0;
			await ask('OPEN', { query: config });
			const conn = await ask('CONNECT', null);
			// 2: DuckDBDataProtocol.BROWSER_FILEREADER, as load-tables.ts registers the base.
			await ask('REGISTER_FILE_HANDLE', [file, new File([await bytes], file), 2, true]);
			for (const statement of sql) await ask('RUN_QUERY', [conn, statement]);
			return { instantiated, tables: performance.now() - t0 };
		},
		{
			worker: workerUrl,
			wasm: wasmUrl,
			base: baseUrl,
			file: BASE_FILE,
			config: { ...ENGINE_QUERY_CONFIG },
			sql: statements
		}
	);
	if (keepMs > 0) await page.waitForTimeout(keepMs);
	await page.close();
	return times;
}

/** The console's start phases (performance marks `ogi:engine:<phase>`), ms since navigation. */
export async function enginePhases(page: Page): Promise<Record<string, number>> {
	return page.evaluate(() =>
		Object.fromEntries(
			performance
				.getEntriesByType('mark')
				.filter((m) => m.name.startsWith('ogi:engine:'))
				.map((m) => [m.name.slice('ogi:engine:'.length), m.startTime])
		)
	);
}
