/**
 * Faults as a reader meets them: a data file missing, truncated, corrupt or of the wrong schema,
 * a download that stalls, a slow network, and the SQL engine's worker dying mid-query. Each time the
 * page names the file (or the engine), offers a Retry, and every view that does not need the broken
 * part keeps working. Faults are injected at the network (Playwright routes, Chrome's network
 * throttling) or by closing the engine's worker from inside, as a crash would; the site has no
 * test hook. Expected figures are printed in the reports: 平潭 2021 本年新收 70.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser.ts';
import { runQuery, typeQuery } from './console-page.ts';

const DATA = resolve(import.meta.dirname, '..', '..', 'build', 'data');
const bytesOf = (file: string) => readFileSync(resolve(DATA, file));

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});
afterEach(async () => {
	await s.page.unrouteAll({ behavior: 'ignoreErrors' });
	s.consoleErrors.length = 0;
});

/** Serves `file` as `serve` says instead of the real one. */
const fault = (file: string, serve: (route: Route) => Promise<void> | void) =>
	s.page.route(`**/data/${file}`, serve);

const alert = () => s.page.getByTestId('data-fault');
/** Errors thrown by the page (a failed download logs "Failed to load resource", which is expected). */
const pageErrors = () => s.consoleErrors.filter((e) => !/Failed to load resource/.test(e));
const trendPoints = () => s.page.locator('figure[data-chart="trend"] circle.point');

async function pointValue(year: number) {
	const point = trendPoints().and(s.page.locator(`[data-year="${year}"]`));
	await point.first().waitFor({ timeout: 30_000 });
	return Number(await point.first().getAttribute('data-value'));
}

describe('a broken data file', () => {
	it('missing checks.parquet: the charts draw, the source panel says the checks are unavailable, Retry restores them', async () => {
		await fault('checks.parquet', (r) => r.fulfill({ status: 404, body: 'not found' }));
		await s.page.goto(`${s.baseUrl}explore?regions=350128&from=2021&to=2021&lang=en`);
		await alert().waitFor({ timeout: 30_000 });
		const item = alert().locator('li[data-file="checks.parquet"]');
		await expect(item.textContent()).resolves.toMatch(
			/checks\.parquet is missing on the server \(HTTP 404 Not Found\).*checks are unavailable; the charts still work/s
		);
		expect(await alert().getAttribute('role')).toBe('alert');
		expect(await pointValue(2021)).toBe(70);

		const point = trendPoints().first();
		await point.focus();
		await point.press('Enter');
		const panel = s.page.locator('aside.source-panel');
		await panel.locator('mark').first().waitFor({ timeout: 30_000 });
		await expect(panel.getByTestId('checks-unavailable').textContent()).resolves.toBe(
			'Checks unavailable: checks.parquet could not be loaded.'
		);
		await panel.getByRole('button', { name: 'Close' }).click();

		await s.page.unrouteAll({ behavior: 'ignoreErrors' });
		await s.page.getByRole('button', { name: 'Retry loading checks.parquet' }).click();
		await alert().waitFor({ state: 'detached', timeout: 30_000 });
		await point.focus();
		await point.press('Enter');
		await panel.locator('tr[data-check]').first().waitFor({ timeout: 30_000 });
		expect(await panel.getByTestId('checks-unavailable').count()).toBe(0);
		expect(pageErrors()).toEqual([]);
	});

	it('a report text that cannot be fetched: the source panel names the file, Retry reads the passage', async () => {
		await fault('texts/*.txt', (r) => r.abort('failed'));
		await s.page.goto(`${s.baseUrl}explore?regions=350128&from=2021&to=2021&lang=en`);
		expect(await pointValue(2021)).toBe(70);
		const point = trendPoints().first();
		await point.focus();
		await point.press('Enter');
		const panel = s.page.locator('aside.source-panel');
		const file = `texts/${await panel.getAttribute('data-report')}.txt`;
		const item = panel.locator(`[data-testid="data-fault"] li[data-file="${file}"]`);
		await item.waitFor({ timeout: 30_000 });
		await expect(item.textContent()).resolves.toMatch(
			new RegExp(
				`${file.replace(/\./g, '\\.')} could not be downloaded: network error.*The report text cannot be shown for now; the numbers above and the checks are unaffected`,
				's'
			)
		);
		await expect(panel.textContent()).resolves.not.toMatch(/was not found in the report/);
		// The numbers of the panel are still there.
		await expect(panel.locator('table.facts td.num').first().textContent()).resolves.toBe('70');

		await s.page.unrouteAll({ behavior: 'ignoreErrors' });
		await panel.getByRole('button', { name: `Retry loading ${file}` }).click();
		const mark = panel.locator('pre mark').first();
		await mark.waitFor({ timeout: 30_000 });
		await expect(mark.textContent()).resolves.toBe('70');
		expect(await panel.getByTestId('data-fault').count()).toBe(0);
		expect(pageErrors()).toEqual([]);
	});

	it('truncated facts.parquet: raw metrics name the file, harmonized ones still draw, Retry draws the raw metric', async () => {
		const facts = bytesOf('facts.parquet');
		await fault('facts.parquet', (r) =>
			r.fulfill({
				body: facts.subarray(0, facts.length >> 1),
				contentType: 'application/vnd.apache.parquet'
			})
		);
		await s.page.goto(
			`${s.baseUrl}explore?regions=350128&from=2021&to=2021&metric=requests_new&lang=en`
		);
		await alert().waitFor({ timeout: 30_000 });
		await expect(alert().locator('li[data-file="facts.parquet"]').textContent()).resolves.toMatch(
			/facts\.parquet is truncated/
		);
		await expect(s.page.getByTestId('view-needs-file').textContent()).resolves.toContain(
			'This view needs facts.parquet'
		);
		// The harmonized metric does not need the facts.
		await s.page.getByTestId('metric').selectOption('h_requests');
		expect(await pointValue(2021)).toBe(70);
		await s.page.getByTestId('metric').selectOption('requests_new');
		await s.page.getByTestId('view-needs-file').waitFor();

		await s.page.unrouteAll({ behavior: 'ignoreErrors' });
		await s.page.getByRole('button', { name: 'Retry loading facts.parquet' }).click();
		await alert().waitFor({ state: 'detached', timeout: 30_000 });
		expect(await pointValue(2021)).toBe(70);
		expect(pageErrors()).toEqual([]);
	});

	it('corrupt reports.parquet: no chart, the file named; Retry draws the chart', async () => {
		const reports = Buffer.from(bytesOf('reports.parquet'));
		// Scramble everything between the PAR1 header and footer.
		for (let i = 4; i < reports.length - 4; i++) reports[i] = (reports[i]! * 31 + 7) & 0xff;
		await fault('reports.parquet', (r) => r.fulfill({ body: reports }));
		await s.page.goto(`${s.baseUrl}explore?regions=350128&lang=en`);
		await alert().waitFor({ timeout: 30_000 });
		await expect(alert().textContent()).resolves.toMatch(
			/reports\.parquet is corrupt and cannot be read.*No chart can be drawn without it/s
		);
		expect(await trendPoints().count()).toBe(0);
		await s.page.unrouteAll({ behavior: 'ignoreErrors' });
		await s.page.getByRole('button', { name: 'Retry loading reports.parquet' }).click();
		expect(await pointValue(2021)).toBe(70);
		expect(await alert().count()).toBe(0);
		expect(pageErrors()).toEqual([]);
	});

	it('checks.parquet with another schema: the missing columns are named', async () => {
		const regions = bytesOf('regions.parquet');
		await fault('checks.parquet', (r) => r.fulfill({ body: regions }));
		await s.page.goto(`${s.baseUrl}explore?regions=350128&lang=en`);
		await alert().waitFor({ timeout: 30_000 });
		await expect(alert().textContent()).resolves.toMatch(
			/checks\.parquet does not have the expected columns \(unexpected schema: missing columns report_id, check, applicant, status, expected, actual, detail, imported\)/
		);
		expect(await pointValue(2021)).toBe(70);
		expect(pageErrors()).toEqual([]);
	});

	it('a download that stalls times out, says which file timed out, and Retry loads it', async () => {
		// The server never answers for harmonized.parquet.
		await fault('harmonized.parquet', () => {});
		await s.page.goto(`${s.baseUrl}explore?regions=350128&lang=en`);
		await s.page.getByTestId('data-progress').waitFor({ timeout: 30_000 });
		await alert().waitFor({ timeout: 60_000 });
		await expect(alert().textContent()).resolves.toMatch(
			/Downloading harmonized\.parquet timed out.*timed out: no data for 20 s/s
		);
		await s.page.unrouteAll({ behavior: 'ignoreErrors' });
		await s.page.getByRole('button', { name: 'Retry loading harmonized.parquet' }).click();
		expect(await pointValue(2021)).toBe(70);
		expect(pageErrors()).toEqual([]);
	});

	it('a slow network shows the progress of each file, then draws', async () => {
		const cdp = await s.context.newCDPSession(s.page);
		const size = `${(bytesOf('facts.parquet').length / 1024).toFixed(1)} KB`;
		// Throttle once the page asks for its data (the page's code is already there): 8 KB/s.
		let throttled = false;
		await s.page.route('**/data/*.parquet', async (route) => {
			if (!throttled) {
				throttled = true;
				await cdp.send('Network.emulateNetworkConditions', {
					offline: false,
					latency: 300,
					downloadThroughput: 8 * 1024,
					uploadThroughput: 8 * 1024
				});
			}
			await route.continue();
		});
		try {
			await s.page.goto(
				`${s.baseUrl}explore?regions=350128&from=2021&to=2021&metric=requests_new&lang=en`
			);
			const progress = s.page.getByTestId('data-progress');
			await progress.getByText(/^Loading data: \d of \d files$/).waitFor({ timeout: 30_000 });
			const facts = progress.locator('[data-file="facts.parquet"]');
			await facts.waitFor({ timeout: 60_000 });
			await expect(facts.textContent()).resolves.toMatch(
				new RegExp(`^facts\\.parquet: [\\d.]+ (B|KB) of ${size.replace('.', '\\.')}$`)
			);
			expect(await pointValue(2021)).toBe(70);
			expect(await alert().count()).toBe(0);
		} finally {
			// Back to full speed, whatever happened: the next tests load the 30 MB engine.
			await cdp.send('Network.emulateNetworkConditions', {
				offline: false,
				latency: 0,
				downloadThroughput: -1,
				uploadThroughput: -1
			});
			await cdp.detach();
		}
	});

	it('the home page draws its chart from its HTML, whatever happens to the data files', async () => {
		await fault('facts.parquet', (r) => r.fulfill({ status: 404, body: 'not found' }));
		await fault('reports.parquet', (r) => r.fulfill({ status: 500, body: 'oops' }));
		await s.page.goto(s.baseUrl);
		await s.page.waitForFunction(
			() => performance.getEntriesByName('ogi:first-chart').length > 0,
			null,
			{ timeout: 30_000 }
		);
		expect(await s.page.locator('figure[data-chart="trend"] circle.point').count()).toBeGreaterThan(
			4
		);
		expect(await alert().count()).toBe(0);
		await s.page.unrouteAll({ behavior: 'ignoreErrors' });
	});

	it('an embed draws without checks.parquet and names it; a handling embed without facts says it needs them', async () => {
		await fault('checks.parquet', (r) => r.fulfill({ status: 404, body: 'not found' }));
		await fault('facts.parquet', (r) => r.fulfill({ status: 500, body: 'oops' }));
		await s.page.goto(`${s.baseUrl}embed/trend?regions=350128&lang=en`);
		await alert().waitFor({ timeout: 30_000 });
		await expect(alert().locator('li[data-file="checks.parquet"]').textContent()).resolves.toMatch(
			/^checks\.parquet is missing on the server \(HTTP 404 Not Found\)/
		);
		await expect(alert().locator('li[data-file="facts.parquet"]').textContent()).resolves.toMatch(
			/^facts\.parquet could not be downloaded \(the server answered HTTP 500/
		);
		expect(await pointValue(2021)).toBe(70);

		await s.page.goto(`${s.baseUrl}embed/handling?regions=350128&lang=en`);
		await s.page.getByTestId('view-needs-file').waitFor({ timeout: 30_000 });
		await s.page.unrouteAll({ behavior: 'ignoreErrors' });
		await s.page.getByRole('button', { name: 'Retry loading facts.parquet' }).click();
		await s.page.locator('figure[data-chart="handling"]').waitFor({ timeout: 30_000 });
		expect(await alert().count()).toBe(0);
		expect(pageErrors()).toEqual([]);
	});
});

describe('the SQL console', () => {
	const run = (sql: string) => runQuery(s.page, sql, 60_000);
	const firstCell = () =>
		s.page.locator('[data-testid="result-table"] tbody tr:nth-child(1) td:nth-child(1)');
	const ready = () => s.page.locator('[data-engine-status="ready"]').waitFor({ timeout: 120_000 });

	it('starts without atlas.duckdb, says our tables are missing, and attaches them on Retry', async () => {
		await fault('atlas.duckdb', (r) => r.fulfill({ status: 404, body: 'not found' }));
		await s.page.goto(`${s.baseUrl}sql?lang=en`);
		await ready();
		await expect(alert().textContent()).resolves.toMatch(
			/atlas\.duckdb is missing on the server.*The SQL console works with your own files, without our tables/s
		);
		await run('SELECT 41 + 1 AS n');
		expect(Number(await firstCell().textContent())).toBe(42);
		await run('SELECT count(*) FROM checks');
		await expect(s.page.locator('.error[role="alert"]').textContent()).resolves.toMatch(/checks/);

		await s.page.unrouteAll({ behavior: 'ignoreErrors' });
		await s.page.getByRole('button', { name: 'Retry loading atlas.duckdb' }).click();
		await alert().waitFor({ state: 'detached', timeout: 60_000 });
		await run(`SELECT count(*) AS n FROM checks WHERE status = 'fail'`);
		expect(Number(await firstCell().textContent())).toBeGreaterThan(0);
	}, 300_000);

	it('names a corrupt atlas.duckdb and keeps the console usable', async () => {
		await fault('atlas.duckdb', (r) =>
			r.fulfill({ status: 200, body: Buffer.from('this is not a DuckDB database file at all') })
		);
		await s.page.goto(`${s.baseUrl}sql?lang=en`);
		await ready();
		await expect(alert().textContent()).resolves.toMatch(/atlas\.duckdb/);
		await run('SELECT 6 * 7 AS n');
		expect(Number(await firstCell().textContent())).toBe(42);
	}, 300_000);

	it('notices the engine dying mid-query, restarts it with the data, and the next query works', async () => {
		await s.page.goto(`${s.baseUrl}sql?lang=en`);
		await ready();
		// A table of the reader's own, which a new engine cannot have: the notice names it.
		await run(
			'CREATE TEMP TABLE my_counts AS SELECT region_id, count(*) AS n FROM reports GROUP BY 1'
		);
		await s.page.getByRole('button', { name: 'Insert my_counts', exact: true }).first().waitFor();
		await typeQuery(s.page, 'SELECT count(*) FROM range(10000000000000) a');
		await s.page.getByRole('button', { name: 'Run', exact: true }).click();
		await s.page.locator('[data-run-status="running"]').waitFor();
		const worker = s.page.workers().find((w) => /duckdb/.test(w.url()));
		expect(worker, 'the DuckDB worker').toBeDefined();
		// The worker stops itself, as a crash or an out-of-memory abort would: no error event, no answer.
		await worker!.evaluate(() => {
			setTimeout(() => self.close(), 0);
		});
		const notice = s.page.getByTestId('engine-restarted');
		await notice.waitFor({ timeout: 90_000 });
		await expect(notice.textContent()).resolves.toContain(
			'The engine stopped and was restarted; your query was not completed.'
		);
		expect(await notice.getAttribute('role')).toBe('alert');
		await expect
			.poll(() => notice.textContent())
			.toContain(
				'The tables you made on this page were lost with it; create them again: my_counts'
			);
		await ready();
		await run(
			`SELECT h_requests FROM harmonized WHERE report_id = 'pingtan_2021' AND applicant = 'total'`
		);
		expect(Number(await firstCell().textContent())).toBe(70);
		expect(await notice.count()).toBe(0);
		expect(pageErrors()).toEqual([]);
	}, 300_000);
});
