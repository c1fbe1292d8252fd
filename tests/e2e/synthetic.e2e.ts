/**
 * The scale benchmark's SYNTHETIC datasets in the browser, as a person meets them: a link with
 * `?dataset=` shows a SYNTHETIC DATA badge, the explorer and the console read that dataset (the
 * explorer only the regions on screen, the console only the partitions a query needs), and the
 * default site never does. The dataset is generated here, tiny, and served beside the built site;
 * expected values come from Node DuckDB over the generated files.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
	generateSynthetic,
	type DatasetManifest
} from '../../scripts/synthetic/generate-synthetic.ts';
import { serveStatic } from '../../scripts/serve-static.ts';
import { finished, runQuery } from './console-page.ts';
import { CHROMIUM_FLAGS } from './find-chromium.ts';

const dir = mkdtempSync(join(tmpdir(), 'ogi-synthetic-e2e-'));
const dataset = join(dir, 'synthetic-test');
let manifest: DatasetManifest;
let server: Server;
let base: string;
let browser: Browser;
let page: Page;
const requests: string[] = [];
/** Web Workers the pages started (their script URLs). */
const workers: string[] = [];
/** What the Content-Security-Policy refused (e.g. apache-arrow's builders' string evaluation). */
const cspErrors: string[] = [];

async function query(sql: string): Promise<Record<string, unknown>[]> {
	const instance = await DuckDBInstance.create(':memory:');
	const db = await instance.connect();
	const out = (await db.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
	db.closeSync();
	instance.closeSync();
	return out;
}

beforeAll(async () => {
	manifest = await generateSynthetic({
		facts: 60_000,
		seed: 3,
		outDir: dataset,
		partitioned: true
	});
	({ server, url: base } = await serveStatic(
		resolve(import.meta.dirname, '..', '..', 'build'),
		0,
		'127.0.0.1',
		{ '/data-synthetic/': dir }
	));
	browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_FLAGS });
	const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
	context.on('request', (r) => requests.push(r.url()));
	page = await context.newPage();
	page.on('worker', (w) => workers.push(w.url()));
	page.on('console', (m) => {
		if (/Content.Security.Policy|unsafe-eval/i.test(m.text())) cspErrors.push(m.text());
	});
	page.on('pageerror', (e) => {
		if (/Content.Security.Policy|unsafe-eval/i.test(e.message)) cspErrors.push(e.message);
	});
});
afterAll(async () => {
	await browser?.close();
	server?.close();
	rmSync(dir, { recursive: true, force: true });
});

const badge = () => page.locator('[data-testid="synthetic-badge"]');

describe('synthetic datasets', () => {
	it('the explorer shows the badge and the synthetic numbers, and keeps the dataset on every change', async () => {
		const facts = join(dataset, 'facts.parquet').replace(/'/g, "''");
		const [expected] = await query(
			`SELECT value FROM '${facts}' WHERE region_id = '350000' AND year = 2020 AND metric = 'requests_new' AND applicant = 'total' AND report_id LIKE '%-gov-%'`
		);
		expect(expected).toBeDefined();
		await page.goto(
			`${base}explore?dataset=synthetic-test&lang=en&regions=350000,110000&metric=requests_new`
		);
		await expect.poll(() => badge().textContent(), { timeout: 60_000 }).toContain('SYNTHETIC DATA');
		await page.getByRole('tab', { name: 'Table' }).click();
		const row = page
			.locator('[data-testid="data-table"] tbody tr')
			.filter({ hasText: 'Synthetic province 35' })
			.filter({ hasText: '2020' })
			.first();
		await expect
			.poll(async () => (await row.locator('td').nth(3).textContent())?.replace(/[^0-9]/g, ''), {
				timeout: 120_000
			})
			.toBe(String(expected!.value));
		// Since 2019 the harmonized requests are the same number, drawn from the cube.
		await page.locator('[data-testid="metric"]').selectOption('h_requests');
		await expect
			.poll(async () => (await row.locator('td').nth(3).textContent())?.replace(/[^0-9]/g, ''), {
				timeout: 60_000
			})
			.toBe(String(expected!.value));
		expect(new URL(page.url()).searchParams.get('dataset')).toBe('synthetic-test');
		await expect.poll(() => badge().isVisible()).toBe(true);
		// The explorer never fetched the synthetic facts file whole: only byte ranges of it.
		expect(requests.some((u) => u.includes('/data-synthetic/synthetic-test/facts.parquet'))).toBe(
			true
		);
		// …and not from the page's main thread: the decoding worker read and decoded them.
		const factsByPage = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((e) => e.name)
				.filter((n) => n.includes('/data-synthetic/synthetic-test/facts'))
		);
		expect(factsByPage).toEqual([]);
		expect(workers.some((u) => /parquet-decode\.worker/.test(u))).toBe(true);
		expect(
			requests.every(
				(u) =>
					new URL(u).origin === new URL(base).origin ||
					u.startsWith('data:') ||
					u.startsWith('blob:')
			)
		).toBe(true);
	});

	it('the console reads only the partitions of the province a query names', async () => {
		await page.goto(`${base}sql?dataset=synthetic-test&lang=en`);
		await expect.poll(() => badge().isVisible(), { timeout: 60_000 }).toBe(true);
		await page.locator('[data-engine-status="ready"]').waitFor({ timeout: 180_000 });
		const run = async (sql: string) => {
			await runQuery(page, sql, 180_000);
			return page.locator('[data-testid="partitions-read"]');
		};
		const inProvince = manifest.partitions.filter((p) => p.province_code === '35');
		const read = await run(
			"SELECT year, sum(value) AS total FROM facts WHERE province_code = '35' GROUP BY year ORDER BY year"
		);
		await expect.poll(() => read.getAttribute('data-files')).toBe(String(inProvince.length));
		expect(await read.getAttribute('data-rows')).toBe(
			String(inProvince.reduce((s, p) => s + p.rows, 0))
		);
		const [first] = await query(
			`SELECT sum(value)::BIGINT AS total FROM read_parquet('${join(dataset, 'facts.parquet').replace(/'/g, "''")}') WHERE province_code = '35' AND year = 2008`
		);
		// The grid's first row is 2008 and that year's total, however the digits are grouped.
		const digits = async () => (await page.getByRole('grid').innerText()).replace(/[^0-9]/g, '');
		expect(await digits()).toContain(`2008${first!.total}`);
		// A query without a province or year filter needs every partition.
		const all = await run('SELECT count(*) AS n FROM facts');
		await expect
			.poll(() => all.getAttribute('data-needed'))
			.toBe(String(manifest.partitions.length));
		await expect.poll(digits).toContain(String(manifest.facts));
		// No atlas.duckdb here: our tables are in memory.main, beside the reader's own. Reset drops
		// the reader's table and keeps ours (the facts already loaded too).
		await run('CREATE TABLE mine AS SELECT 1 AS x');
		expect(await page.locator('[data-run-status]').getAttribute('data-run-status')).toBe('done');
		await finished(page, () => page.getByRole('button', { name: 'Reset' }).click(), 60_000);
		await page.getByText('Back to the start').waitFor();
		await run('SELECT * FROM mine');
		expect(await page.locator('[data-run-status]').getAttribute('data-run-status')).toBe('error');
		const after = await run('SELECT count(*) AS n FROM facts');
		await expect.poll(() => after.getAttribute('data-files')).toBe('0');
		await expect.poll(digits).toContain(String(manifest.facts));
		// Streaming the tables in and the partition loads never tripped the CSP (no 'unsafe-eval').
		expect(cspErrors).toEqual([]);
		// The rows were fetched and decoded in the decoding worker, not on the page's main thread:
		// the network saw the partition files, the page's own resource timing never did.
		expect(workers.some((u) => /parquet-decode\.worker/.test(u))).toBe(true);
		expect(requests.some((u) => u.includes('/synthetic-test/facts/province_code='))).toBe(true);
		const fetchedByPage = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((e) => e.name)
				.filter((n) => n.includes('/data-synthetic/'))
		);
		expect(fetchedByPage.filter((n) => n.includes('.parquet'))).toEqual([]);
	});

	it('a synthetic table file that cannot be read is named with a Retry, and the other tables work', async () => {
		const file = join(dataset, 'metrics.parquet');
		const whole = readFileSync(file);
		const [expected] = await query(
			`SELECT count(*)::INTEGER AS n FROM '${file.replace(/'/g, "''")}'`
		);
		// The file as a broken upload leaves it: its first half, no footer.
		writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
		try {
			await page.goto(`${base}sql?dataset=synthetic-test&lang=en`);
			const alert = page.getByTestId('data-fault');
			await alert.waitFor({ timeout: 180_000 });
			const item = alert.locator('li[data-file="metrics.parquet"]');
			expect(await item.getAttribute('data-kind')).toBe('corrupt');
			expect(await item.textContent()).toContain('metrics');
			await page.locator('[data-engine-status="ready"]').waitFor({ timeout: 180_000 });
			const run = (sql: string) => runQuery(page, sql, 180_000);
			// The other tables were loaded; the broken one is not there at all (not half of it).
			expect(await run('SELECT count(*) AS n FROM regions')).toBe('done');
			expect(await run('SELECT count(*) AS n FROM metrics')).toBe('error');
			// The file is whole again: Retry reads it, and the alert goes.
			writeFileSync(file, whole);
			await item.getByRole('button', { name: /Retry/ }).click();
			await alert.waitFor({ state: 'detached', timeout: 180_000 });
			await page.locator('[data-engine-status="ready"]').waitFor({ timeout: 180_000 });
			expect(await run('SELECT count(*) AS n FROM metrics')).toBe('done');
			const digits = (await page.getByRole('grid').innerText()).replace(/[^0-9]/g, '');
			expect(digits).toContain(String(expected!.n));
		} finally {
			writeFileSync(file, whole);
		}
	});

	it('the default site shows no badge, and an unknown dataset name falls back to the real data', async () => {
		for (const q of [
			'?lang=en',
			'?lang=en&dataset=../../etc/passwd',
			'?lang=en&dataset=synthetic-99m'
		]) {
			await page.goto(`${base}explore${q}`);
			await page.locator('figure[data-chart] svg').first().waitFor({ timeout: 60_000 });
			expect(await badge().count()).toBe(0);
			expect(await page.locator('figure[data-chart]').first().textContent()).not.toContain(
				'Synthetic'
			);
		}
	});
});
