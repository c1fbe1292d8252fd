/**
 * The licences as a reader finds them: every page's footer links to the About page, which says in
 * both languages under which licence the code and the data are, and how to attribute the data.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { foreignRequests, openSession, type Session } from './browser.ts';

const license = readFileSync(resolve(import.meta.dirname, '..', '..', 'LICENSE'), 'utf8');

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});

describe('about page', () => {
	it('is linked from the footer of every page', async () => {
		for (const path of ['', 'explore?lang=en', 'sql', 'import']) {
			await s.page.goto(`${s.baseUrl}${path}`);
			const link = s.page
				.getByRole('contentinfo')
				.getByRole('link', { name: /About and licences/ });
			await link.waitFor({ timeout: 30_000 });
			// The link keeps the page's language (?lang=), see language.e2e.ts.
			await expect(link.getAttribute('href')).resolves.toMatch(/about(\?lang=(zh|en))?$/);
		}
	});

	it('opens from the footer and states both licences in Chinese and English', async () => {
		await s.page.goto(`${s.baseUrl}explore?lang=en`);
		await s.page
			.getByRole('contentinfo')
			.getByRole('link', { name: /About and licences/ })
			.click();
		await s.page.waitForURL(/\/about(\?lang=en)?$/, { timeout: 30_000 });
		const en = s.page.locator('article[data-lang="en"]');
		const zh = s.page.locator('article[data-lang="zh"]');
		await expect(en.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
			'About and licences'
		);
		await expect(zh.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('关于与许可');
		await expect(en.innerText()).resolves.toMatch(/MIT licence, copyright OGI Atlas contributors/);
		await expect(en.innerText()).resolves.toMatch(/Article 5 of the Copyright Law/);
		await expect(en.innerText()).resolves.toMatch(/CC BY 4\.0/);
		await expect(zh.innerText()).resolves.toMatch(/《中华人民共和国著作权法》第五条/);
		await expect(zh.innerText()).resolves.toMatch(/采用 CC BY 4\.0 许可/);
		await expect(zh.getAttribute('lang')).resolves.toBe('zh-CN');
		// The licence text shown is the repository's LICENSE, word for word.
		const shown = await s.page.getByTestId('license-text').innerText();
		expect(shown.trim()).toBe(license.trim());
		expect(await seriousViolations(s.page)).toEqual([]);
		expect(foreignRequests(s)).toEqual([]);
	});

	it('is prerendered: its text is in the HTML the server sends', async () => {
		const html = await (await fetch(`${s.baseUrl}about`)).text();
		expect(html).toContain('Copyright (c) 2026 OGI Atlas contributors');
		expect(html).toContain('《中华人民共和国著作权法》第五条');
	});
});
