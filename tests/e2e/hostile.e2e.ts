/**
 * Hostile input: a report whose region, unit, title and body carry script, HTML, javascript: and
 * CSS payloads (tests/fixtures/hostile), built by the real data build and served in place of our
 * data. Everywhere a person reads it (explorer views, tooltip, region picker, source panel, SQL
 * grid, embeds) it must show as the very characters of the report, and nothing may run: no element
 * made from it, no javascript: link, no dialog, no script error. A file dropped on the console is
 * held to the same rule. Downloads neutralize spreadsheet formulas.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/data/parse-csv.ts';
import {
	BODY_IFRAME,
	BODY_LINK,
	HOSTILE_REGION_ID as ID,
	NAME_EN,
	NAME_ZH,
	REPORT_REGION,
	TITLE,
	UNIT
} from '../fixtures/hostile/payloads.ts';
import { openSession, type Session } from './browser.ts';
import { buildHostileData, serveDataFrom } from './hostile-data.ts';

let s: Session;
const dialogs: string[] = [];
beforeAll(async () => {
	const dir = buildHostileData();
	s = await openSession();
	await serveDataFrom(s.context, s.baseUrl, dir);
	s.context.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
});
afterAll(async () => {
	await s?.close();
});

/** Everything on the page that only an executed payload could have made. */
function executed(target: Page | Frame): Promise<string[]> {
	return target.evaluate(() => {
		const found: string[] = [];
		const w = window as unknown as { __pwned?: unknown };
		if (w.__pwned !== undefined) found.push(`window.__pwned = ${String(w.__pwned)}`);
		for (const el of document.querySelectorAll('*')) {
			for (const a of el.attributes) {
				if (/^on/i.test(a.name)) found.push(`<${el.localName} ${a.name}>`);
				if (
					/^(href|src|action|formaction|xlink:href)$/i.test(a.name) &&
					/^\s*javascript:/i.test(a.value)
				)
					found.push(`<${el.localName} ${a.name}="${a.value}">`);
			}
		}
		if (document.querySelector('img[src="x"], iframe[src^="javascript"], svg[onload]'))
			found.push('payload element');
		for (const el of document.querySelectorAll('script, style'))
			if (/__pwned|body\{display:none\}/.test(el.textContent ?? ''))
				found.push(`<${el.localName}>`);
		if (getComputedStyle(document.body).display === 'none') found.push('body hidden by a style');
		return found;
	});
}

async function expectInert(page: Page = s.page) {
	for (const frame of page.frames()) expect(await executed(frame)).toEqual([]);
	expect(dialogs).toEqual([]);
	expect(s.consoleErrors.filter((e) => !e.includes('favicon'))).toEqual([]);
}

async function explore(query: string) {
	// In Chinese unless asked otherwise (a URL without ?lang= opens in the language last chosen).
	const lang = /(^|&)lang=/.test(query) ? '' : '&lang=zh';
	await s.page.goto(`${s.baseUrl}explore?regions=${ID}&${query}${lang}`);
	await s.page
		.locator('figure[data-chart], [data-testid="data-table"], [data-testid="sources-table"]')
		.first()
		.waitFor({ timeout: 30_000 });
}

const text = (selector: string) => s.page.locator(selector).first().textContent();

describe('a report with script, HTML and formula payloads', () => {
	it('shows the region name as text in the trend, its labels, tooltip and the region panel', async () => {
		await explore('from=2021&to=2021');
		expect(await text(`#region-list li[data-region="${ID}"]`)).toContain(NAME_ZH);
		// One point, so no line label: the chart's own description names the series.
		expect(
			await s.page.locator('figure[data-chart="trend"] svg[role="img"]').getAttribute('aria-label')
		).toContain(NAME_ZH);
		const point = s.page.locator('figure[data-chart="trend"] circle.point').first();
		expect(await point.getAttribute('aria-label')).toContain(NAME_ZH);
		await point.hover();
		await s.page.locator('figure[data-chart="trend"] .tooltip').waitFor();
		expect(await text('figure[data-chart="trend"] .tooltip')).toContain(NAME_ZH);
		await expectInert();
	});

	it('lists it as text in the region search, in both languages', async () => {
		await explore('lang=en');
		expect(await text(`#region-list li[data-region="${ID}"]`)).toContain(NAME_EN);
		await s.page.getByRole('searchbox', { name: 'Search regions' }).fill(ID);
		const option = s.page.locator(`#region-list li[data-region="${ID}"]`);
		await option.waitFor();
		expect(await option.textContent()).toContain(NAME_ZH);
		expect(await option.textContent()).toContain(NAME_EN);
		await expectInert();
	});

	it('shows it as text in the compare, handling, table and sources views', async () => {
		await explore('view=compare');
		expect(await text('figure[data-chart="compare"]')).toContain(NAME_ZH);
		await explore('view=handling');
		expect(await text('figure[data-chart="handling"]')).toContain(NAME_ZH);
		await explore('view=table');
		const row = s.page.locator('[data-testid="data-table"] tbody tr').first();
		expect(await row.locator('td').nth(0).textContent()).toBe(NAME_ZH);
		// The unit's short label (src/lib/i18n/unit-label.ts) holds the name as text.
		expect(await row.locator('td').nth(1).textContent()).toContain(UNIT);
		await explore('view=sources');
		const src = s.page.locator(`[data-testid="sources-table"] tr[data-report="hostile_2021"]`);
		expect(await src.locator('td').nth(0).textContent()).toBe(NAME_ZH);
		expect(await src.locator('td').nth(1).textContent()).toContain(UNIT);
		await expectInert();
	});

	it('shows the report body as text in the source panel, payloads and all', async () => {
		await explore('from=2021&to=2021');
		const point = s.page.locator('figure[data-chart="trend"] circle.point').first();
		await point.focus();
		await point.press('Enter');
		const panel = s.page.locator('aside.source-panel');
		await panel.locator('mark').first().waitFor({ timeout: 30_000 });
		// The first meta line names the unit (the second links to the region's profile).
		expect(await panel.locator('.meta').first().textContent()).toContain(UNIT);
		const passage = (await panel.locator('pre').textContent())!;
		expect(passage).toContain(`标题: ${TITLE}`);
		// The prose fact "共收到70件申请" right after the injected link is still found and marked.
		expect(passage).toContain(`${BODY_LINK}本年度全区共收到70件申请`);
		expect(passage).toContain(`${BODY_IFRAME}联系地址`);
		expect(await panel.locator('pre a, pre img, pre iframe, pre svg, pre style').count()).toBe(0);
		await expectInert();
	});

	it('writes the spreadsheet formulas of the CSV download as text', async () => {
		await explore('view=table');
		const [download] = await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByRole('button', { name: '下载CSV' }).click()
		]);
		const rows = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''));
		const row = rows.find((r) => r.region_id === ID)!;
		expect(row.unit).toBe(`'${UNIT}`);
		expect(row.region).toBe(NAME_ZH);
		for (const r of rows)
			for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
	});

	it('keeps the SVG download free of markup from the data', async () => {
		await explore('from=2021&to=2021');
		const [download] = await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByRole('button', { name: '下载SVG' }).click()
		]);
		const svg = readFileSync((await download.path())!, 'utf8');
		expect(svg).toContain("&lt;script&gt;window.__pwned='unit'&lt;/script&gt;");
		// What a viewer of the file would parse: no element or handler made from the data.
		const parsed = await s.page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			const all = [...doc.querySelectorAll('*')];
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				elements: [...new Set(all.map((e) => e.localName))].sort(),
				handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).length),
				source: [...doc.querySelectorAll('text')].at(-1)?.textContent
			};
		}, svg);
		expect(parsed.error).toBeNull();
		expect(
			parsed.elements.filter(
				(n) => !['svg', 'g', 'rect', 'text', 'line', 'path', 'circle'].includes(n)
			)
		).toEqual([]);
		expect(parsed.handlers.every((n) => n === 0)).toBe(true);
		expect(parsed.source).toContain(UNIT);
	});

	it('shows the payloads as text in the SQL grid and neutralizes them in its CSV export', async () => {
		const q = 'SELECT region, unit, title FROM reports';
		await s.page.goto(`${s.baseUrl}sql?lang=en&q=${encodeURIComponent(q)}`);
		const cell = (col: number) =>
			s.page.locator(`[data-testid="result-table"] tbody tr:nth-child(1) td:nth-child(${col})`);
		await cell(1).waitFor({ timeout: 90_000 });
		expect(await cell(1).textContent()).toBe(REPORT_REGION);
		expect(await cell(2).textContent()).toBe(UNIT);
		expect(await cell(3).textContent()).toBe(TITLE);
		const [download] = await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByRole('button', { name: 'Export CSV' }).click()
		]);
		const rows = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''));
		expect(rows).toEqual([{ region: `'${REPORT_REGION}`, unit: `'${UNIT}`, title: TITLE }]);
		await expectInert();
	});

	it("shows a dropped file's payloads as text in the grid and neutralizes them in its export", async () => {
		await s.page.goto(`${s.baseUrl}sql?lang=en`);
		await s.page.locator('[data-engine-status="ready"]').waitFor({ timeout: 90_000 });
		const header = `=cmd|' /C calc'!A0`;
		const script = `<script>window.__pwned='csv'</script>`;
		const img = `<img src=x onerror="window.__pwned='csv2'">`;
		await s.page.locator('input[type="file"]').setInputFiles({
			name: `<img src=x onerror=alert(1)>.csv`,
			mimeType: 'text/csv',
			buffer: Buffer.from(`${header},note\n"${script}",+SUM(1)\n@x,"${img.replace(/"/g, '""')}"\n`)
		});
		const status = s.page.getByRole('status').filter({ hasText: 'Added table' });
		await status.waitFor({ timeout: 30_000 });
		const table = /Added table (\w+)/.exec((await status.textContent())!)![1]!;
		const editor = s.page.getByRole('textbox', { name: 'SQL editor' });
		await editor.click();
		await s.page.keyboard.press('ControlOrMeta+a');
		await s.page.keyboard.press('Delete');
		await s.page.keyboard.insertText(`SELECT * FROM ${table}`);
		await s.page.getByRole('button', { name: 'Run', exact: true }).click();
		const cell = (row: number, col: number) =>
			s.page.locator(
				`[data-testid="result-table"] tbody tr:nth-child(${row}) td:nth-child(${col})`
			);
		await s.page
			.locator('[data-testid="result-table"] th .name')
			.filter({ hasText: header })
			.waitFor({ timeout: 30_000 });
		expect(await cell(1, 1).textContent()).toBe(script);
		expect(await cell(1, 2).textContent()).toBe('+SUM(1)');
		expect(await cell(2, 1).textContent()).toBe('@x');
		expect(await cell(2, 2).textContent()).toBe(img);
		const [download] = await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByRole('button', { name: 'Export CSV' }).click()
		]);
		const rows = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''));
		expect(rows).toEqual([
			{ [`'${header}`]: script, note: "'+SUM(1)" },
			{ [`'${header}`]: "'@x", note: img }
		]);
		await expectInert();
	});

	it('shows the payloads as text in every embed', async () => {
		for (const chart of ['trend', 'compare', 'handling']) {
			await s.page.goto(`${s.baseUrl}embed/${chart}?regions=${ID}`);
			const figure = s.page.locator(`figure[data-chart="${chart}"]`);
			await figure.waitFor({ timeout: 30_000 });
			// The prerendered default chart is redrawn from the served (hostile) data.
			await s.page.waitForFunction((name) => document.body.textContent?.includes(name), NAME_ZH, {
				timeout: 30_000
			});
			expect(await figure.locator('svg[role="img"]').first().getAttribute('aria-label')).toContain(
				NAME_ZH
			);
			expect(await s.page.locator('body').textContent()).toContain(UNIT);
			await expectInert();
		}
	});
});
