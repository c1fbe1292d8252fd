/**
 * The HTTP headers docs/deployment.md tells a host to add, read from that page's `headers` block and
 * put on every response of the built site: the explorer and the console still work with no policy
 * violation, another site can frame an embed, and it cannot frame the explorer.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser.ts';

type Rule = { pattern: string; headers: Record<string, string> };

/** The `headers` block of docs/deployment.md: a path pattern, then its indented headers. */
function documentedRules(): Rule[] {
	const doc = readFileSync(resolve(import.meta.dirname, '../../docs/deployment.md'), 'utf8');
	const block = /```headers\n([\s\S]*?)```/.exec(doc);
	if (!block) throw new Error('docs/deployment.md has no ```headers block');
	const rules: Rule[] = [];
	for (const line of block[1]!.split('\n')) {
		if (!line.trim()) continue;
		if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
		else {
			const i = line.indexOf(':');
			rules.at(-1)!.headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
		}
	}
	return rules;
}

/** The first rule whose pattern matches the path applies, alone (as the page says). */
function headersFor(rules: Rule[], path: string): Record<string, string> {
	const rule = rules.find((r) =>
		r.pattern.endsWith('*') ? path.startsWith(r.pattern.slice(0, -1)) : path === r.pattern
	);
	return rule?.headers ?? {};
}

const HOST = 'http://news.example.invalid/';
let s: Session;
const rules = documentedRules();
beforeAll(async () => {
	s = await openSession();
	await s.context.route(`${s.baseUrl}**`, async (route) => {
		const response = await route.fetch();
		const headers = { ...response.headers() };
		delete headers['content-encoding'];
		delete headers['content-length'];
		const path = new URL(route.request().url()).pathname;
		await route.fulfill({ response, headers: { ...headers, ...headersFor(rules, path) } });
	});
	// Another site's article that frames an embed and the explorer.
	await s.context.route(`${HOST}**`, (route) =>
		route.fulfill({
			contentType: 'text/html; charset=utf-8',
			body: `<!doctype html><title>Article</title>
				<script>window.heights = []; addEventListener('message', (e) => heights.push(e.data));</script>
				<iframe id="embed" src="${s.baseUrl}embed/trend?regions=350128&lang=en" title="chart"></iframe>
				<iframe id="explore" src="${s.baseUrl}explore?lang=en" title="explorer"></iframe>`
		})
	);
	await s.context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.effectiveDirective} ${e.blockedURI}`)
		);
	});
});
afterAll(async () => {
	await s?.close();
});

describe('the documented security headers', () => {
	it('say what the meta tag cannot: framing rules per path', () => {
		expect(headersFor(rules, '/explore')['content-security-policy']).toContain(
			"frame-ancestors 'none'"
		);
		expect(headersFor(rules, '/explore')['x-frame-options']).toBe('DENY');
		expect(headersFor(rules, '/embed/trend')['content-security-policy']).toContain(
			'frame-ancestors *'
		);
		expect(headersFor(rules, '/embed/trend')['x-frame-options']).toBeUndefined();
	});

	it('keep the explorer and its SQL engine working without a violation', async () => {
		const response = await s.page.goto(`${s.baseUrl}explore?regions=350128&lang=en`);
		expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
		await s.page.locator('[data-engine-status="ready"]').waitFor({ timeout: 90_000 });
		await s.page.goto(`${s.baseUrl}sql?lang=en&q=${encodeURIComponent('SELECT 1 AS one')}`);
		await s.page
			.locator('[data-testid="result-table"] tbody td')
			.first()
			.waitFor({ timeout: 90_000 });
		expect(
			await s.page.evaluate(
				() => (window as unknown as { __cspViolations: string[] }).__cspViolations
			)
		).toEqual([]);
	});

	it('let another site frame an embed but not the explorer', async () => {
		s.consoleErrors.length = 0;
		await s.page.goto(HOST);
		const embed = s.page.frameLocator('#embed');
		await embed
			.locator('figure[data-chart="trend"] circle.point')
			.first()
			.waitFor({ timeout: 30_000 });
		// Chromium replaces a refused frame with its error page and says why.
		const explorer = await (await s.page.locator('#explore').elementHandle())!.contentFrame();
		await expect.poll(() => explorer!.url(), { timeout: 30_000 }).toMatch(/^chrome-error:/);
		await expect
			.poll(() => s.consoleErrors.join('\n'))
			.toMatch(/Framing '.*' violates .*"frame-ancestors 'none'"/);
		expect(s.consoleErrors.join('\n')).not.toMatch(/embed/);
		// The embed still tells its host its height (postMessage is not governed by the CSP).
		const heights = () =>
			s.page.evaluate(() => (window as unknown as { heights: { type: string }[] }).heights);
		await expect.poll(async () => (await heights()).map((m) => m.type)).toContain('ogi:height');
	});
});
