/**
 * The Content-Security-Policy: every page carries it as a <meta> tag allowing only our origin (and
 * compiling our wasm), the browser enforces it (an injected inline script, string evaluation and a
 * request to another origin are refused), and a person's use of the explorer and the console never
 * trips it: the SQL engine starts, data loads, downloads, the embed preview and a dropped file work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, openSession, type Session } from './browser.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
	// Record every violation the page reports, from the first script on.
	await s.context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile})`)
		);
	});
});
afterAll(async () => {
	await s?.close();
});

const violations = () =>
	s.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
const cspErrors = () => s.consoleErrors.filter((e) => /Content.Security.Policy/i.test(e));

async function policyOf(path: string): Promise<Map<string, string[]>> {
	await s.page.goto(`${s.baseUrl}${path}`);
	const metas = await s.page
		.locator('meta[http-equiv="content-security-policy"]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('content') ?? ''));
	expect(metas).toHaveLength(1);
	return new Map(
		metas[0]!
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...values]) => [name!, values])
	);
}

describe('Content-Security-Policy', () => {
	for (const path of ['', 'explore', 'sql', 'embed/trend', 'embed/compare?regions=350128'])
		it(`is a meta tag allowing only our origin on /${path}`, async () => {
			const p = await policyOf(path);
			expect(p.get('default-src')).toEqual(["'self'"]);
			const script = p.get('script-src')!;
			expect(script.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
			// The rest are hashes of SvelteKit's own inline bootstrap script.
			expect(script.slice(2).every((v) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(v))).toBe(true);
			expect(script).not.toContain("'unsafe-eval'");
			expect(script).not.toContain("'unsafe-inline'");
			expect(p.get('object-src')).toEqual(["'none'"]);
			expect(p.get('base-uri')).toEqual(["'self'"]);
			for (const name of ['connect-src', 'worker-src', 'frame-src', 'font-src'])
				expect(p.get(name)).toEqual(["'self'"]);
			// Nothing names another origin or allows any host.
			for (const values of p.values())
				for (const v of values) expect(v).not.toMatch(/^(\*|https?:|\w+\.\w+)/);
		});

	it('is enforced: no inline script, no string evaluation, no other origin', async () => {
		// A script of our own origin that tries string evaluation, as apache-arrow's builders do.
		// (Code run through DevTools is exempt from CSP, so the attempt must come from a page script.)
		await s.page.route(`${s.baseUrl}csp-probe.js`, (route) =>
			route.fulfill({
				contentType: 'text/javascript',
				body: `try { window.__evaluated = String(Function('return 1')()); } catch (e) { window.__evaluated = e.name; }`
			})
		);
		await s.page.goto(`${s.baseUrl}explore?lang=en`);
		await s.page.locator('figure[data-chart]').first().waitFor({ timeout: 30_000 });
		const outcome = await s.page.evaluate(async () => {
			const w = window as unknown as Record<string, unknown>;
			const inline = document.createElement('script');
			inline.textContent = 'window.__inline = 1';
			document.head.append(inline);
			const probe = document.createElement('script');
			probe.src = '/csp-probe.js';
			await new Promise((done) => {
				probe.onload = done;
				probe.onerror = done;
				document.head.append(probe);
			});
			let fetched = 'allowed';
			try {
				await fetch('https://example.com/x.parquet');
			} catch (e) {
				fetched = (e as Error).name;
			}
			return { inline: w.__inline, evaluated: w.__evaluated, fetched };
		});
		expect(outcome).toEqual({ inline: undefined, evaluated: 'EvalError', fetched: 'TypeError' });
		const seen = await violations();
		expect(seen.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true);
		expect(seen.some((v) => v.startsWith('script-src blocked eval'))).toBe(true);
		expect(seen.some((v) => v.startsWith('connect-src blocked https://example.com'))).toBe(true);
		await s.page.unroute(`${s.baseUrl}csp-probe.js`);
	});

	it('is never violated while a person uses the explorer and the console', async () => {
		s.consoleErrors.length = 0;
		await s.page.goto(`${s.baseUrl}explore?regions=350128,440400&lang=en`);
		await s.page.locator('figure[data-chart="trend"] circle.point').first().waitFor({
			timeout: 30_000
		});
		await s.page.locator('.explorer[data-tables="loaded"]').waitFor({ timeout: 90_000 });
		for (const [tab, shown] of [
			['Compare', 'figure[data-chart="compare"]'],
			['Request handling', 'figure[data-chart="handling"]'],
			['Table', '[data-testid="data-table"]'],
			['Sources', '[data-testid="sources-table"]'],
			['Trend', 'figure[data-chart="trend"]']
		] as const) {
			await s.page.getByRole('tab', { name: tab }).click();
			await s.page.locator(shown).waitFor({ timeout: 30_000 });
		}
		const point = s.page.locator('figure[data-chart="trend"] circle.point').first();
		await point.focus();
		await point.press('Enter');
		await s.page.locator('aside.source-panel mark').first().waitFor({ timeout: 30_000 });
		await s.page.keyboard.press('Escape');
		const [png] = await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByRole('button', { name: 'Download PNG' }).click()
		]);
		expect(png.suggestedFilename()).toMatch(/\.png$/);
		await s.page.getByRole('button', { name: 'Embed' }).click();
		await s.page
			.frameLocator('dialog iframe')
			.first()
			.locator('figure[data-chart]')
			.first()
			.waitFor({ timeout: 30_000 });
		expect(await violations()).toEqual([]);

		await s.page.goto(
			`${s.baseUrl}sql?lang=en&q=${encodeURIComponent('SELECT count(*) AS n FROM facts')}`
		);
		await s.page.locator('[data-engine-status="ready"]').waitFor({ timeout: 90_000 });
		await s.page
			.locator('[data-testid="result-table"] tbody td')
			.first()
			.waitFor({ timeout: 60_000 });
		await s.page.locator('input[type="file"]').setInputFiles({
			name: 'mine.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('region,n\nA,1\nB,\n')
		});
		await s.page.getByRole('status').filter({ hasText: 'mine' }).waitFor({ timeout: 30_000 });
		expect(await violations()).toEqual([]);
		expect(cspErrors()).toEqual([]);
		expect(foreignRequests(s).filter((u) => !u.startsWith('https://example.com/'))).toEqual([]);
	});
});
