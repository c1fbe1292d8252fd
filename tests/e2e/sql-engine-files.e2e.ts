/**
 * The SQL engine's own files failing, as a reader on a bad connection meets it: the wasm or the
 * worker script cannot be fetched (the console names the file at once and offers Retry, instead of
 * a 90 s "timed out"), and while the wasm downloads the progress names the wasm, not atlas.duckdb.
 * And the engine's worker starts from the page's head (engine-boot.js), before the page's own
 * scripts have run, and is the only one.
 */
import type { Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser.ts';
import { runQuery } from './console-page.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterEach(async () => {
	await s.context.unrouteAll({ behavior: 'ignoreErrors' });
});
afterAll(async () => {
	await s?.close();
});

const WASM = '**/duckdb-eh*.wasm';
const WORKER = '**/duckdb-browser-eh.worker*.js';
const status = () => s.page.locator('[data-engine-status]');
const firstCell = () =>
	s.page.locator('[data-testid="result-table"] tbody tr:nth-child(1) td:nth-child(1)');

async function failsThenRetries(pattern: string, file: string) {
	await s.context.route(pattern, (r) => r.abort('connectionrefused'));
	const started = Date.now();
	await s.page.goto(`${s.baseUrl}sql?lang=en`);
	await s.page.locator('[data-engine-status="error"]').waitFor({ timeout: 60_000 });
	// Promptly, and with the cause in the page, not a timeout.
	expect(Date.now() - started).toBeLessThan(60_000);
	const text = await status().textContent();
	expect(text).toContain(file);
	expect(text).not.toMatch(/timed out/);
	expect(await s.page.getByRole('alert').first().textContent()).toContain(file);
	await s.context.unrouteAll({ behavior: 'ignoreErrors' });
	await s.page.getByRole('button', { name: 'Retry' }).click();
	await s.page.locator('[data-engine-status="ready"]').waitFor({ timeout: 120_000 });
	expect(await runQuery(s.page, 'SELECT count(*) > 0 AS ok FROM facts')).toBe('done');
	expect(await firstCell().textContent()).toBe('true');
}

describe('the SQL engine files', () => {
	it('starts the engine worker before the page is mounted, once, and the console works', async () => {
		const context = await s.browser.newContext();
		try {
			// Every worker the page creates, and when (ms since navigation).
			await context.addInitScript(`(() => {
				const made = (globalThis.__workers = []);
				const Original = globalThis.Worker;
				globalThis.Worker = class extends Original {
					constructor(url, options) {
						super(url, options);
						made.push([String(url), performance.now()]);
					}
				};
			})();`);
			const page = await context.newPage();
			await page.goto(`${s.baseUrl}sql?lang=en`);
			await page.locator('[data-engine-status="ready"]').waitFor({ timeout: 120_000 });
			const { workers, mount } = await page.evaluate(() => ({
				workers: (globalThis as unknown as { __workers: [string, number][] }).__workers,
				mount: performance.getEntriesByName('ogi:engine:mount')[0]!.startTime
			}));
			const engines = workers.filter(([url]) => /duckdb-browser-eh\.worker/.test(url));
			expect(engines).toHaveLength(1);
			expect(engines[0]![1]).toBeLessThan(mount);
			expect(await runQuery(page, 'SELECT count(*) > 0 AS ok FROM facts')).toBe('done');
			expect(
				await page
					.locator('[data-testid="result-table"] tbody tr:nth-child(1) td:nth-child(1)')
					.textContent()
			).toBe('true');
		} finally {
			await context.close();
		}
	}, 300_000);

	it('names the wasm that cannot be fetched, and starts on Retry', async () => {
		await failsThenRetries(WASM, 'duckdb-eh.wasm');
	}, 300_000);

	it('names the worker script that cannot be fetched, and starts on Retry', async () => {
		await failsThenRetries(WORKER, 'duckdb-browser-eh.worker.js');
	}, 300_000);

	it('names the wasm while it downloads, not atlas.duckdb', async () => {
		let release = () => {};
		const held = new Promise<void>((r) => (release = r));
		await s.context.route(WASM, async (r: Route) => {
			await held;
			await r.continue();
		});
		const baseLoaded = s.page.waitForResponse((r) => r.url().endsWith('/atlas.duckdb'));
		await s.page.goto(`${s.baseUrl}sql?lang=en`);
		await baseLoaded;
		// atlas.duckdb is in; what the reader waits for is the wasm, and the line says so.
		await expect
			.poll(() => s.page.locator('[data-engine-status="loading"] .step').textContent(), {
				timeout: 30_000
			})
			.toMatch(/^\(duckdb-eh\.wasm[^,]*\)$/);
		release();
		await s.page.locator('[data-engine-status="ready"]').waitFor({ timeout: 120_000 });
	}, 300_000);
});
