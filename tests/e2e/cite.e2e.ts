/**
 * Citing and sharing as a reader does: the data version in every page's footer, a link to copy, a
 * citation with the version and the page's address, the whole dataset to download (Parquet and
 * CSV), and a printed explorer page that is the figure with its source, without the controls.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser.ts';
import { openExplorer } from './explorer-page.ts';

let s: Session;
// The version the data build wrote next to the files it describes.
const built = JSON.parse(
	readFileSync(resolve(import.meta.dirname, '../../static/data/version.json'), 'utf8')
) as { version: string; date: string };

beforeAll(async () => {
	s = await openSession();
	await s.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
	await s?.close();
});

describe('citing and sharing', () => {
	it('shows the data version in the footer of every page', async () => {
		for (const path of ['', 'explore?lang=en', 'coverage', 'sql', 'import', 'about']) {
			await s.page.goto(`${s.baseUrl}${path}`);
			const footer = s.page.getByTestId('data-version');
			await footer.waitFor({ timeout: 30_000 });
			await expect(footer.innerText()).resolves.toContain(built.version);
			await expect(footer.innerText()).resolves.toContain(built.date);
		}
	});

	it('copies the explorer link and a citation with the version and the address', async () => {
		await openExplorer(s.page, s.baseUrl, '?regions=350128,440400&lang=en');
		await s.page.getByRole('button', { name: 'Copy link' }).click();
		await expect
			.poll(() => s.page.evaluate(() => navigator.clipboard.readText()))
			.toBe(s.page.url());
		await s.page.getByText('How to cite').click();
		const citation = await s.page.getByTestId('citation').inputValue();
		expect(citation).toContain(`data version ${built.version} (${built.date})`);
		expect(citation).toContain(s.page.url());
		await s.page.getByRole('button', { name: 'Copy citation' }).click();
		await expect.poll(() => s.page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
	});

	it('offers the whole dataset as Parquet and CSV on /about', async () => {
		await s.page.goto(`${s.baseUrl}about?lang=en`);
		const links = s.page.getByTestId('downloads').getByRole('link');
		const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(hrefs.filter((h) => h.endsWith('.parquet')).length).toBe(7);
		expect(hrefs.filter((h) => h.endsWith('.csv')).length).toBe(7);
		const csv = await s.page.request.get(hrefs.find((h) => h.endsWith('/csv/reports.csv'))!);
		expect(csv.status()).toBe(200);
		const lines = (await csv.text()).trim().split('\n');
		expect(lines[0]).toMatch(/^report_id,region_id,region,unit,/);
		// Every report of data/reports is a row (47 files besides the README).
		expect(lines.length - 1).toBe(47);
		const parquet = await s.page.request.get(hrefs.find((h) => h.endsWith('/facts.parquet'))!);
		expect((await parquet.body()).subarray(0, 4).toString()).toBe('PAR1');
		const readme = await s.page.request.get(`${s.baseUrl}data/README.txt`);
		await expect(readme.text()).resolves.toContain(built.version);
	});

	it('prints the explorer as its figure with the source line, without navigation or controls', async () => {
		await openExplorer(s.page, s.baseUrl, '?regions=350128,440400&lang=en');
		await s.page.emulateMedia({ media: 'print' });
		await expect(s.page.locator('figure[data-chart="trend"]').isVisible()).resolves.toBe(true);
		await expect(s.page.getByTestId('source-line').isVisible()).resolves.toBe(true);
		await expect(s.page.getByTestId('source-line').innerText()).resolves.toMatch(/OGI Atlas/);
		await expect(s.page.getByTestId('data-version').isVisible()).resolves.toBe(true);
		for (const hidden of [
			s.page.getByRole('navigation', { name: 'Main' }),
			s.page.getByRole('searchbox', { name: 'Search regions' }),
			s.page.getByRole('button', { name: 'Copy link' }),
			s.page.getByRole('tablist').first()
		])
			await expect(hidden.isVisible()).resolves.toBe(false);
		await s.page.emulateMedia({ media: 'screen' });
		await expect(s.page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(true);
	});
});
