/**
 * The reader's language follows them: chosen on the home page, it stays through the explorer,
 * /coverage, /sql and /about (in the URL), and a URL without ?lang= opens in the remembered one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});

const h1 = () => s.page.locator('main h1').first().innerText();
const htmlLang = () => s.page.evaluate(() => document.documentElement.lang);
const nav = (name: RegExp) =>
	s.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });

describe('language across pages', () => {
	it('keeps English from the home page through every page', async () => {
		await s.page.goto(s.baseUrl);
		await expect.poll(h1).toBe('政府信息公开，一图比较');
		await s.page.getByTestId('site-lang').click();
		await s.page.waitForURL(/[?&]lang=en/);
		await expect.poll(h1).toBe('Government information disclosure, compared');
		await expect.poll(htmlLang).toBe('en');

		await nav(/^Explorer/).click();
		await s.page.waitForURL(/\/explore\?(.*&)?lang=en/);
		await s.page.getByRole('searchbox', { name: 'Search regions' }).waitFor();
		await expect.poll(htmlLang).toBe('en');

		await nav(/^Coverage/).click();
		await s.page.waitForURL(/\/coverage\?(.*&)?lang=en/);
		await expect.poll(h1).toBe('Coverage');

		await nav(/^SQL/).click();
		await s.page.waitForURL(/\/sql\?(.*&)?lang=en/);
		await expect.poll(h1).toBe('SQL console');

		await s.page.getByRole('link', { name: /^About and licences/ }).click();
		await s.page.waitForURL(/\/about\?(.*&)?lang=en/);
		await expect.poll(htmlLang).toBe('en');
	});

	it('keeps English through a coverage link, and Chinese again once chosen', async () => {
		// A coverage cell opens the explorer in the reader's language.
		await s.page.goto(`${s.baseUrl}coverage?lang=en`);
		await expect.poll(h1).toBe('Coverage');
		await s.page.locator('main table a[href*="explore"]:visible').first().click();
		await s.page.waitForURL(/\/explore\?.*lang=en/);
		await expect.poll(htmlLang).toBe('en');

		// Back to Chinese with the explorer's own switch: the explorer drops ?lang=zh (the default).
		await s.page.goto(`${s.baseUrl}explore?lang=en`);
		await s.page.getByRole('button', { name: '中文' }).first().click();
		await expect.poll(htmlLang).toBe('zh-CN');
		await nav(/^Coverage/).click();
		await s.page.waitForURL(/\/coverage/);
		await expect.poll(h1).toBe('覆盖范围');
		const again = s.page.locator('main table a[href*="explore"]').first();
		await again.click();
		await s.page.waitForURL(/\/explore/);
		await expect.poll(htmlLang).toBe('zh-CN');
		expect(new URL(s.page.url()).searchParams.get('lang')).not.toBe('en');
	});
});
