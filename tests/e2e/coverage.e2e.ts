/**
 * The /coverage page as a reader uses it: the share of China's divisions, a cell of a known report
 * (pingtan_2021, a report in the 2021 layout: "2021年度政府信息公开工作年度报告" with the 〔2021〕30号
 * tables), and its link to that report's text in the explorer's sources view.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

/** The region codes our reports' front matter names, by tier (read from the files, not the build). */
function coveredFromFrontMatter(): Record<string, number> {
	const dir = resolve(import.meta.dirname, '..', '..', 'data', 'reports');
	const codes = new Set<string>();
	for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
		const m = /^region_code:\s*(\d{6})\s*$/m.exec(
			readFileSync(join(dir, f), 'utf8').slice(0, 3000)
		);
		if (m) codes.add(m[1]!);
	}
	const out = { province: 0, prefecture: 0, county: 0 };
	for (const c of codes) {
		if (c.endsWith('0000')) out.province++;
		else if (c.endsWith('00')) out.prefecture++;
		else out.county++;
	}
	return out;
}

describe('/coverage', () => {
	it('says how much of China is covered, per level, in both languages', async () => {
		const covered = coveredFromFrontMatter();
		await s.page.goto(`${s.baseUrl}coverage?lang=en`);
		const share = (tier: string) =>
			s.page.locator(`[data-testid="shares"] li[data-tier="${tier}"]`);
		// 31 provinces and 333 prefecture-level divisions on the mainland.
		await expect
			.poll(() => share('prefecture').textContent(), { timeout: 30_000 })
			.toBe(`prefecture-level divisions: ${covered.prefecture} of 333`);
		await expect(share('province').textContent()).resolves.toBe(
			`province-level divisions: ${covered.province} of 31`
		);
		await expect(share('county').textContent()).resolves.toMatch(
			new RegExp(`^county-level divisions: ${covered.county} of 2,8\\d\\d$`)
		);
		expect(await seriousViolations(s.page)).toEqual([]);
		await s.page.getByTestId('lang-switch').click();
		await expect
			.poll(() => share('prefecture').textContent())
			.toBe(`地级行政区：${covered.prefecture} / 333`);
		await expect(s.page.locator('html').getAttribute('lang')).resolves.toMatch(/^zh/);
		expect(await seriousViolations(s.page)).toEqual([]);
	});

	it("shows pingtan_2021 as a 2021-layout report and links to the report's text", async () => {
		await s.page.goto(`${s.baseUrl}coverage?lang=en`);
		const row = s.page.locator('tr[data-unit="平潭综合实验区管委会"]');
		const cell = row.locator('td[data-year="2021"] a');
		await expect
			.poll(() => cell.getAttribute('data-report'), { timeout: 30_000 })
			.toBe('pingtan_2021');
		await expect.poll(() => cell.getAttribute('title')).toContain('2021 format');
		await expect(cell.getByText('2021 format', { exact: false }).count()).resolves.toBe(1);
		await expect(cell.textContent()).resolves.toMatch(/^21/);
		await expect(row.locator('td').first().textContent()).resolves.toContain('whole government');
		// The General Office reported for 2015 and 2017 but not 2016 (data/reports has
		// pingtan-office_2015 and _2017, no _2016): an empty cell, not a zero.
		const office = s.page.locator('tr[data-unit="平潭综合实验区管委会办公室"]');
		await expect(
			office.locator('td[data-year="2015"] a').getAttribute('data-report')
		).resolves.toBe('pingtan-office_2015');
		await expect(office.locator('td[data-year="2016"]').count()).resolves.toBe(1);
		await expect(office.locator('td[data-year="2016"] a').count()).resolves.toBe(0);
		await expect(office.locator('td[data-year="2016"]').textContent()).resolves.toBe('');

		await cell.click();
		await s.page.waitForURL(
			(u) => u.pathname.endsWith('/explore') && u.searchParams.get('report') === 'pingtan_2021'
		);
		expect(new URL(s.page.url()).searchParams.get('view')).toBe('sources');
		const panel = s.page.locator('aside.source-panel[data-report="pingtan_2021"]');
		await panel.waitFor({ timeout: 30_000 });
		// Read in the report: "本年度全区共收到70件申请，及时依法依规办结69件".
		await expect
			.poll(() => panel.getByRole('region', { name: 'Report text' }).textContent(), {
				timeout: 30_000
			})
			.toContain('本年度全区共收到70件申请');
		// The whole report was asked for, not one number: the panel says so (it once said "the
		// passage of this number was not found").
		await expect(panel.getByTestId('whole-report').textContent()).resolves.toMatch(
			/^The whole report\. Click a number/
		);
		await expect(panel.textContent()).resolves.not.toMatch(/was not found in the report/);
		// Closing the panel takes the report out of the URL.
		await panel.getByRole('button', { name: 'Close' }).click();
		await s.page.waitForURL((u) => !u.searchParams.has('report'));
	});
});
