/**
 * The SQL console against hostile and awkward queries, as a person meets them: a shared link that
 * would make our tables writable, results with repeated column names, a query too long for a link.
 * Expected values come from Node DuckDB over the same Parquet files.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const ready = () => s.page.locator('[data-engine-status="ready"]').waitFor({ timeout: 90_000 });
async function open(query = '?lang=en') {
	await s.page.goto(`${s.baseUrl}sql${query}`);
	await ready();
}
const runQuery = (sql: string) => consolePage.runQuery(s.page, sql);
const alerts = () => s.page.getByRole('alert').allTextContents();
const cell = (row: number, col: number) =>
	s.page.locator(`[data-testid="result-table"] tbody tr:nth-child(${row}) td:nth-child(${col})`);
const headers = () => s.page.locator('[data-testid="result-table"] th .name').allTextContents();

const PROBE =
	"USE memory; DETACH atlas; ATTACH 'atlas.duckdb' AS atlas; UPDATE atlas.main.facts SET value = value*10+7; CHECKPOINT atlas; USE atlas; SELECT 'ok'";

async function nodeOne(sql: string): Promise<unknown> {
	const c = await openBuiltData();
	const r = Object.values((await rows(c, sql))[0]!)[0];
	c.closeSync();
	return r;
}

describe('SQL console safety', () => {
	it('does not run a link that re-attaches our file, and keeps our data whatever it does', async () => {
		const expected = Number(await nodeOne('SELECT sum(value) FROM facts'));
		await open(`?lang=en&q=${encodeURIComponent(PROBE)}`);
		// The link's query is shown, not run.
		await s.page.getByTestId('not-autorun').waitFor();
		expect(await s.page.getByTestId('not-autorun').textContent()).toContain('press Run');
		expect(await consolePage.runCount(s.page)).toBe(0);
		expect(await s.page.getByRole('textbox', { name: 'SQL editor' }).textContent()).toBe(PROBE);

		const sum = async () => {
			expect(await runQuery('SELECT sum(value) AS s FROM facts')).toBe('done');
			return Number(await cell(1, 1).textContent());
		};

		// The reader presses Run anyway: the result is withheld, the engine starts again.
		expect(await consolePage.runAndWait(s.page)).not.toBe('done');
		expect(await s.page.locator('[data-testid="result-table"]').count()).toBe(0);
		await s.page.getByTestId('base-restored').waitFor();
		await ready();
		expect(await sum()).toBeCloseTo(expected, 3);

		// A table created in our database does not stay either.
		await runQuery(
			"USE memory; DETACH atlas; ATTACH 'atlas.duckdb' AS atlas; CREATE TABLE atlas.main.evil AS SELECT 1 AS x; CHECKPOINT atlas"
		);
		await s.page.getByTestId('base-restored').waitFor();
		await ready();
		expect(
			await runQuery(
				"SELECT count(*) FILTER (table_name = 'evil') AS evil, bool_and(readonly) FILTER (database_name = 'atlas') AS ro FROM duckdb_tables() JOIN duckdb_databases() USING (database_name)"
			)
		).toBe('done');
		expect(await cell(1, 1).textContent()).toBe('0');
		expect(await cell(1, 2).textContent()).toBe('true');
		expect(await sum()).toBeCloseTo(expected, 3);

		// Reset is a new engine with the original data, too.
		await consolePage.finished(s.page, () => s.page.getByRole('button', { name: 'Reset' }).click());
		await s.page.getByText('Back to the start').waitFor();
		expect(await sum()).toBeCloseTo(expected, 3);
		expect(foreignRequests(s)).toEqual([]);
	});

	it('shows results with repeated column names under names of their own', async () => {
		await open();
		expect(await runQuery('SELECT 1 AS a, 2 AS a')).toBe('done');
		expect(await headers()).toEqual(['a', 'a_2']);
		expect(await cell(1, 1).textContent()).toBe('1');
		expect(await cell(1, 2).textContent()).toBe('2');
		expect(await alerts()).toEqual([]);

		const q = 'SELECT * FROM reports JOIN facts USING (report_id)';
		const c = await openBuiltData();
		const expected = await rows(c, `SELECT count(*) AS n FROM (${q})`);
		const width = (await c.runAndReadAll(`${q} LIMIT 0`)).columnCount;
		c.closeSync();
		expect(await runQuery(q)).toBe('done');
		const names = await headers();
		expect(names).toHaveLength(width);
		expect(new Set(names).size).toBe(width);
		expect(await s.page.getByTestId('result-summary').textContent()).toContain(
			`of ${Number(expected[0]!.n)}`
		);
		// The console is not stuck: the next query runs.
		expect(await runQuery('SELECT 3 AS three')).toBe('done');
		expect(await cell(1, 1).textContent()).toBe('3');
	});

	it('keeps a query too long for a link in the browser, and a reload keeps it', async () => {
		await open();
		const long = `SELECT length('${'x'.repeat(20_000)}') AS n`;
		expect(await runQuery(long)).toBe('done');
		expect(await cell(1, 1).textContent()).toBe('20000');
		await s.page.getByTestId('not-shareable').waitFor();
		expect(await s.page.getByTestId('not-shareable').textContent()).toContain('too long');
		// Not in the address: the page's own address stays short.
		await expect.poll(() => s.page.url().length).toBeLessThan(4_100);
		expect(new URL(s.page.url()).searchParams.get('q')).toBeNull();
		const response = await s.page.reload();
		expect(response?.status()).toBe(200);
		await ready();
		// The whole query came back: running it gives the same answer.
		expect(await consolePage.runAndWait(s.page)).toBe('done');
		expect(await cell(1, 1).textContent()).toBe('20000');
		// A short query goes into the link again.
		expect(await runQuery('SELECT 5 AS five')).toBe('done');
		expect(new URL(s.page.url()).searchParams.get('q')).toBe('SELECT 5 AS five');
		expect(await s.page.getByTestId('not-shareable').count()).toBe(0);
	});

	it("shows DuckDB's errors as readable text, with the position underlined", async () => {
		await open();
		expect(await runQuery('SELEC 1 AS one')).toBe('error');
		let text = (await alerts()).join(' ');
		expect(text).toContain('Parser Error');
		expect(text).toContain('syntax error');
		expect(text).not.toContain('exception_type');
		const mark = s.page.getByTestId('sql-error-mark');
		await mark.waitFor();
		expect(await mark.textContent()).toBe('SELEC');
		for (const q of ['RESET ALL', `SELECT ${'abs('.repeat(1200)}1${')'.repeat(1200)}`]) {
			expect(await runQuery(q), q.slice(0, 20)).toBe('error');
			text = (await alerts()).join(' ');
			expect(text, q.slice(0, 20)).toMatch(/Error: \S/);
			expect(text, q.slice(0, 20)).not.toContain('exception_type');
		}
		expect(await runQuery('SELECT 1 AS ok')).toBe('done');
	});

	it('adds dropped files as the engine reads them, and refuses binary and empty ones', async () => {
		await open();
		const input = s.page.locator('input[type="file"]');
		const added = (name: string) =>
			s.page
				.getByRole('status')
				.filter({ hasText: `Added table ${name}` })
				.waitFor();
		await input.setInputFiles({
			name: 'codes.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('area,big\n010,3000000000\n0755,1\n')
		});
		await added('codes');
		expect(
			await runQuery(
				'SELECT area, big, typeof(area) AS ta, typeof(big) AS tb FROM codes ORDER BY big DESC'
			)
		).toBe('done');
		expect(await cell(1, 1).textContent()).toBe('010');
		expect(await cell(1, 2).textContent()).toBe('3000000000');
		expect(await cell(1, 3).textContent()).toBe('VARCHAR');
		expect(await cell(1, 4).textContent()).toBe('BIGINT');
		expect(await cell(2, 1).textContent()).toBe('0755');

		// A ZSTD Parquet file as Polars and DuckDB write them.
		const file = join(mkdtempSync(join(tmpdir(), 'ogi-drop-')), 'zstd.parquet');
		const node = await (await DuckDBInstance.create(':memory:')).connect();
		await node.run(
			`COPY (SELECT 3000000000::BIGINT AS big, TIMESTAMP '2024-03-05 12:34:56' AS ts) TO '${file}' (FORMAT parquet, COMPRESSION zstd)`
		);
		node.closeSync();
		await input.setInputFiles({
			name: 'zstd.parquet',
			mimeType: 'application/octet-stream',
			buffer: readFileSync(file)
		});
		await added('zstd');
		expect(await runQuery('SELECT big, ts, typeof(big) AS tb FROM zstd')).toBe('done');
		expect(await cell(1, 1).textContent()).toBe('3000000000');
		expect(await cell(1, 2).textContent()).toBe('2024-03-05 12:34:56');
		expect(await cell(1, 3).textContent()).toBe('BIGINT');

		const binary = Buffer.from(Uint8Array.from({ length: 20_000 }, (_, i) => (i * 131) % 256));
		await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: binary });
		await expect
			.poll(async () => (await alerts()).join(' '))
			.toContain('notes.txt is not a text file');
		await input.setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
		await expect.poll(async () => (await alerts()).join(' ')).toContain('empty.csv is empty');
		// Nothing was added for them, and the console goes on.
		expect(
			await runQuery(
				"SELECT count(*) AS n FROM duckdb_tables() WHERE table_name IN ('notes', 'empty')"
			)
		).toBe('done');
		expect(await cell(1, 1).textContent()).toBe('0');
		expect(foreignRequests(s)).toEqual([]);
	});

	it('scrolls to every row of a million-row result, the last one included', async () => {
		await open();
		expect(await runQuery('SELECT * FROM range(1000000)')).toBe('done');
		const scroller = s.page.getByTestId('result-scroll');
		// Within what every browser lays out (Firefox stops at ~17.9M px).
		expect(await scroller.evaluate((e) => e.scrollHeight)).toBeLessThan(17_000_000);
		const lastDrawn = () =>
			s.page.evaluate(
				() =>
					document.querySelector('[data-testid="result-table"] tbody tr:last-child td')?.textContent
			);
		// Past row 640,000, which a 28M px scroll space put out of reach.
		await scroller.evaluate((e) => (e.scrollTop = (e.scrollHeight - e.clientHeight) * 0.7));
		await expect.poll(async () => Number(await lastDrawn())).toBeGreaterThan(690_000);
		await scroller.evaluate((e) => (e.scrollTop = e.scrollHeight));
		await expect.poll(lastDrawn).toBe('999999');
		const last = s.page.locator('[data-testid="result-table"] tbody tr').last();
		expect(await last.getAttribute('aria-rowindex')).toBe('1000001');
		expect(await last.isVisible()).toBe(true);
		// In the scroll box's view, not only in the DOM.
		const [row, box] = await Promise.all([last.boundingBox(), scroller.boundingBox()]);
		expect(row!.y + row!.height).toBeLessThanOrEqual(box!.y + box!.height + 1);
		expect(await s.page.getByTestId('result-summary').textContent()).toMatch(
			/showing rows \d+–1000000 of 1000000/
		);
		expect(await s.page.locator('[data-testid="result-table"] tbody tr').count()).toBeLessThan(200);
	});
});
