/**
 * Accessibility: an axe-core audit of every explorer view, the source panel, the console (with a
 * result and with an error) and the embeds finds no serious or critical violation; and a person with
 * only a keyboard can pick a region, change the metric, switch views, open a value's source and
 * close it with Escape, and run a query.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { openSession, type Session } from './browser.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});

async function explore(query: string) {
	await s.page.goto(`${s.baseUrl}explore${query}`);
	await s.page
		.locator('figure[data-chart], [data-testid="data-table"], [data-testid="sources-table"]')
		.first()
		.waitFor({ timeout: 30_000 });
}

async function console_(query: string) {
	await s.page.goto(`${s.baseUrl}sql?lang=en&q=${encodeURIComponent(query)}`);
	await s.page.locator('[data-engine-status="ready"]').waitFor({ timeout: 90_000 });
	await s.page
		.locator('[data-run-status="done"], [data-run-status="error"]')
		.waitFor({ state: 'attached', timeout: 60_000 });
}

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(selector: string, max = 80): Promise<void> {
	for (let i = 0; i < max; i++) {
		await s.page.keyboard.press('Tab');
		if (await s.page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector))
			return;
	}
	throw new Error(`${selector} was not reached with ${max} presses of Tab`);
}

const focused = () =>
	s.page.evaluate(() => {
		const e = document.activeElement;
		return e
			? `${e.localName}${e.id ? '#' + e.id : ''}${e.getAttribute('class') ? '.' + e.getAttribute('class') : ''}`
			: '';
	});

describe('accessibility audit (axe-core): no serious or critical violations', () => {
	for (const view of ['trend', 'compare', 'handling', 'table', 'sources'])
		it(`in the explorer's ${view} view`, async () => {
			await explore(`?view=${view}&regions=350128,440400&lang=en`);
			expect(await seriousViolations(s.page)).toEqual([]);
		});

	it('in the explorer in Chinese with a region search typed', async () => {
		await explore('?regions=350128');
		await s.page.locator('#region-search').fill('pingtan');
		await s.page.locator('#region-list li[data-region]').first().waitFor();
		expect(await seriousViolations(s.page)).toEqual([]);
	});

	it('with the source panel open', async () => {
		await explore('?regions=350128&from=2021&to=2021&lang=en');
		const point = s.page.locator('figure[data-chart="trend"] circle.point').first();
		await point.focus();
		await point.press('Enter');
		await s.page.locator('aside.source-panel mark').first().waitFor({ timeout: 30_000 });
		expect(await seriousViolations(s.page)).toEqual([]);
	});

	it('in the console with a result', async () => {
		await console_('SELECT region_id, year, unit FROM reports ORDER BY region_id, year');
		expect(await s.page.locator('[data-run-status]').getAttribute('data-run-status')).toBe('done');
		expect(await seriousViolations(s.page)).toEqual([]);
	});

	it('in the console with a bar chart, a table’s columns and the history open', async () => {
		await console_(
			'SELECT r.name_zh AS region_name, count(*) AS n FROM reports JOIN regions r USING (region_id) GROUP BY 1'
		);
		await s.page.goto(`${s.page.url()}&chart=bar&x=region_name&y=n`);
		await s.page
			.locator('[data-testid="result-chart"] rect.bar')
			.first()
			.waitFor({ timeout: 90_000 });
		await s.page
			.getByTestId('schema')
			.getByRole('button', { name: 'reports', exact: true })
			.click();
		await s.page.getByTestId('query-history').locator('summary').click();
		expect(await seriousViolations(s.page)).toEqual([]);
	});

	it('in the console with a parse error', async () => {
		await console_('SELECT 1 AS one FORM reports');
		await s.page.getByTestId('error-excerpt').waitFor();
		expect(await seriousViolations(s.page)).toEqual([]);
	});

	it('on the import page, empty and with a pasted report under review', async () => {
		await s.page.goto(`${s.baseUrl}import?lang=en`);
		await s.page.locator('h2[data-listed="true"]').waitFor({ timeout: 30_000 });
		expect(await seriousViolations(s.page)).toEqual([]);
		const report = readFileSync(
			resolve(import.meta.dirname, '..', '..', 'data', 'reports', 'pingtan_2021.txt'),
			'utf8'
		).replace(/^---\n[\s\S]*?\n---\n/, '');
		await s.page.getByLabel('Paste the report text').fill(report);
		await s.page.getByRole('button', { name: 'Read pasted text' }).click();
		await s.page.getByRole('region', { name: 'Review: pasted text' }).waitFor({ timeout: 60_000 });
		expect(await seriousViolations(s.page)).toEqual([]);
	});

	it('in the console with an error', async () => {
		await console_('SELECT no_such_column FROM facts');
		expect(await s.page.locator('[data-run-status]').getAttribute('data-run-status')).toBe('error');
		await s.page.getByRole('alert').first().waitFor();
		expect(await seriousViolations(s.page)).toEqual([]);
	});

	for (const chart of ['trend', 'compare', 'handling'])
		it(`in the ${chart} embed`, async () => {
			await s.page.goto(`${s.baseUrl}embed/${chart}?regions=350128,440400`);
			await s.page.locator(`figure[data-chart="${chart}"]`).waitFor({ timeout: 30_000 });
			// The HTML carries the prerendered default; audit the asked-for chart, drawn after it.
			await s.page.waitForFunction(
				() => performance.getEntriesByName('ogi:first-chart').length > 0,
				undefined,
				{ timeout: 30_000 }
			);
			expect(await seriousViolations(s.page)).toEqual([]);
		});
	it('in dark mode: home, explorer, console with a result and an embed', async () => {
		const dark = await s.browser.newContext({ colorScheme: 'dark' });
		const page = await dark.newPage();
		const found: Record<string, string[]> = {};
		const visit = async (path: string, ready: string) => {
			await page.goto(`${s.baseUrl}${path}`);
			await page.locator(ready).first().waitFor({ state: 'attached', timeout: 90_000 });
			found[path] = await seriousViolations(page);
		};
		await visit('', 'figure[data-chart]');
		await visit('explore?regions=350128,440400&view=table', '[data-testid="data-table"]');
		await visit(
			`sql?q=${encodeURIComponent('SELECT region_id, NULL AS nothing FROM reports')}`,
			'[data-testid="result-table"] tbody td'
		);
		// Dark is applied to <html> after hydration; audit once it is.
		await visit('embed/compare?theme=dark', 'html[data-theme="dark"] figure[data-chart="compare"]');
		await dark.close();
		expect(found).toEqual({
			'': [],
			'explore?regions=350128,440400&view=table': [],
			[`sql?q=${encodeURIComponent('SELECT region_id, NULL AS nothing FROM reports')}`]: [],
			'embed/compare?theme=dark': []
		});
	});
});

describe('keyboard only', () => {
	it('picks a region, changes the metric, switches views, opens and closes a source', async () => {
		await explore('?regions=350128&lang=en');
		// The region panel arrives with the tables.
		await s.page.locator('#region-search').waitFor();
		await s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

		await tabTo('#region-search');
		await s.page.keyboard.type('zhuhai');
		await s.page.getByRole('checkbox', { name: /Zhuhai/ }).waitFor();
		// Tab to the match's checkbox and tick it with the space bar.
		await s.page.keyboard.press('Tab');
		await s.page.keyboard.press('Tab');
		expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('region-cb-440400');
		await s.page.keyboard.press('Space');
		await s.page.waitForURL(/regions=350128(%2C|,)440400/);
		await expect
			.poll(() => s.page.locator('#region-list li[data-region="440400"] input').isChecked())
			.toBe(true);

		await tabTo('[data-testid="metric"]');
		const before = await s.page.getByTestId('metric').inputValue();
		await s.page.keyboard.press('ArrowDown');
		await s.page.waitForURL((u) => u.searchParams.get('metric') !== null);
		const after = await s.page.getByTestId('metric').inputValue();
		expect(after).not.toBe(before);
		expect(new URL(s.page.url()).searchParams.get('metric')).toBe(after);

		await tabTo('[role="tab"][aria-selected="true"]');
		await s.page.keyboard.press('ArrowRight');
		await s.page.waitForURL(/view=compare/);
		expect(await focused()).toContain('#tab-compare');
		// compare → handling → change (year over year) → table
		await s.page.keyboard.press('ArrowRight');
		await s.page.keyboard.press('ArrowRight');
		await s.page.keyboard.press('ArrowRight');
		await s.page.waitForURL(/view=table/);
		await s.page.getByTestId('data-table').waitFor();
		expect(await s.page.getByRole('tab', { selected: true }).getAttribute('id')).toBe('tab-table');

		// A value in the table opens its source with Enter; Escape closes it and focus comes back.
		await tabTo('[data-testid="data-table"] button.cell-link');
		const opener = await s.page.evaluate(() => document.activeElement?.textContent);
		await s.page.keyboard.press('Enter');
		const panel = s.page.locator('aside.source-panel');
		await panel.locator('mark').first().waitFor({ timeout: 30_000 });
		expect(await s.page.evaluate(() => !!document.activeElement?.closest('aside'))).toBe(true);
		await s.page.keyboard.press('Escape');
		await panel.waitFor({ state: 'detached' });
		expect(await s.page.evaluate(() => document.activeElement?.textContent)).toBe(opener);
		expect(await focused()).toContain('cell-link');
	});

	it('opens the source of a chart point with Enter and scrolls the report text from the keyboard', async () => {
		await explore('?regions=350128&from=2021&to=2021&lang=en');
		await s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await tabTo('figure[data-chart="trend"] circle.point');
		await s.page.keyboard.press('Enter');
		const panel = s.page.locator('aside.source-panel');
		await panel.locator('mark').first().waitFor({ timeout: 30_000 });
		await tabTo('aside.source-panel pre');
		const top = await panel.locator('pre').evaluate((e) => e.scrollTop);
		await s.page.keyboard.press('PageDown');
		await s.page.waitForFunction(
			(t) => (document.querySelector('aside.source-panel pre')?.scrollTop ?? t) !== t,
			top
		);
		await s.page.keyboard.press('Escape');
		await panel.waitFor({ state: 'detached' });
		expect(await focused()).toContain('point');
	});

	it('writes and runs a query, and leaves the editor by keyboard', async () => {
		await s.page.goto(`${s.baseUrl}sql?lang=en`);
		await s.page.locator('[data-engine-status="ready"]').waitFor({ timeout: 90_000 });
		await s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await tabTo('[role="textbox"][aria-label="SQL editor"]');
		await s.page.keyboard.press('ControlOrMeta+a');
		await s.page.keyboard.press('Delete');
		await s.page.keyboard.type('SELECT 6 * 7 AS answer');
		const count = Number(await s.page.locator('[data-run-count]').getAttribute('data-run-count'));
		await s.page.keyboard.press('Control+Enter');
		await s.page.waitForFunction(
			(n) => Number(document.querySelector('[data-run-count]')?.getAttribute('data-run-count')) > n,
			count
		);
		const cell = s.page.locator(
			'[data-testid="result-table"] tbody tr:nth-child(1) td:nth-child(1)'
		);
		expect(await cell.textContent()).toBe('42');

		// Tab indents inside the editor: the reader types on, and Tab indents.
		await s.page.keyboard.press('End');
		await s.page.keyboard.press('Tab');
		expect(await focused()).toContain('cm-content');
		// With the completion list open (as typing often leaves it, or opens it late), one Escape
		// closes it and the next Tab moves on to the Run button, however long the reader waits.
		await s.page.keyboard.type(' ');
		await s.page.keyboard.press('Control+Space');
		const completion = s.page.locator('.cm-tooltip-autocomplete');
		await completion.waitFor();
		await s.page.keyboard.press('Escape');
		await completion.waitFor({ state: 'hidden' });
		await s.page.keyboard.press('Tab');
		expect(await focused()).toContain('run');
		await s.page.keyboard.press('Enter');
		await s.page.waitForFunction(
			(n) => Number(document.querySelector('[data-run-count]')?.getAttribute('data-run-count')) > n,
			count + 1
		);
		expect(await cell.textContent()).toBe('42');
	});
});
