/**
 * Two tabs of the site open at once, as a reader has them: an import added or deleted in one tab
 * shows up in (or leaves) the other tabs' import list and explorer without a reload.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, openSession, type Session } from './browser.ts';

const report = readFileSync(
	resolve(import.meta.dirname, '..', '..', 'data', 'reports', 'pingtan_2021.txt'),
	'utf8'
).replace(/^---\n[\s\S]*?\n---\n/, '');

let s: Session;
let explorer: Page;
let list: Page;
let importer: Page;
beforeAll(async () => {
	s = await openSession();
	explorer = s.page;
	list = await s.context.newPage();
	importer = await s.context.newPage();
});
afterAll(async () => {
	await s?.close();
});

const importedSources = () =>
	explorer.getByTestId('sources-table').locator('tr[data-report^="imported:"]');
const listed = (page: Page) =>
	page.getByTestId('my-imports').locator('tbody tr', { hasText: '平潭综合实验区' });

async function openImport(page: Page) {
	await page.goto(`${s.baseUrl}import?lang=en`);
	await page.locator('h2[data-listed="true"][data-ready="true"]').waitFor({ timeout: 30_000 });
}

describe('imports across tabs', () => {
	it('an import added in one tab appears in the others, and leaves them when deleted', async () => {
		await explorer.goto(`${s.baseUrl}explore?regions=350128&units=all&view=sources&lang=en`);
		await explorer.getByTestId('sources-table').waitFor({ timeout: 60_000 });
		await explorer
			.getByTestId('sources-table')
			.locator('tr[data-report="pingtan_2021"]')
			.waitFor({ timeout: 30_000 });
		expect(await importedSources().count()).toBe(0);
		await openImport(list);
		expect(await listed(list).count()).toBe(0);

		await openImport(importer);
		await importer.getByLabel('Paste the report text').fill(report);
		await importer.getByRole('button', { name: 'Read pasted text' }).click();
		const review = importer.getByRole('region', { name: 'Review: pasted text' });
		await review.waitFor({ timeout: 60_000 });
		await review.getByRole('button', { name: 'Add to my data' }).click();
		await listed(importer).first().waitFor({ timeout: 90_000 });

		// The other tabs, not reloaded, show it.
		await listed(list).first().waitFor({ timeout: 30_000 });
		await expect(listed(list).first().innerText()).resolves.toContain('2021');
		await importedSources().first().waitFor({ timeout: 30_000 });
		await expect(importedSources().innerText()).resolves.toMatch(/imported[\s\S]*2021/);

		await listed(importer).first().getByRole('button', { name: 'Delete' }).click();
		await listed(list).first().waitFor({ state: 'detached', timeout: 30_000 });
		await importedSources().first().waitFor({ state: 'detached', timeout: 30_000 });
		// Ours is still there.
		await expect(
			explorer.getByTestId('sources-table').locator('tr[data-report="pingtan_2021"]').count()
		).resolves.toBe(1);
		expect(foreignRequests(s)).toEqual([]);
	});
});
