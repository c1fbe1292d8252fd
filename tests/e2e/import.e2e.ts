/**
 * Importing a report as a person does: paste a real report's text, choose a .txt file, choose a
 * PDF (made in the test from a real report's text, its tables as positioned cells: text-pdf.ts;
 * one in a Chinese font that is not embedded), a Word file (test-docx.ts) or a scanned PDF,
 * review the numbers in the official table layout against the values read by hand
 * (tests/fixtures/expected), add it, find it in the explorer and the console, reload and find it
 * still there; refused input says why and adds nothing.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parquetReadObjects } from 'hyparquet';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, openSession, type Session } from './browser.ts';
import { finished, runQuery } from './console-page.ts';
import { readReport, readReportFile } from '../../scripts/data/read-reports.ts';
import { officialReport, table3WordRows } from './official-report.ts';
import { printedReport } from './printed-report.ts';
import { docxFile } from './test-docx.ts';
import { officialReportPdf, reportPdf, scannedPdf } from './text-pdf.ts';

const PINGTAN_2023_TITLE = '平潭综合实验区2023年度政府信息公开工作年度报告';

/**
 * Removes built-ins of 2025/2026 that pdf.js's modern build calls and its legacy build polyfills:
 * a browser two years old (Chrome 131, Safari 18.2, Firefox 133) lacks them.
 */
const WITHOUT_NEWEST_BUILT_INS = `(() => {
	const drop = (o, names) => { for (const n of names) delete o[n]; };
	drop(Map.prototype, ['getOrInsert', 'getOrInsertComputed']);
	drop(WeakMap.prototype, ['getOrInsert', 'getOrInsertComputed']);
	drop(Math, ['sumPrecise']);
	drop(Uint8Array, ['fromBase64', 'fromHex']);
	drop(Uint8Array.prototype, ['toBase64', 'toHex', 'setFromBase64', 'setFromHex']);
})();`;

const root = resolve(import.meta.dirname, '..', '..');
const reportFile = (stem: string) => resolve(root, 'data', 'reports', `${stem}.txt`);
/** The report as a reader would paste it: without our front matter. */
const reportBody = (stem: string) =>
	readFileSync(reportFile(stem), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

const expectedFile = (stem: string) =>
	JSON.parse(
		readFileSync(resolve(root, 'tests', 'fixtures', 'expected', `${stem}.json`), 'utf8')
	) as { facts: ExpectedFact[]; ambiguous?: { metric: string; applicant?: string; raw: string }[] };

interface ExpectedFact {
	metric: string;
	applicant?: string;
	value: number;
	source: 'table' | 'prose';
}
const expectedTableFacts = (stem: string): ExpectedFact[] =>
	expectedFile(stem).facts.filter((f) => f.source === 'table');

/** How many of our reports are of this region's whole-region units (their front matter says so). */
const wholeRegionReports = (code: string) =>
	readdirSync(resolve(root, 'data', 'reports'))
		.filter((f) => f.endsWith('.txt'))
		.map((f) => readFileSync(resolve(root, 'data', 'reports', f), 'utf8').split('\n---\n')[0]!)
		.filter(
			(head) => head.includes(`region_code: ${code}\n`) && head.includes('unit_scope: whole-region')
		).length;

/** A table cell's value read by hand (tests/fixtures/expected), for the total column. */
const handRead = (stem: string, metric: string) =>
	expectedTableFacts(stem).find((f) => f.metric === metric && (f.applicant ?? 'total') === 'total')!
		.value;

/** The review's row of this report's own check across years, for the total column. */
const ownCrossYear = (review: ReturnType<Session['page']['locator']>) =>
	review.locator(
		'[data-testid="cross-year-checks"] tr[data-report="review"][data-applicant="total"]'
	);

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});

async function openImport() {
	await s.page.goto(`${s.baseUrl}import?lang=en`);
	// The list of this browser's imports, the regions and our reports have been read.
	await s.page.locator('h2[data-listed="true"][data-ready="true"]').waitFor({ timeout: 30_000 });
}

/** The review's cells: metric|applicant → the value shown (data-value), for cells that show one. */
async function reviewCells(review: ReturnType<Session['page']['locator']>) {
	const cells = await review
		.locator('table.official:not([data-table="prose"]) td[data-metric]')
		.evaluateAll((els) =>
			els.map((e) => ({
				key: `${e.getAttribute('data-metric')}|${e.getAttribute('data-applicant')}`,
				value: e.getAttribute('data-value')
			}))
		);
	return new Map(cells.filter((c) => c.value !== '').map((c) => [c.key, Number(c.value)]));
}

/** Every expected table value that the review lays out is shown, and shown right. */
function compareWithExpected(
	cells: Map<string, number>,
	expected: ExpectedFact[],
	only?: (f: ExpectedFact) => boolean
) {
	const wanted = expected.filter(only ?? (() => true));
	const shown = wanted.map((f) => ({
		key: `${f.metric}|${f.applicant ?? 'total'}`,
		value: f.value
	}));
	const wrong = shown.filter((f) => cells.get(f.key) !== f.value);
	expect(wrong.map((f) => `${f.key}: expected ${f.value}, shown ${cells.get(f.key)}`)).toEqual([]);
	return shown.length;
}

/** Runs a query in the console as a shared link does, and reads the first result row. */
async function sqlRow(sql: string): Promise<string[]> {
	await s.page.goto(`${s.baseUrl}sql?${new URLSearchParams({ q: sql, lang: 'en' }).toString()}`);
	await s.page.locator('[data-engine-status="ready"]').waitFor({ timeout: 90_000 });
	const row = s.page.locator('[data-testid="result-table"] tbody tr').first();
	await row.waitFor({ timeout: 60_000 });
	return row.locator('td').allTextContents();
}

describe('import', () => {
	it('imports pasted text: detected region, the 表三 values as printed, a passage per number', async () => {
		// Before any import, the explorer's status line counts our whole-region reports of 350128.
		await s.page.goto(`${s.baseUrl}explore?regions=350128&lang=en`);
		await expect
			.poll(() => s.page.getByTestId('view-status').innerText(), { timeout: 60_000 })
			.toBe(`${wholeRegionReports('350128')} reports`);
		await openImport();
		await s.page.getByLabel('Paste the report text').fill(reportBody('pingtan_2021'));
		await s.page.getByRole('button', { name: 'Read pasted text' }).click();
		const review = s.page.getByRole('region', { name: 'Review: pasted text' });
		await review.waitFor({ timeout: 60_000 });
		// The title says 平潭综合实验区2021年度…: region and year are detected.
		await expect(review.getByTestId('region-chosen').innerText()).resolves.toContain(
			'平潭综合实验区'
		);
		await expect(review.getByLabel('Year').inputValue()).resolves.toBe('2021');
		// Every table value read by hand from the report, in the official layout.
		const checked = compareWithExpected(
			await reviewCells(review),
			expectedTableFacts('pingtan_2021')
		);
		expect(checked).toBeGreaterThan(150);
		// A number links to its passage, highlighted: 表三 一、本年新收 总计.
		const newTotal = expectedTableFacts('pingtan_2021').find(
			(f) => f.metric === 'requests_new' && (f.applicant ?? 'total') === 'total'
		)!;
		await review
			.locator(
				'table[data-table="table3"] td[data-metric="requests_new"][data-applicant="total"] button'
			)
			.click();
		await expect(review.getByTestId('passage').locator('mark').innerText()).resolves.toContain(
			String(newTotal.value)
		);
		// Cells a reader cannot decide from the text (the fixture's "ambiguous") are shown undecided.
		const ambiguous = expectedFile('pingtan_2021').ambiguous ?? [];
		expect(ambiguous.length).toBe(3);
		for (const a of ambiguous)
			await expect(
				review
					.locator(`td[data-metric="${a.metric}"][data-applicant="${a.applicant ?? 'total'}"]`)
					.getAttribute('class')
			).resolves.toContain('undecided');
		// The reader knows the printed page (69 | 3 | 665, per the fixture) and corrects one cell.
		await review
			.locator('td[data-metric="normative_docs_made"][data-applicant="total"] button')
			.click();
		// Its passage is the run the engine could not split, as printed.
		await expect(review.getByTestId('passage').locator('mark').innerText()).resolves.toContain(
			ambiguous[0]!.raw
		);
		await review.getByLabel(/^Correct /).fill('69');
		await review.getByRole('button', { name: 'Save correction' }).click();
		const corrected = review.locator(
			'td[data-metric="normative_docs_made"][data-applicant="total"]'
		);
		await expect(corrected.getAttribute('data-value')).resolves.toBe('69');
		await expect(corrected.locator('button').getAttribute('title')).resolves.toContain(
			'corrected (was —)'
		);
		// Checks across years: the detected unit (平潭综合实验区) is not the one our reports name, so
		// there is no year to compare; the reader picks our reports' unit and the 2021 report's
		// 上年结转 is checked against our 2020 report's 结转下年度继续办理 (both read by hand).
		await expect(ownCrossYear(review).getAttribute('data-status')).resolves.toBe('not_assessable');
		await review.getByLabel('Unit').fill('平潭综合实验区管委会');
		const carriedOver = handRead('pingtan_2021', 'requests_carried_over');
		const forwardBefore = handRead('pingtan_2020', 'requests_carried_forward');
		await expect
			.poll(() => ownCrossYear(review).getAttribute('data-status'))
			.toBe(carriedOver === forwardBefore ? 'pass' : 'fail');
		await expect(ownCrossYear(review).innerText()).resolves.toContain('pingtan_2020');
		await review.getByRole('button', { name: 'Add to my data' }).click();
		const row = s.page.getByTestId('my-imports').locator('tr', { hasText: '平潭综合实验区' });
		await row.first().waitFor({ timeout: 90_000 });
		await expect(row.first().innerText()).resolves.toContain('2021');
		expect(foreignRequests(s)).toEqual([]);
	});

	it('shows the import in the explorer, labelled imported, with its passage from this browser', async () => {
		await s.page.goto(`${s.baseUrl}explore?regions=350128&units=all&view=sources&lang=en`);
		const table = s.page.getByTestId('sources-table');
		await table.waitFor({ timeout: 60_000 });
		const imported = table.locator('tr[data-report^="imported:"]');
		await expect(imported.count()).resolves.toBe(1);
		await expect(imported.innerText()).resolves.toMatch(/imported[\s\S]*2021/);
		// Ours is still there too.
		await expect(table.locator('tr[data-report="pingtan_2021"]').count()).resolves.toBe(1);
		await imported.getByRole('button').first().click();
		const panel = s.page.locator('aside.source-panel');
		await panel.waitFor({ timeout: 30_000 });
		await expect(panel.innerText()).resolves.toContain('imported');
		await expect(panel.innerText()).resolves.toContain('平潭综合实验区');
		// Its check across years, against our 2020 report, is among its checks.
		// The checks load after the facts; wait for this one rather than count what is there.
		const crossYear = panel.locator('tr[data-check="carried_over_vs_previous_year"]');
		await crossYear.first().waitFor({ timeout: 30_000 });
		const same =
			handRead('pingtan_2021', 'requests_carried_over') ===
			handRead('pingtan_2020', 'requests_carried_forward');
		await expect(crossYear.first().innerText()).resolves.toContain(same ? 'Pass' : 'Fail');
	});

	it("draws the import on its unit's line with the imported marker, counts it, but not in embeds", async () => {
		const seriesOf = (page: Session['page']) =>
			page
				.locator('figure[data-chart="trend"] .point')
				.evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-series')))]);
		await s.page.goto(`${s.baseUrl}explore?regions=350128&lang=en`);
		// The import (unit 平潭综合实验区管委会, 2021) is a dashed ring on that unit's line, not a series of its own.
		const ring = s.page.locator(
			'figure[data-chart="trend"] circle.point.imported[data-report^="imported:"]'
		);
		await ring.first().waitFor({ timeout: 60_000 });
		await expect(ring.count()).resolves.toBe(1);
		await expect(ring.getAttribute('data-series')).resolves.toBe('350128|平潭综合实验区管委会');
		await expect(ring.getAttribute('data-year')).resolves.toBe('2021');
		// Its value is the import's 表三 一、本年新收 总计, as printed (read by hand); ours is there too.
		await expect(ring.getAttribute('data-value')).resolves.toBe(
			String(handRead('pingtan_2021', 'requests_new'))
		);
		await expect(
			s.page
				.locator('figure[data-chart="trend"] circle.point[data-report="pingtan_2021"]')
				.getAttribute('data-series')
		).resolves.toBe('350128|平潭综合实验区管委会');
		expect((await seriesOf(s.page)).some((k) => k?.endsWith('|imported'))).toBe(false);
		// The legend names the marker; the tooltip (its accessible name) says whose report it is.
		await expect(s.page.getByTestId('legend-imported').innerText()).resolves.toContain('imported');
		await expect(ring.getAttribute('aria-label')).resolves.toContain(
			'a report you imported in this browser'
		);
		// The status line counts what is drawn: our whole-region reports of 350128, and the import.
		const ours = wholeRegionReports('350128');
		await expect
			.poll(() => s.page.getByTestId('view-status').innerText(), { timeout: 30_000 })
			.toBe(`${ours + 1} reports, 1 imported`);
		// Clicked, its source panel says it is the reader's import.
		await ring.click();
		const panel = s.page.locator('aside.source-panel');
		await panel.waitFor({ timeout: 30_000 });
		await expect(panel.locator('.imported-label').innerText()).resolves.toBe('imported');
		// The embed's HTML carries the prerendered default chart (several regions, 350128 among
		// them), which hydration removes before it draws the one computed for 350128 alone: wait
		// until the points are that chart's, every one of them 350128's.
		await s.page.goto(`${s.baseUrl}embed/trend?regions=350128&lang=en`);
		await expect
			.poll(
				async () => {
					const keys = await seriesOf(s.page);
					return keys.length > 0 && keys.every((k) => k?.startsWith('350128|'));
				},
				{ timeout: 60_000 }
			)
			.toBe(true);
		const embed = await seriesOf(s.page);
		expect(embed.length).toBeGreaterThan(0);
		expect(embed.some((k) => k?.endsWith('|imported'))).toBe(false);
	});

	it('shows the import in the SQL console, in facts, reports and checks', async () => {
		const cells = await sqlRow(
			`SELECT (SELECT value FROM facts WHERE imported AND metric = 'requests_new' AND applicant = 'total' AND method <> 'prose') AS v,
			 (SELECT count(*) FROM reports WHERE imported AND region_id = '350128' AND year = 2021) AS r,
			 (SELECT count(*) > 0 FROM checks WHERE imported AND report_id LIKE 'imported:%') AS c,
			 (SELECT status FROM checks WHERE imported AND "check" = 'carried_over_vs_previous_year' AND applicant = 'total' AND report_id LIKE 'imported:%') AS x`
		);
		const crossYear =
			handRead('pingtan_2021', 'requests_carried_over') ===
			handRead('pingtan_2020', 'requests_carried_forward')
				? 'pass'
				: 'fail';
		const newTotal = expectedTableFacts('pingtan_2021').find(
			(f) => f.metric === 'requests_new' && (f.applicant ?? 'total') === 'total'
		)!;
		expect(cells.map((c) => c.trim())).toEqual([String(newTotal.value), '1', 'true', crossYear]);
		// The corrected cell is recorded as such.
		const fixed = await sqlRow(
			`SELECT value, method FROM facts WHERE imported AND metric = 'normative_docs_made'`
		);
		expect(fixed.map((c) => c.trim())).toEqual(['69', 'corrected']);
	});

	it("lists facts, reports and checks in the console's schema browser with their imported rows", async () => {
		// The page is the console, on the last query (sqlRow). How many rows of facts are imported:
		const [importedFacts] = await sqlRow('SELECT count(*) FROM facts WHERE imported');
		const schema = s.page.getByTestId('schema');
		await schema.getByTestId('schema-imports-note').waitFor({ timeout: 30_000 });
		for (const name of ['facts', 'reports', 'checks'])
			await expect(
				schema.getByRole('button', { name: `Insert ${name}`, exact: true }).count(),
				name
			).resolves.toBe(1);
		// The memory tables behind them are not offered as tables of their own.
		await expect(schema.innerText()).resolves.not.toContain('imported_');
		await expect(
			schema.locator('[data-testid="schema-imported"][data-table="facts"]').innerText()
		).resolves.toBe(`${Number(importedFacts!.trim()).toLocaleString('en')} rows imported`);
		// Its "insert" button puts the name in the query, as for any table.
		const editor = s.page.getByRole('textbox', { name: 'SQL editor' });
		await editor.click();
		await s.page.keyboard.press('ControlOrMeta+a');
		await s.page.keyboard.press('Delete');
		await s.page.keyboard.insertText('SELECT count(*) FROM ');
		await schema.getByRole('button', { name: 'Insert facts', exact: true }).click();
		await expect(editor.innerText()).resolves.toContain('SELECT count(*) FROM facts');
	});

	it('keeps our tables read-only with imports, and keeps the imports after Reset', async () => {
		// The console's page is open on the last query (sqlRow); the imports are in atlas's tables'
		// names through TEMP views (src/lib/engine/engine-imports.ts).
		const firstCell = () =>
			s.page.locator('[data-testid="result-table"] tbody tr:first-child td:first-child');
		expect(await runQuery(s.page, 'SELECT count(*) FROM facts WHERE imported')).toBe('done');
		const imported = Number((await firstCell().textContent())!.trim());
		expect(imported).toBeGreaterThan(0);
		expect(await runQuery(s.page, 'DELETE FROM facts')).toBe('error');
		expect(await runQuery(s.page, 'DELETE FROM atlas.main.facts')).toBe('error');
		await finished(s.page, () => s.page.getByRole('button', { name: 'Reset' }).click());
		await s.page.getByText('Back to the start').waitFor();
		expect(await runQuery(s.page, 'SELECT count(*) FROM facts WHERE imported')).toBe('done');
		expect(Number((await firstCell().textContent())!.trim())).toBe(imported);
		expect(await runQuery(s.page, 'SELECT count(*) FROM facts WHERE NOT imported')).toBe('done');
		expect(Number((await firstCell().textContent())!.trim())).toBeGreaterThan(0);
	});

	it("exports the import's facts as CSV in the contract's columns", async () => {
		await openImport();
		const row = s.page.getByTestId('my-imports').locator('tr', { hasText: '平潭综合实验区' });
		const [download] = await Promise.all([
			s.page.waitForEvent('download', { timeout: 30_000 }),
			row.getByRole('button', { name: 'Export CSV' }).click()
		]);
		const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
		const [header, ...lines] = csv.trim().split(/\r?\n/);
		expect(header).toBe(
			'report_id,region_id,year,metric,applicant,value,raw,approx,span_start,span_end,method,imported'
		);
		const newTotal = expectedTableFacts('pingtan_2021').find(
			(f) => f.metric === 'requests_new' && (f.applicant ?? 'total') === 'total'
		)!;
		expect(
			lines.some((l) =>
				new RegExp(`^imported:[0-9a-f]+,350128,2021,requests_new,total,${newTotal.value},`).test(l)
			)
		).toBe(true);
	});

	it("exports the import's facts as Parquet that a reader of ours decodes", async () => {
		await openImport();
		const row = s.page.getByTestId('my-imports').locator('tr', { hasText: '平潭综合实验区' });
		const [download] = await Promise.all([
			s.page.waitForEvent('download', { timeout: 30_000 }),
			row.getByRole('button', { name: 'Export Parquet' }).click()
		]);
		const bytes = readFileSync((await download.path())!);
		const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
		const facts = (await parquetReadObjects({ file })) as Record<string, unknown>[];
		const newTotal = expectedTableFacts('pingtan_2021').find(
			(f) => f.metric === 'requests_new' && (f.applicant ?? 'total') === 'total'
		)!;
		expect(
			facts.find(
				(f) => f.metric === 'requests_new' && f.applicant === 'total' && f.method !== 'prose'
			)
		).toMatchObject({ region_id: '350128', year: 2021, value: newTotal.value, imported: true });
		expect(facts.find((f) => f.metric === 'normative_docs_made')).toMatchObject({
			value: 69,
			method: 'corrected'
		});
	});

	it('exports the import as a report file that the data build reads as it is', async () => {
		await openImport();
		const row = s.page.getByTestId('my-imports').locator('tr', { hasText: '平潭综合实验区' });
		const [download] = await Promise.all([
			s.page.waitForEvent('download', { timeout: 30_000 }),
			row.getByRole('button', { name: 'Export report file (to contribute)' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^350128-[0-9a-f]{8}_2021\.txt$/);
		const dir = resolve(root, '.cache', 'e2e-report-file');
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(dir, { recursive: true });
		const path = resolve(dir, download.suggestedFilename());
		await download.saveAs(path);
		const text = readFileSync(path, 'utf8');
		// The reader's region, unit and year, and their correction (69, printed 69 | 3 | 665).
		expect(text).toMatch(/^---\nregion: 平潭综合实验区\nregion_code: 350128\n/);
		expect(text).toContain('\nunit: 平潭综合实验区管委会\n');
		expect(text).toContain('\nyear: 2021\n');
		expect(text).toMatch(/\ncorrection: normative_docs_made total = 69 \(the engine read /);
		// The data build's own reader: the numbers come from the text, as in our reports.
		const built = readReport(path);
		expect(built.report).toMatchObject({ region_id: '350128', year: 2021 });
		expect(
			built.facts.find(
				(f) => f.metric === 'requests_new' && f.applicant === 'total' && f.method !== 'prose'
			)?.value
		).toBe(handRead('pingtan_2021', 'requests_new'));
	});

	it('offers the known region for a text of 平潭县 (a former name of 平潭综合实验区), not a new region', async () => {
		await openImport();
		// The report as the county government printed it: "平潭县人民政府2012年政府信息公开工作年度报告".
		await s.page.getByLabel('Paste the report text').fill(reportBody('pingtan-county_2012'));
		await s.page.getByRole('button', { name: 'Read pasted text' }).click();
		const review = s.page.getByRole('region', { name: 'Review: pasted text' });
		await review.waitFor({ timeout: 60_000 });
		await expect(review.getByTestId('region-chosen').innerText()).resolves.toContain(
			'平潭综合实验区'
		);
		await expect(review.getByTestId('region-new').count()).resolves.toBe(0);
		// Searching by the former name or the code finds the same region; a name nothing matches
		// is the only way to a new region.
		const search = review.getByLabel('Search regions (Chinese, pinyin or code)');
		for (const q of ['平潭县', '350128']) {
			await search.fill(q);
			await review.getByRole('button', { name: /^平潭综合实验区 · .* · 350128/ }).waitFor();
			await expect(review.getByTestId('region-new').count()).resolves.toBe(0);
		}
		await search.fill('没有这个地区');
		await review.getByTestId('region-new').waitFor();
		await review.getByRole('button', { name: 'Discard' }).click();
		await review.waitFor({ state: 'detached' });
	});

	it('keeps the import across a reload', async () => {
		await openImport();
		await s.page.reload();
		await openImport();
		await expect(
			s.page.getByTestId('my-imports').locator('tr', { hasText: '平潭综合实验区' }).count()
		).resolves.toBe(1);
	});

	it('imports a .txt file as a new region and draws it in the explorer', async () => {
		await openImport();
		await s.page.getByLabel(/Choose files/).setInputFiles({
			name: 'pingtan_2024.txt',
			mimeType: 'text/plain',
			buffer: readFileSync(reportFile('pingtan_2024'))
		});
		const review = s.page.getByRole('region', { name: 'Review: pingtan_2024.txt' });
		await review.waitFor({ timeout: 60_000 });
		compareWithExpected(await reviewCells(review), expectedTableFacts('pingtan_2024'));
		// The report's region is known (平潭综合实验区): "New region" is offered only for a name
		// no known region matches.
		await expect(review.getByTestId('region-new').count()).resolves.toBe(0);
		await review.getByLabel('Search regions (Chinese, pinyin or code)').fill('测试导入区');
		await review.getByLabel('New region', { exact: true }).check();
		await review.getByLabel('New region name (Chinese)').fill('测试导入区');
		await review.getByLabel('New region name (pinyin/English)').fill('Ceshi Daoru');
		await review.getByRole('button', { name: 'Add to my data' }).click();
		await s.page
			.getByTestId('my-imports')
			.locator('tr', { hasText: '测试导入区' })
			.waitFor({ timeout: 90_000 });

		await s.page.goto(`${s.baseUrl}explore?lang=en&metric=requests_new`);
		const search = s.page.getByRole('searchbox', { name: 'Search regions' });
		await search.waitFor({ timeout: 60_000 });
		await search.fill('ceshi');
		await s.page.getByRole('checkbox', { name: /Ceshi Daoru/ }).check({ timeout: 30_000 });
		// A region we publish nothing of: the import makes a series of its own (drawn with the
		// imported marker).
		const point = s.page.locator('figure[data-chart="trend"] .point[data-year="2024"]');
		// The default regions' points are drawn already; wait for the added region's own series.
		await s.page
			.locator('figure[data-chart="trend"] circle.point.imported[data-series^="imported-"]')
			.first()
			.waitFor({ timeout: 60_000 });
		// 表三 一、本年新收 总计 of pingtan_2024, read by hand.
		const expected = expectedTableFacts('pingtan_2024').find(
			(f) => f.metric === 'requests_new' && (f.applicant ?? 'total') === 'total'
		)!;
		const values = await point.evaluateAll((els) =>
			els.map((e) => [e.getAttribute('data-series'), Number(e.getAttribute('data-value'))])
		);
		expect(
			values.some(([series, v]) => String(series).startsWith('imported-') && v === expected.value)
		).toBe(true);
		await expect(s.page.locator('figure[data-chart="trend"]').innerText()).resolves.toContain(
			'imported'
		);
	});

	it('checks an import against an import of the year before added later, and not once that is deleted', async () => {
		// 测试导入区's 2024 report (pingtan_2024, the test before) was added first, with no 2023.
		const check2024 = async () =>
			(
				await sqlRow(
					`SELECT c.status, c.expected, c.detail FROM checks c JOIN reports r USING (report_id)
					 WHERE r.imported AND r.region = '测试导入区' AND r.year = 2024
					   AND c."check" = 'carried_over_vs_previous_year' AND c.applicant = 'total'`
				)
			).map((c) => c.trim());
		expect((await check2024())[0]).toBe('not_assessable');
		// The reader adds pingtan_2023 as the same region's 2023 report.
		await openImport();
		await s.page.getByLabel(/Choose files/).setInputFiles({
			name: 'pingtan_2023.txt',
			mimeType: 'text/plain',
			buffer: readFileSync(reportFile('pingtan_2023'))
		});
		const review = s.page.getByRole('region', { name: 'Review: pingtan_2023.txt' });
		await review.waitFor({ timeout: 60_000 });
		await review.getByLabel('Search regions (Chinese, pinyin or code)').fill('ceshi');
		await review.getByRole('button', { name: /测试导入区 · Ceshi Daoru/ }).click();
		await expect(review.getByLabel('Year').inputValue()).resolves.toBe('2023');
		await expect(review.getByLabel('Unit').inputValue()).resolves.toBe('平潭综合实验区管委会');
		// The review already shows the next year's (the 2024 import's) check against this one.
		const next = review.locator(
			'[data-testid="cross-year-checks"] tr[data-applicant="total"]:not([data-report="review"])'
		);
		const forward = handRead('pingtan_2023', 'requests_carried_forward');
		const over = handRead('pingtan_2024', 'requests_carried_over');
		await expect(next.getAttribute('data-status')).resolves.toBe(
			forward === over ? 'pass' : 'fail'
		);
		await review.getByRole('button', { name: 'Add to my data' }).click();
		const rows = s.page.getByTestId('my-imports').locator('tbody tr', { hasText: '测试导入区' });
		await s.page.waitForFunction(
			() =>
				[...document.querySelectorAll('[data-testid="my-imports"] tbody tr')].filter((r) =>
					r.textContent?.includes('测试导入区')
				).length === 2,
			undefined,
			{ timeout: 90_000 }
		);
		// The 2024 import's stored check is now against the 2023 import.
		const [status, expected, detail] = await check2024();
		expect(status).toBe(forward === over ? 'pass' : 'fail');
		expect(Number(expected)).toBe(forward);
		expect(detail).toMatch(/requests_carried_forward of imported:[0-9a-f]+/);
		// Deleted again, the 2024 import has no year before to compare with.
		await openImport();
		await rows.filter({ hasText: '2023' }).getByRole('button', { name: 'Delete' }).click();
		await s.page.waitForFunction(
			() =>
				[...document.querySelectorAll('[data-testid="my-imports"] tbody tr')].filter((r) =>
					r.textContent?.includes('测试导入区')
				).length === 1,
			undefined,
			{ timeout: 30_000 }
		);
		expect((await check2024())[0]).toBe('not_assessable');
	});

	it('imports a PDF: table rows and cells rebuilt from positions give 表二, 表三 and 表四 as printed', async () => {
		// pingtan_2023's tables as a reader read them (tests/fixtures/expected), printed again in the
		// 2021 layout on PDF pages (official-report.ts, printed-report.ts, text-pdf.ts): 表三's rows as a label and one
		// positioned cell per number, and 表二 and 表四 as grids: one text item per cell, headers
		// spanning and wrapping in their columns, so only the items' positions say which number is
		// in which column.
		const expected = expectedTableFacts('pingtan_2023');
		const printed = printedReport('pingtan_2023', PINGTAN_2023_TITLE);
		const pdf = reportPdf(printed.text, printed.grids);
		await openImport();
		await s.page.getByLabel(/Choose files/).setInputFiles({
			name: 'pingtan_2023.pdf',
			mimeType: 'application/pdf',
			buffer: pdf
		});
		const review = s.page.getByRole('region', { name: 'Review: pingtan_2023.pdf' });
		await s.page
			.locator('section.review, .messages [data-kind="error"]')
			.first()
			.waitFor({ timeout: 90_000 });
		expect(await s.page.locator('.messages [data-kind="error"]').allInnerTexts()).toEqual([]);
		const cells = await reviewCells(review);
		const metricsOf = async (table: string) =>
			new Set(
				await review
					.locator(`table[data-table="${table}"] td[data-metric]`)
					.evaluateAll((els) => els.map((e) => e.getAttribute('data-metric')))
			);
		const [t2, t3, t4] = await Promise.all(['table2', 'table3', 'table4'].map(metricsOf));
		// 表三: the 25 printed rows × 7 columns.
		expect(compareWithExpected(cells, expected, (f) => t3!.has(f.metric))).toBe(175);
		// 表四: all fifteen cells (行政复议 and both 行政诉讼 blocks).
		expect(compareWithExpected(cells, expected, (f) => t4!.has(f.metric))).toBe(15);
		// 表二: the rules and normative documents rows and the single-figure rows, each figure its
		// own text item in its column.
		expect(compareWithExpected(cells, expected, (f) => t2!.has(f.metric))).toBe(10);
		// The reader confirms the region with the picker's pinyin search.
		await review.getByLabel('Search regions (Chinese, pinyin or code)').fill('pingtan');
		await review.getByRole('button', { name: /平潭综合实验区 · .* · 350128/ }).click();
		await expect(review.getByTestId('region-chosen').innerText()).resolves.toContain(
			'平潭综合实验区'
		);
		expect(foreignRequests(s)).toEqual([]);
	});

	it('imports a PDF whose Chinese font is not embedded (UniGB-UCS2-H): the same facts as the CLI, as printed', async () => {
		// pingtan_2023's 表二, 表三 and 表四 with its hand-read values, in a font that is not
		// embedded and has no ToUnicode map: only pdf.js's character maps (UniGB-UCS2-H,
		// Adobe-GB1-UCS2), served from our origin, say which characters its codes are.
		const pdf = officialReportPdf(officialReport('pingtan_2023', PINGTAN_2023_TITLE), 'unigb');
		await openImport();
		const errorsBefore = s.consoleErrors.length;
		await s.page.getByLabel(/Choose files/).setInputFiles({
			name: 'pingtan_2023.pdf',
			mimeType: 'application/pdf',
			buffer: pdf
		});
		const review = s.page.getByRole('region', { name: 'Review: pingtan_2023.pdf' });
		await s.page
			.locator('section.review, .messages [data-kind="error"]')
			.first()
			.waitFor({ timeout: 90_000 });
		expect(await s.page.locator('.messages [data-kind="error"]').allInnerTexts()).toEqual([]);
		await expect(review.getByLabel('Year').inputValue()).resolves.toBe('2023');
		const cells = await reviewCells(review);
		// Every one of the 200 table cells, as read by hand from the report.
		expect(compareWithExpected(cells, expectedTableFacts('pingtan_2023'))).toBe(200);
		// The ingest CLI's reader, on the same bytes, reads the same facts.
		const dir = mkdtempSync(join(tmpdir(), 'import-pdf-'));
		try {
			const file = join(dir, 'pingtan_2023.pdf');
			writeFileSync(file, pdf);
			const cli = await readReportFile(file);
			const cliCells = new Map(
				cli.facts
					.filter((f) => f.method !== 'prose')
					.map((f) => [`${f.metric}|${f.applicant}`, f.value])
			);
			expect(cells).toEqual(cliCells);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
		// The character maps came from our origin, and nothing from anywhere else; pdf.js's legacy
		// build ran without a console error (none from the Content-Security-Policy either).
		expect(s.requests.some((u) => u === `${s.baseUrl}pdfjs/cmaps/UniGB-UCS2-H.bcmap`)).toBe(true);
		expect(foreignRequests(s)).toEqual([]);
		expect(s.consoleErrors.slice(errorsBefore)).toEqual([]);
	});

	it('reads that PDF in a browser of two years ago, without the newest JavaScript built-ins', async () => {
		const page = await s.context.newPage();
		try {
			// In the page and in pdf.js's worker (its script is served with this prepended).
			await page.addInitScript(WITHOUT_NEWEST_BUILT_INS);
			await page.route(/pdf\.worker[^/]*\.mjs$/, async (route) => {
				const response = await route.fetch();
				await route.fulfill({
					response,
					body: `${WITHOUT_NEWEST_BUILT_INS}\n${await response.text()}`
				});
			});
			await page.goto(`${s.baseUrl}import?lang=en`);
			await page.locator('h2[data-listed="true"][data-ready="true"]').waitFor({ timeout: 30_000 });
			expect(
				await page.evaluate(() => [
					typeof (Map.prototype as unknown as Record<string, unknown>).getOrInsertComputed,
					typeof (Math as unknown as Record<string, unknown>).sumPrecise
				])
			).toEqual(['undefined', 'undefined']);
			await page.getByLabel(/Choose files/).setInputFiles({
				name: 'pingtan_2023.pdf',
				mimeType: 'application/pdf',
				buffer: officialReportPdf(officialReport('pingtan_2023', PINGTAN_2023_TITLE), 'unigb')
			});
			await page
				.locator('section.review, .messages [data-kind="error"]')
				.first()
				.waitFor({ timeout: 90_000 });
			expect(await page.locator('.messages [data-kind="error"]').allInnerTexts()).toEqual([]);
			const review = page.getByRole('region', { name: 'Review: pingtan_2023.pdf' });
			expect(
				compareWithExpected(await reviewCells(review), expectedTableFacts('pingtan_2023'))
			).toBe(200);
		} finally {
			await page.close();
		}
	});

	it('imports a Word file (.docx): 表三 in the template layout, merged label cells, every cell as printed', async () => {
		const docx = docxFile([
			{ paragraph: PINGTAN_2023_TITLE },
			{ paragraph: '三、收到和处理政府信息公开申请情况' },
			{ table: table3WordRows('pingtan_2023') },
			{ paragraph: '四、政府信息公开行政复议、行政诉讼情况' }
		]);
		await openImport();
		await s.page.getByLabel(/Choose files/).setInputFiles({
			name: 'pingtan_2023.docx',
			mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			buffer: docx
		});
		const review = s.page.getByRole('region', { name: 'Review: pingtan_2023.docx' });
		await s.page
			.locator('section.review, .messages [data-kind="error"]')
			.first()
			.waitFor({ timeout: 90_000 });
		expect(await s.page.locator('.messages [data-kind="error"]').allInnerTexts()).toEqual([]);
		const table3 = new Set(
			await review
				.locator('table[data-table="table3"] td[data-metric]')
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-metric')))
		);
		const cells = await reviewCells(review);
		expect(
			compareWithExpected(cells, expectedTableFacts('pingtan_2023'), (f) => table3.has(f.metric))
		).toBe(175);
		expect(foreignRequests(s)).toEqual([]);
	});

	it('refuses a scanned PDF, saying it has no text layer; the page stays usable', async () => {
		await openImport();
		await s.page.getByLabel(/Choose files/).setInputFiles({
			name: 'scanned.pdf',
			mimeType: 'application/pdf',
			buffer: scannedPdf(3)
		});
		const error = s.page
			.locator('.messages [data-kind="error"]')
			.filter({ hasText: 'scanned.pdf' });
		await error.waitFor({ timeout: 60_000 });
		expect(await error.innerText()).toMatch(
			/scanned\.pdf: not imported\. the PDF has no text layer: its 3 pages hold hardly any text.*Run OCR/
		);
		expect(await s.page.locator('section.review').count()).toBe(0);
		// The page still reads the next input.
		await s.page.getByLabel('Paste the report text').fill(reportBody('pingtan_2021'));
		await s.page.getByRole('button', { name: 'Read pasted text' }).click();
		await s.page.getByRole('region', { name: 'Review: pasted text' }).waitFor({ timeout: 60_000 });
	});

	it("checks across years against our previous year's report, and a correction feeds the check", async () => {
		// A reader files shanghai-office_2025's text as 平潭综合实验区管委会's 2025 report: its 上年结转
		// does not match our pingtan_2024's 结转下年度继续办理 (both read by hand), and the review
		// says so.
		await openImport();
		await s.page.getByLabel(/Choose files/).setInputFiles({
			name: 'filed-as-pingtan.txt',
			mimeType: 'text/plain',
			buffer: readFileSync(reportFile('shanghai-office_2025'))
		});
		const review = s.page.getByRole('region', { name: 'Review: filed-as-pingtan.txt' });
		await review.waitFor({ timeout: 60_000 });
		await review.getByLabel('Search regions (Chinese, pinyin or code)').fill('350128');
		await review.getByRole('button', { name: /平潭综合实验区 · .* · 350128/ }).click();
		await review.getByLabel('Unit').fill('平潭综合实验区管委会');
		await review.getByLabel('Year').fill('2025');
		const expected = handRead('pingtan_2024', 'requests_carried_forward');
		const actual = handRead('shanghai-office_2025', 'requests_carried_over');
		expect(expected).not.toBe(actual);
		const row = ownCrossYear(review);
		await expect.poll(() => row.getAttribute('data-status')).toBe('fail');
		const cells = (await row.locator('td').allInnerTexts()).map((c) => c.trim());
		expect(cells.slice(3, 5)).toEqual([String(expected), String(actual)]);
		expect(cells[5]).toContain('pingtan_2024');
		// The failed check marks the 上年结转 total cell of 表三.
		const cell = review.locator(
			'table[data-table="table3"] td[data-metric="requests_carried_over"][data-applicant="total"]'
		);
		await expect(cell.getAttribute('class')).resolves.toContain('failed');
		// Corrected to the year before's figure, the check passes.
		await cell.locator('button').click();
		await review.getByLabel(/^Correct /).fill(String(expected));
		await review.getByRole('button', { name: 'Save correction' }).click();
		await expect.poll(() => row.getAttribute('data-status')).toBe('pass');
		await review.getByRole('button', { name: 'Discard' }).click();
		await expect(review.count()).resolves.toBe(0);
	});

	it('reads several files dropped at once, each to its own review', async () => {
		await openImport();
		const files = ['pingtan_2019', 'pingtan_2020'].map((stem) => ({
			name: `${stem}.txt`,
			text: readFileSync(reportFile(stem), 'utf8')
		}));
		const transfer = await s.page.evaluateHandle((list) => {
			const dt = new DataTransfer();
			for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
			return dt;
		}, files);
		await s.page.getByRole('region', { name: 'or drop files here' }).dispatchEvent('drop', {
			dataTransfer: transfer
		});
		for (const stem of ['pingtan_2019', 'pingtan_2020']) {
			const review = s.page.getByRole('region', { name: `Review: ${stem}.txt` });
			await review.waitFor({ timeout: 60_000 });
			const checked = compareWithExpected(await reviewCells(review), expectedTableFacts(stem));
			expect(checked).toBeGreaterThan(100);
		}
	});

	it('refuses what is not a report, an unknown encoding, a too large file and binary data, saying what it found; nothing is added', async () => {
		await openImport();
		const before = await s.page.getByTestId('my-imports').locator('tbody tr').count();
		await s.page.getByLabel(/Choose files/).setInputFiles([
			{
				name: 'notes.txt',
				mimeType: 'text/plain',
				buffer: Buffer.from('Shopping list: apples, bread, 3 eggs.\nCall the plumber on Monday.\n')
			},
			{
				// Neither UTF-8 nor GB18030: 0x81 opens a two-byte GB18030 character that 0x20 cannot end.
				name: 'odd.txt',
				mimeType: 'text/plain',
				buffer: Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 2 ? 0x20 : 0x81)))
			},
			{
				name: 'huge.txt',
				mimeType: 'text/plain',
				buffer: Buffer.alloc(6 * 1024 * 1024, 0x41)
			},
			{
				name: 'picture.png',
				mimeType: 'image/png',
				buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49])
			}
		]);
		const status = s.page.getByRole('status');
		await status.getByText(/picture\.png: not imported/).waitFor({ timeout: 60_000 });
		await expect(status.innerText()).resolves.toMatch(
			/notes\.txt: not imported\. \d+ characters of text were read, but no annual report was found/
		);
		await expect(status.innerText()).resolves.toMatch(/picture\.png: not imported\. .*binary/);
		await expect(status.innerText()).resolves.toMatch(
			/odd\.txt: not imported\. .*unknown text encoding/
		);
		await expect(status.innerText()).resolves.toMatch(
			/huge\.txt: not imported\. the file is too large \(6 MB\); the limit is 5 MB/
		);
		expect(await s.page.locator('section.review h2').allInnerTexts()).toEqual([]);
		await expect(s.page.getByTestId('my-imports').locator('tbody tr').count()).resolves.toBe(
			before
		);
	});

	it('refuses a pasted text over 5 MB, calling it the pasted text, and keeps it in the box', async () => {
		await openImport();
		const box = s.page.getByLabel('Paste the report text');
		// 6 MB set at once, as a paste does (typing it would take minutes)
		await box.evaluate((el: HTMLTextAreaElement) => {
			el.value = '政'.repeat(2 * 1024 * 1024);
			el.dispatchEvent(new Event('input', { bubbles: true }));
		});
		await s.page.getByRole('button', { name: 'Read pasted text' }).click();
		const refusal = s.page
			.getByRole('status')
			.getByText(
				/pasted text: not imported\. the pasted text is too large \(6 MB\); the limit is 5 MB/
			);
		await refusal.waitFor({ timeout: 30_000 });
		await expect(s.page.getByRole('status').innerText()).resolves.not.toMatch(
			/the file is too large/
		);
		await expect(box.evaluate((el: HTMLTextAreaElement) => el.value.length)).resolves.toBe(
			2 * 1024 * 1024
		);
	});

	it('deletes an import', async () => {
		await openImport();
		const rows = s.page.getByTestId('my-imports').locator('tbody tr');
		const before = await rows.count();
		await rows.filter({ hasText: '测试导入区' }).getByRole('button', { name: 'Delete' }).click();
		await s.page.waitForFunction(
			(n) => document.querySelectorAll('[data-testid="my-imports"] tbody tr').length === n,
			before - 1,
			{ timeout: 30_000 }
		);
		await s.page.reload();
		await openImport();
		await expect(rows.filter({ hasText: '测试导入区' }).count()).resolves.toBe(0);
	});
});
