/**
 * The HTTP headers docs/deployment.md tells a host to add, read from that page's `headers` block:
 * our own static server (`npm start`, scripts/serve-static.ts) sends exactly those on every
 * response; with them the explorer and the console work with no policy violation, another site can
 * frame an embed, and it cannot frame the explorer. And the caching and compression the page
 * describes: content-hashed files cached for a year, data files revalidated (304), brotli or gzip
 * as the browser accepts, the wasm as application/wasm.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
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

	it('are what our server sends, on pages, scripts, data, the fallback and a missing file', async () => {
		for (const path of [
			'/',
			'/explore',
			'/sql',
			'/import',
			'/embed/trend',
			'/embed/nonesuch',
			'/no/such/page',
			'/data/facts.parquet',
			'/data/missing.parquet',
			'/favicon.svg'
		]) {
			const response = await fetch(new URL(path, s.baseUrl));
			const sent = Object.fromEntries(
				Object.keys(headersFor(rules, path)).map((k) => [k, response.headers.get(k)])
			);
			expect({ path, sent }).toEqual({ path, sent: headersFor(rules, path) });
			if (!path.startsWith('/embed/')) expect(response.headers.get('x-frame-options')).toBe('DENY');
			else expect(response.headers.get('x-frame-options')).toBeNull();
		}
	});

	it('cache content-hashed files for a year and revalidate the rest', async () => {
		const html = await (await fetch(new URL('/sql', s.baseUrl))).text();
		const script = /\/_app\/immutable\/[^"]+\.js/.exec(html)![0];
		const immutable = await fetch(new URL(script, s.baseUrl));
		expect(immutable.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		const data = await fetch(new URL('/data/facts.parquet', s.baseUrl));
		expect(data.headers.get('cache-control')).toBe('no-cache');
		const etag = data.headers.get('etag');
		expect(etag).toBeTruthy();
		await data.arrayBuffer();
		const again = await fetch(new URL('/data/facts.parquet', s.baseUrl), {
			headers: { 'if-none-match': etag! }
		});
		expect(again.status).toBe(304);
		const since = await fetch(new URL('/data/facts.parquet', s.baseUrl), {
			headers: { 'if-modified-since': data.headers.get('last-modified')! }
		});
		expect(since.status).toBe(304);
		const page = await fetch(new URL('/explore', s.baseUrl));
		await page.text();
		const pageAgain = await fetch(new URL('/explore', s.baseUrl), {
			headers: { 'if-none-match': page.headers.get('etag')!, 'accept-encoding': 'br' }
		});
		// Another coding is another representation: its validator differs.
		expect(pageAgain.status).toBe(200);
	});

	it('send the precompressed wasm as application/wasm, brotli or gzip as accepted', async () => {
		const assets = resolve(import.meta.dirname, '../../build/_app/immutable/assets');
		const wasm = readdirSync(assets).find((f) => /^duckdb-eh\..+\.wasm$/.test(f));
		expect(wasm).toBeTruthy();
		const wasmPath = `/_app/immutable/assets/${wasm}`;
		const head = (encoding: string) =>
			new Promise<Record<string, string | string[] | undefined>>((done, fail) => {
				const r = request(new URL(wasmPath, s.baseUrl), {
					method: 'HEAD',
					headers: { 'accept-encoding': encoding }
				});
				r.on('response', (res) => done(res.headers));
				r.on('error', fail);
				r.end();
			});
		const br = await head('gzip, deflate, br');
		expect(br['content-type']).toBe('application/wasm');
		expect(br['content-encoding']).toBe('br');
		expect(br.vary).toBe('accept-encoding');
		expect(br['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(Number(br['content-length'])).toBeLessThan(8_000_000);
		expect((await head('gzip'))['content-encoding']).toBe('gzip');
		expect((await head('identity'))['content-encoding']).toBeUndefined();
	});

	it('keep the explorer and the SQL console working without a violation', async () => {
		const response = await s.page.goto(`${s.baseUrl}explore?regions=350128&lang=en`);
		expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
		await s.page.locator('.explorer[data-tables="loaded"]').waitFor({ timeout: 90_000 });
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
		// Chromium refuses a public site's frame of a loopback address (local network access
		// checks), so our server's responses are handed over by a route: its own headers, unchanged
		// (the body arrives decoded, so its coding and length go).
		await s.context.route(`${s.baseUrl}**`, async (route) => {
			const response = await route.fetch();
			const headers = { ...response.headers() };
			delete headers['content-encoding'];
			delete headers['content-length'];
			await route.fulfill({ response, headers });
		});
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
