/**
 * The SQL console as a person uses it: type a query, press Run, read the grid; a wrong query shows
 * DuckDB's error and the next one runs; Cancel stops a runaway query; a shared link restores and
 * runs its query; queries cannot reach the network or local files. Expected values come from
 * Node DuckDB over the same Parquet files.
 */
import { readFileSync } from 'node:fs';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/lib/console/examples.ts';
import { openBuiltData, rows } from '../sql/parquet-db.ts';
import { foreignRequests, openSession, type Session } from './browser.ts';
import * as consolePage from './console-page.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});

async function open(query = '?lang=en') {
	await s.page.goto(`${s.baseUrl}sql${query}`);
	await s.page.locator('[data-engine-status="ready"]').waitFor({ timeout: 90_000 });
}

// The console helpers (console-page.ts), on this file's page.
const typeQuery = (sql: string) => consolePage.typeQuery(s.page, sql);
const finished = (start: () => Promise<void>, timeout?: number) =>
	consolePage.finished(s.page, start, timeout);
const runAndWait = (timeout?: number) => consolePage.runAndWait(s.page, timeout);

const alerts = () => s.page.getByRole('alert').allTextContents();

const cell = (row: number, col: number) =>
	s.page.locator(`[data-testid="result-table"] tbody tr:nth-child(${row}) td:nth-child(${col})`);

describe('SQL console', () => {
	it('shows the engine loading, then counts facts like Node DuckDB does', async () => {
		await s.page.goto(`${s.baseUrl}sql?lang=en`);
		await s.page.getByText('Loading the SQL engine…').waitFor({ timeout: 30_000 });
		await s.page.locator('[data-engine-status="ready"]').waitFor({ timeout: 90_000 });
		await typeQuery('SELECT count(*) AS n FROM facts');
		await runAndWait();
		const c = await openBuiltData();
		const expected = Number((await rows(c, 'SELECT count(*) AS n FROM facts'))[0]!.n);
		expect(expected).toBeGreaterThan(100);
		expect(Number(await cell(1, 1).textContent())).toBe(expected);
		expect(await s.page.locator('[data-testid="result-table"] th .name').allTextContents()).toEqual(
			['n']
		);
		expect(await s.page.getByTestId('result-summary').textContent()).toContain(
			'showing rows 1–1 of 1'
		);
		expect(await s.page.getByTestId('elapsed').textContent()).toMatch(/\d+ ms/);
		expect(new URL(s.page.url()).searchParams.get('q')).toBe('SELECT count(*) AS n FROM facts');
		expect(foreignRequests(s)).toEqual([]);
	});

	it('shows NULL, right-aligns numbers and runs with Ctrl+Enter', async () => {
		await typeQuery("SELECT 42 AS answer, NULL AS nothing, 'x' AS word");
		expect(await finished(() => s.page.keyboard.press('Control+Enter'))).toBe('done');
		expect(await cell(1, 2).textContent()).toBe('NULL');
		expect(await cell(1, 1).textContent()).toBe('42');
		expect(await cell(1, 1).evaluate((e) => getComputedStyle(e).textAlign)).toBe('right');
	});

	it('runs only the selection when there is one', async () => {
		await typeQuery('SELECT 1 AS a FROM no_such_table\nSELECT 2 AS b');
		await s.page.keyboard.press('Shift+Home');
		expect(await finished(() => s.page.keyboard.press('Control+Enter'))).toBe('done');
		expect(await cell(1, 1).textContent()).toBe('2');
		expect(await s.page.locator('[data-testid="result-table"] th .name').allTextContents()).toEqual(
			['b']
		);
	});

	it('shows the error of a wrong query, and the next query runs', async () => {
		await typeQuery('SELECT no_such_column FROM facts');
		expect(await runAndWait()).toBe('error');
		expect((await alerts()).join(' ')).toMatch(/no_such_column/);
		await typeQuery('SELECT 7 AS seven');
		expect(await runAndWait()).toBe('done');
		expect(await alerts()).toEqual([]);
		expect(await cell(1, 1).textContent()).toBe('7');
	});

	it('cancels a runaway query within seconds, and the next query works', async () => {
		await typeQuery('SELECT count(*) FROM range(1000000000) a, range(1000) b');
		await s.page.getByRole('button', { name: 'Run', exact: true }).click();
		await s.page.locator('[data-run-status="running"]').waitFor({ state: 'attached' });
		await s.page.waitForTimeout(1000);
		// The page still responds while the query runs.
		expect(await s.page.evaluate(() => 1 + 1)).toBe(2);
		const started = Date.now();
		const status = await finished(
			() => s.page.getByRole('button', { name: 'Cancel' }).click(),
			5_000
		);
		expect(status).toBe('cancelled');
		expect(Date.now() - started).toBeLessThan(5_000);
		await typeQuery('SELECT 1 + 1 AS two');
		await runAndWait();
		expect(await cell(1, 1).textContent()).toBe('2');
	});

	it('refuses to read the network or local files', async () => {
		await open();
		for (const sql of [
			"SELECT * FROM read_csv('https://example.com/x.csv')",
			"SELECT * FROM read_csv('/etc/passwd')"
		]) {
			await typeQuery(sql);
			expect(await runAndWait()).toBe('error');
			const message = (await alerts()).join(' ');
			expect(message).toMatch(/disabled|external access|not allowed/i);
		}
		expect(foreignRequests(s)).toEqual([]);
	});

	it('restores and runs the query of a shared link', async () => {
		const q = 'SELECT count(*) AS reports FROM reports';
		await open(`?lang=en&q=${encodeURIComponent(q)}`);
		await s.page.locator('[data-run-count="1"]').waitFor({ state: 'attached', timeout: 30_000 });
		expect(await s.page.locator('[data-run-status]').getAttribute('data-run-status')).toBe('done');
		expect(await s.page.getByRole('textbox', { name: 'SQL editor' }).textContent()).toBe(q);
		const c = await openBuiltData();
		const expected = Number((await rows(c, q))[0]!.reports);
		expect(Number(await cell(1, 1).textContent())).toBe(expected);
	});

	it('runs every shipped example without error', async () => {
		await open();
		for (const ex of EXAMPLES) {
			await s.page.getByRole('button', { name: ex.en }).click();
			expect(await runAndWait(), ex.id).toBe('done');
			expect(await alerts(), ex.id).toEqual([]);
		}
	});

	it('runs an example query', async () => {
		await open('?lang=en');
		await s.page.getByRole('button', { name: 'Most used denial reasons since 2019' }).click();
		expect(await runAndWait()).toBe('done');
		expect(await alerts()).toEqual([]);
		expect(await cell(1, 1).textContent()).toMatch(/^denied_/);
	});

	it('scrolls a 200k-row result with only the visible rows in the page', async () => {
		await open();
		await typeQuery('SELECT range AS i FROM range(200000)');
		expect(await runAndWait()).toBe('done');
		const grid = s.page.getByRole('grid');
		expect(await grid.getAttribute('aria-rowcount')).toBe('200001');
		expect(await s.page.getByTestId('result-summary').textContent()).toMatch(
			/showing rows 1–\d+ of 200000/
		);
		const drawn = () => s.page.locator('[data-testid="result-table"] tbody tr').count();
		expect(await drawn()).toBeLessThan(200);
		expect(await cell(1, 1).textContent()).toBe('0');
		await s.page.getByTestId('result-scroll').evaluate((e) => (e.scrollTop = e.scrollHeight));
		const last = s.page.locator('[data-testid="result-table"] tbody tr').last();
		await s.page.waitForFunction(
			() =>
				document.querySelector('[data-testid="result-table"] tbody tr:last-child td')
					?.textContent === '199999'
		);
		expect(await last.getAttribute('aria-rowindex')).toBe('200001');
		expect(await last.isVisible()).toBe(true);
		expect(await drawn()).toBeLessThan(200);
		expect(await s.page.getByTestId('result-summary').textContent()).toMatch(
			/showing rows \d+–200000 of 200000/
		);
	});

	it('Reset drops temporary tables and keeps the base data', async () => {
		await open();
		await typeQuery('SELECT count(*) AS n FROM facts');
		expect(await runAndWait()).toBe('done');
		const before = await cell(1, 1).textContent();
		await typeQuery('CREATE TEMP TABLE t AS SELECT 1 AS x; SELECT * FROM t');
		expect(await runAndWait()).toBe('done');
		expect(await cell(1, 1).textContent()).toBe('1');
		// The schema browser lists the reader's own table beside ours, and not after Reset.
		const mine = s.page.getByRole('button', { name: 'Insert t', exact: true });
		await mine.waitFor();
		await finished(() => s.page.getByRole('button', { name: 'Reset' }).click());
		await s.page.getByText('Back to the start').waitFor();
		await mine.waitFor({ state: 'detached' });
		await typeQuery('SELECT * FROM t');
		expect(await runAndWait()).toBe('error');
		await typeQuery('SELECT count(*) AS n FROM facts');
		expect(await runAndWait()).toBe('done');
		expect(await cell(1, 1).textContent()).toBe(before);
	});

	it('keeps the base tables read-only, allows temp tables, and resets', async () => {
		await open();
		const count = async () => {
			await typeQuery('SELECT count(*) AS n FROM facts');
			expect(await runAndWait()).toBe('done');
			return Number(await cell(1, 1).textContent());
		};
		const before = await count();
		expect(before).toBeGreaterThan(100);
		for (const sql of [
			'DROP TABLE facts',
			'DELETE FROM facts',
			'UPDATE reports SET year = 0',
			'INSERT INTO regions SELECT * FROM regions',
			'DROP VIEW harmonized',
			'ALTER TABLE metrics ADD COLUMN z INTEGER',
			'CREATE TABLE facts2 AS SELECT 1 AS x',
			'CREATE OR REPLACE TABLE facts AS SELECT 1 AS x',
			'CREATE OR REPLACE VIEW harmonized AS SELECT 1 AS x'
		]) {
			await typeQuery(sql);
			expect(await runAndWait(), sql).toBe('error');
			expect((await alerts()).join(' '), sql).toMatch(/read-only/);
			// The explanation in the reader's language, not only DuckDB's message.
			expect((await alerts()).join(' '), sql).toContain('CREATE TEMP TABLE');
		}
		expect(await count()).toBe(before);
		await typeQuery('SELECT count(*) AS n FROM harmonized');
		expect(await runAndWait()).toBe('done');

		await typeQuery('CREATE TEMP TABLE t AS SELECT 1 AS x; SELECT * FROM t');
		expect(await runAndWait()).toBe('done');
		expect(await cell(1, 1).textContent()).toBe('1');

		// Detaching the base database is possible, and Reset brings it back.
		await typeQuery('USE memory; DETACH atlas');
		expect(await runAndWait()).toBe('done');
		await typeQuery('SELECT count(*) FROM facts');
		expect(await runAndWait()).toBe('error');

		await finished(() => s.page.getByRole('button', { name: 'Reset' }).click());
		expect(await alerts()).toEqual([]);
		await s.page.getByText('Back to the start').waitFor();
		await typeQuery('SELECT * FROM t');
		expect(await runAndWait()).toBe('error');
		expect((await alerts()).join(' ')).toMatch(/\bt\b/);
		expect(await count()).toBe(before);
		await typeQuery('DROP TABLE facts');
		expect(await runAndWait()).toBe('error');
		expect(await count()).toBe(before);
	});

	it('exports the full result as Parquet, every row and not only those drawn', async () => {
		await open();
		await typeQuery("SELECT range AS i, 'r' || range AS s FROM range(5000)");
		expect(await runAndWait()).toBe('done');
		// The grid draws only a window of the rows; the file must hold all of them.
		expect(await s.page.locator('[data-testid="result-table"] tbody tr').count()).toBeLessThan(
			5000
		);
		const [download] = await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByRole('button', { name: 'Export Parquet' }).click()
		]);
		expect(download.suggestedFilename()).toBe('query.parquet');
		const bytes = readFileSync(await download.path());
		expect(bytes.subarray(0, 4).toString('latin1')).toBe('PAR1');
		expect(bytes.subarray(bytes.length - 4).toString('latin1')).toBe('PAR1');
		const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
		expect(Number(parquetMetadata(file).num_rows)).toBe(5000);
		const objs = await parquetReadObjects({ file });
		expect(objs).toHaveLength(5000);
		expect(objs.map((o) => Number(o.i))).toEqual(Array.from({ length: 5000 }, (_, k) => k));
		expect(objs.map((o) => o.s)).toEqual(Array.from({ length: 5000 }, (_, k) => `r${k}`));
	});

	it('exports real rows as Parquet with the values Node DuckDB reads from our data', async () => {
		const q =
			'SELECT report_id, metric, applicant, value, approx FROM facts ORDER BY report_id, span_start, metric, applicant';
		await typeQuery(q);
		expect(await runAndWait()).toBe('done');
		const [download] = await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByRole('button', { name: 'Export Parquet' }).click()
		]);
		const bytes = readFileSync(await download.path());
		const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
		const got = await parquetReadObjects({ file });
		const c = await openBuiltData();
		const expected = await rows(c, q);
		expect(got.length).toBe(expected.length);
		expect(got.length).toBeGreaterThan(100);
		for (const k of [0, 1, Math.floor(got.length / 2), got.length - 1]) {
			const e = expected[k]!;
			expect(got[k]!.report_id).toBe(e.report_id);
			expect(got[k]!.metric).toBe(e.metric);
			expect(got[k]!.applicant).toBe(e.applicant);
			expect(Number(got[k]!.value)).toBe(Number(e.value));
			expect(got[k]!.approx).toBe(e.approx);
		}
	});

	it('offers table names and metric ids with their labels as you type', async () => {
		await open();
		// The engine's keywords, functions and metrics reach the editor just after it is ready.
		await s.page.locator('[data-completions="engine"]').waitFor({ state: 'attached' });
		await typeQuery('SELECT count(*) AS n FROM f');
		await s.page.keyboard.type('a');
		const labels = () =>
			s.page.locator('.cm-tooltip-autocomplete .cm-completionLabel').allTextContents();
		await s.page.locator('.cm-tooltip-autocomplete').waitFor();
		expect(await labels()).toContain('facts');
		// Choose "facts" with the arrow keys, accept with Enter. The list may still be updating
		// from "f" to "fa", so move until the selected option is "facts" rather than counting.
		const selected = () =>
			s.page
				.locator('.cm-tooltip-autocomplete [aria-selected="true"] .cm-completionLabel')
				.textContent();
		for (let k = 0; k < 40 && (await selected()) !== 'facts'; k++)
			await s.page.keyboard.press('ArrowDown');
		expect(await selected()).toBe('facts');
		await s.page.keyboard.press('Enter');
		const editorText = () => s.page.getByRole('textbox', { name: 'SQL editor' }).textContent();
		expect(await editorText()).toBe('SELECT count(*) AS n FROM facts');

		await s.page.keyboard.type(" WHERE metric = 'requests_rec");
		await s.page.locator('.cm-tooltip-autocomplete').waitFor();
		const option = s.page
			.locator('.cm-tooltip-autocomplete [role="option"]')
			.filter({ hasText: 'requests_received' });
		const c = await openBuiltData();
		const label = String(
			(await rows(c, "SELECT label_en FROM metrics WHERE metric = 'requests_received'"))[0]!
				.label_en
		);
		expect(label.length).toBeGreaterThan(3);
		expect(await option.locator('.cm-completionDetail').textContent()).toBe(label);
		// As above: move to the option rather than trust the first one of a list still updating.
		await expect.poll(selected).toMatch(/^requests_rec/);
		for (let k = 0; k < 40 && (await selected()) !== 'requests_received'; k++)
			await s.page.keyboard.press('ArrowDown');
		expect(await selected()).toBe('requests_received');
		await s.page.keyboard.press('Enter');
		expect(await editorText()).toMatch(
			/^SELECT count\(\*\) AS n FROM facts WHERE metric = 'requests_received'?$/
		);
		if (!(await editorText())!.endsWith("'")) await s.page.keyboard.type("'");
		expect(await finished(() => s.page.keyboard.press('Control+Enter'))).toBe('done');
		const expected = Number(
			(await rows(c, "SELECT count(*) AS n FROM facts WHERE metric = 'requests_received'"))[0]!.n
		);
		expect(expected).toBeGreaterThan(0);
		expect(Number(await cell(1, 1).textContent())).toBe(expected);
	});

	it('underlines where DuckDB says a query failed, and an edit clears it', async () => {
		await open();
		await typeQuery('SELECT report_id,\n  no_such_column\nFROM facts');
		expect(await runAndWait()).toBe('error');
		const mark = s.page.getByTestId('sql-error-mark');
		await mark.waitFor();
		expect(await mark.textContent()).toBe('no_such_column');
		expect(await s.page.getByTestId('error-at').textContent()).toContain('line 2, column 3');
		await s.page.getByRole('textbox', { name: 'SQL editor' }).click();
		await s.page.keyboard.type(' ');
		expect(await mark.count()).toBe(0);
		// Only the selection ran: the mark is placed in the document, not in the selection.
		await typeQuery('SELECT 1 AS ok;\nSELECT wrong_name FROM facts');
		await s.page.keyboard.press('Shift+Home');
		expect(await finished(() => s.page.keyboard.press('Control+Enter'))).toBe('error');
		await mark.waitFor();
		expect(await mark.textContent()).toBe('wrong_name');
	});

	it('refuses a query of more than 100,000 characters, and the console stays usable', async () => {
		await open();
		const long = `SELECT 1 AS x -- ${'x'.repeat(100_000)}`;
		await typeQuery(long);
		expect(await runAndWait()).toBe('error');
		const message = (await alerts()).join(' ');
		expect(message).toContain(`${long.length} characters`);
		expect(message).toContain('It was not run');
		await typeQuery('SELECT 3 AS three');
		expect(await runAndWait()).toBe('done');
		expect(await cell(1, 1).textContent()).toBe('3');
	});

	it('cuts a result of more than a million rows, says so, and stays usable', async () => {
		await open();
		await typeQuery('SELECT range AS i FROM range(1500000)');
		expect(await runAndWait(60_000)).toBe('done');
		expect(await s.page.locator('.results .meta').textContent()).toContain(
			'The result has more than 1000000 rows; only the first 1000000 are kept'
		);
		expect(await s.page.getByRole('grid').getAttribute('aria-rowcount')).toBe('1000001');
		await typeQuery('SELECT 4 AS four');
		expect(await runAndWait()).toBe('done');
		expect(await cell(1, 1).textContent()).toBe('4');
		expect(await s.page.locator('.results .meta').textContent()).not.toContain('more than');
	});

	it('runs several statements', async () => {
		await typeQuery('CREATE TEMP TABLE t AS SELECT 5 AS v; SELECT v * 2 AS w FROM t');
		expect(await runAndWait()).toBe('done');
		expect(await cell(1, 1).textContent()).toBe('10');
	});

	it('inserts a table name from the schema browser and saves a query', async () => {
		await open();
		await typeQuery('SELECT count(*) FROM ');
		await s.page.getByRole('button', { name: 'Insert regions' }).click();
		expect(await runAndWait()).toBe('done');
		const c = await openBuiltData();
		const expected = Number((await rows(c, 'SELECT count(*) AS n FROM regions'))[0]!.n);
		expect(Number(await cell(1, 1).textContent())).toBe(expected);
		await s.page.getByRole('textbox', { name: 'Query name' }).fill('Region count');
		await s.page.getByRole('button', { name: 'Save query' }).click();
		await open();
		await s.page.getByRole('button', { name: 'Region count' }).waitFor();
		s.page.once('dialog', (d) => d.accept('Regions'));
		await s.page.getByRole('button', { name: 'Rename' }).click();
		await s.page.getByRole('button', { name: 'Regions', exact: true }).click();
		expect(await s.page.getByRole('textbox', { name: 'SQL editor' }).textContent()).toBe(
			'SELECT count(*) FROM regions'
		);
		await s.page.getByRole('button', { name: 'Delete' }).click();
		await s.page.getByText('No saved queries yet').waitFor();
	});

	it('exports the result as CSV', async () => {
		await typeQuery("SELECT 1 AS a, '=x' AS b");
		expect(await runAndWait()).toBe('done');
		const [download] = await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByRole('button', { name: 'Export CSV' }).click()
		]);
		const path = await download.path();
		expect(readFileSync(path, 'utf8')).toBe("\ufeffa,b\r\n1,'=x\r\n");
	});

	it('charts a result by year', async () => {
		await open();
		await s.page.getByRole('button', { name: /Grant rate/ }).click();
		expect(await runAndWait()).toBe('done');
		await s.page.getByText('Chart this result').click();
		await s.page.getByTestId('result-chart').getByLabel('series').selectOption('name_en');
		await s.page.locator('[data-testid="result-chart"] circle.point').first().waitFor();
		expect(
			await s.page.locator('[data-testid="result-chart"] circle.point').count()
		).toBeGreaterThan(3);
	});

	it('adds a dropped CSV file as a table, built in the browser', async () => {
		await s.page.locator('input[type="file"]').setInputFiles({
			name: 'My Data.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('region,year,n\nA,2020,1.5\nB,2021,\n"C, c",2022,4\n')
		});
		await s.page.getByRole('status').filter({ hasText: 'my_data' }).waitFor();
		await typeQuery('SELECT sum(n) AS total, count(*) AS rows FROM my_data');
		expect(await runAndWait()).toBe('done');
		expect(await cell(1, 1).textContent()).toBe('5.5');
		expect(await cell(1, 2).textContent()).toBe('3');
		expect(foreignRequests(s)).toEqual([]);
	});

	it('is in Chinese by default', async () => {
		await open('');
		expect(await s.page.getByRole('button', { name: '运行', exact: true }).isEnabled()).toBe(true);
	});
});
