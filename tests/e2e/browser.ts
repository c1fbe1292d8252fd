/** Opens Chromium for one test file and records every request, so tests can assert none leaves our origin. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS } from './find-chromium.ts';

export interface Session {
	browser: Browser;
	context: BrowserContext;
	page: Page;
	baseUrl: string;
	requests: string[];
	consoleErrors: string[];
	close(): Promise<void>;
}

export async function openSession(): Promise<Session> {
	const baseUrl = inject('baseUrl');
	const browser = await chromium.launch({
		executablePath: inject('chromiumPath'),
		args: CHROMIUM_FLAGS
	});
	const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
	const requests: string[] = [];
	const consoleErrors: string[] = [];
	context.on('request', (r) => requests.push(r.url()));
	const page = await context.newPage();
	page.on('console', (m) => {
		if (m.type() === 'error') consoleErrors.push(m.text());
	});
	page.on('pageerror', (e) => consoleErrors.push(String(e)));
	return { browser, context, page, baseUrl, requests, consoleErrors, close: () => browser.close() };
}

/** Requests that went anywhere but our own origin (data: and blob: URLs stay in the browser). */
export function foreignRequests(session: Session): string[] {
	const origin = new URL(session.baseUrl).origin;
	return session.requests.filter(
		(u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')
	);
}
