/**
 * The SQL console against hostile and awkward queries, as a person meets them: a shared link that
 * would make our tables writable, results with repeated column names, a query too long for a link.
 * Expected values come from Node DuckDB over the same Parquet files.
 */
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
});
