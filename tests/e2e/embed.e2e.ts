/**
 * Chart embeds as a host page uses them: three iframes on another origin (another loopback port),
 * each drawing its chart, telling the host its height (the resize script of docs/embedding.md),
 * linking back to the explorer, and showing a clear message for a bad link. No request leaves the
 * two origins, and the prerendered HTML already holds the chart.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-static.ts';
import { openSession, type Session } from './browser.ts';

let s: Session;
let host: { server: Server; url: string };

const CHARTS = ['trend', 'compare', 'handling'] as const;

function hostPage(base: string): string {
	const frames = CHARTS.map(
		(c) =>
			`<iframe id="f-${c}" src="${base}embed/${c}${c === 'compare' ? '?lang=en&regions=440400,350128' : ''}" title="${c}" style="width:100%;border:0" height="150"></iframe>`
	).join('\n');
	return `<!doctype html><html><head><meta charset="utf-8"><title>host</title></head><body>
<h1>A host page</h1>
${frames}
<script>
window.__heights = [];
addEventListener('message', (e) => { if (e.data && e.data.type === 'ogi:height') window.__heights.push(e.data); });
// The resize script of docs/embedding.md:
addEventListener('message', (e) => {
	for (const f of document.querySelectorAll('iframe'))
		if (e.source === f.contentWindow && e.data && e.data.type === 'ogi:height')
			f.style.height = e.data.height + 'px';
});
</script></body></html>`;
}

beforeAll(async () => {
	s = await openSession();
	const dir = resolve(import.meta.dirname, '..', '..', '.cache', 'embed-host');
	mkdirSync(dir, { recursive: true });
	writeFileSync(resolve(dir, 'index.html'), hostPage(s.baseUrl));
	host = await serveStatic(dir, 0);
});
afterAll(async () => {
	await s?.close();
	await new Promise<void>((done) => (host ? host.server.close(() => done()) : done()));
});

function foreign(): string[] {
	const origins = [new URL(s.baseUrl).origin, new URL(host.url).origin];
	return s.requests.filter(
		(u) => !origins.some((o) => u.startsWith(o)) && !u.startsWith('data:') && !u.startsWith('blob:')
	);
}

describe('embeds', () => {
	it('draws three charts in iframes of another origin and resizes them by message', async () => {
		await s.page.goto(host.url);
		for (const c of CHARTS) {
			const frame = s.page.frameLocator(`#f-${c}`);
			await frame.locator(`figure[data-chart="${c}"] svg`).first().waitFor({ timeout: 30_000 });
			// no app chrome
			expect(await frame.locator('header.top').isVisible()).toBe(false);
		}
		const trendPoints = await s.page
			.frameLocator('#f-trend')
			.locator('figure[data-chart="trend"] circle.point')
			.count();
		expect(trendPoints).toBeGreaterThan(5);
		// The compare frame asks for other regions and language than its prerendered (Chinese)
		// default, so its first bars are the default's; the English source line is drawn only with
		// the asked-for view. Heights are read after it: the frame reports again once laid out.
		const compare = s.page.frameLocator('#f-compare');
		await compare.getByText('Source: annual reports of').waitFor({ timeout: 30_000 });
		type Height = { chart: string; height: number; href: string };
		const settled = async () => {
			const heights = await s.page.evaluate(
				() => (window as unknown as { __heights: Height[] }).__heights
			);
			const out: { chart: string; height: number; href: string; style: string }[] = [];
			for (const c of CHARTS) {
				const last = heights.filter((h) => h.chart === c).at(-1);
				const style = await s.page
					.locator(`#f-${c}`)
					.evaluate((f) => (f as HTMLElement).style.height);
				out.push({ chart: c, height: last?.height ?? 0, href: last?.href ?? '', style });
			}
			return out;
		};
		// Heights arrive by message and the host resizes on each: poll until every frame's last
		// message is the chart's (taller than a loading line) and the host applied it.
		await expect
			.poll(
				async () =>
					(await settled()).every(
						(h) =>
							h.height > 150 && h.href.includes(`/embed/${h.chart}`) && h.style === `${h.height}px`
					),
				{ timeout: 30_000 }
			)
			.toBe(true);
		const keys = await compare
			.locator('figure[data-chart="compare"] rect.bar')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? ''));
		expect(new Set(keys.map((k) => k.split('|')[0]))).toEqual(new Set(['440400', '350128']));
		expect(foreign()).toEqual([]);
	});

	it('links to the explorer view with the same state, in a new tab', async () => {
		const link = s.page.frameLocator('#f-compare').getByTestId('embed-explore');
		const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
		const url = new URL(href);
		expect(url.origin).toBe(new URL(s.baseUrl).origin);
		expect(url.pathname).toBe('/explore');
		expect(url.searchParams.get('view')).toBe('compare');
		expect(url.searchParams.get('regions')).toBe('440400,350128');
		expect(url.searchParams.get('lang')).toBe('en');
		expect(await link.getAttribute('target')).toBe('_blank');
		expect(await link.getAttribute('rel')).toContain('noopener');
		const trendHref = await s.page
			.frameLocator('#f-trend')
			.getByTestId('embed-explore')
			.evaluate((a) => (a as HTMLAnchorElement).href);
		expect(new URL(trendHref).pathname).toBe('/explore');
	});

	it('does not load the SQL engine and marks the first chart', async () => {
		const page = await s.context.newPage();
		const before = s.requests.length;
		await page.goto(`${s.baseUrl}embed/trend?regions=440400&lang=en`);
		await page.locator('figure[data-chart="trend"] circle.point').first().waitFor();
		await expect
			.poll(() => page.evaluate(() => performance.getEntriesByName('ogi:first-chart').length))
			.toBe(1);
		// the chart drawn is the asked-for region's, computed in the browser
		await expect
			.poll(() =>
				page
					.locator('figure[data-chart="trend"] circle.point')
					.evaluateAll((els) => [
						...new Set(els.map((e) => e.getAttribute('data-series')?.split('|')[0]))
					])
			)
			.toEqual(['440400']);
		const loaded = s.requests.slice(before);
		expect(loaded.some((u) => /duckdb|\.wasm/i.test(u))).toBe(false);
		await page.close();
	});

	it('shows an in-frame message for an unknown chart or a bad parameter', async () => {
		const page = await s.context.newPage();
		await page.goto(`${s.baseUrl}embed/pie`);
		await expect
			.poll(() => page.getByRole('alert').first().textContent(), { timeout: 30_000 })
			.toContain('pie');
		expect(await page.locator('header.top').isVisible()).toBe(false);
		await page.goto(`${s.baseUrl}embed/trend?regions=<script>&theme=neon&static=maybe`);
		const alert = page.getByTestId('embed-problems');
		await alert.waitFor();
		const text = (await alert.textContent()) ?? '';
		expect(text).toContain('regions');
		expect(text).toContain('theme');
		expect(text).toContain('static');
		// the default chart is still drawn
		await page.locator('figure[data-chart="trend"] svg').first().waitFor();
		await page.close();
		expect(foreign()).toEqual([]);
	});

	it('applies theme, static and downloads options', async () => {
		const page = await s.context.newPage();
		await page.goto(`${s.baseUrl}embed/handling?theme=dark&static=1&downloads=0`);
		await page.locator('figure[data-chart="handling"] svg').first().waitFor();
		// The prerendered chart is in the HTML before any script runs; the URL's options apply once
		// the page has hydrated, so wait for that rather than reading the attribute at once.
		await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, {
			timeout: 30_000
		});
		expect(await page.locator('.chart[inert]').count()).toBe(1);
		expect(await page.getByRole('button', { name: /PNG/ }).count()).toBe(0);
		await page.goto(`${s.baseUrl}embed/handling`);
		await page.locator('figure[data-chart="handling"] svg').first().waitFor();
		expect(await page.getByRole('button', { name: /PNG/ }).count()).toBe(1);
		expect(await page.locator('table[data-testid="embed-table"] tbody tr').count()).toBeGreaterThan(
			0
		);
		// The SVG download has the bar segments the reader sees, the title and the source line.
		const segments = await page.locator('figure[data-chart="handling"] rect.segment').count();
		expect(segments).toBeGreaterThan(0);
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: /SVG/ }).click()
		]);
		const svg = readFileSync((await file.path())!, 'utf8');
		expect(svg.match(/<rect[^>]*class="segment/g)?.length).toBe(segments);
		// The source line, then the data version every download carries.
		expect(svg).toMatch(/来源：.*的年度报告 · OGI Atlas · 数据版本 \w+<\/text><\/svg>$/);
		await page.close();
	});

	it("shows its source line with the data version, and not the site's footer", async () => {
		const page = await s.context.newPage();
		await page.goto(`${s.baseUrl}embed/trend?lang=en`);
		const source = page.getByTestId('embed-source');
		// The page is prerendered in Chinese: wait for the link's language.
		await expect
			.poll(() => source.innerText(), { timeout: 30_000 })
			.toMatch(/^Source: annual reports of .* · OGI Atlas · data version \w+$/);
		await expect(page.locator('footer.bottom').isVisible()).resolves.toBe(false);
		await expect(page.getByRole('link', { name: /Metrics/ }).count()).resolves.toBe(0);
		await page.close();
	});

	it('fits a 320 px wide frame without horizontal scrolling', async () => {
		const page = await s.context.newPage();
		await page.setViewportSize({ width: 320, height: 600 });
		for (const c of CHARTS) {
			await page.goto(`${s.baseUrl}embed/${c}`);
			await page.locator(`figure[data-chart="${c}"] svg`).first().waitFor();
			await expect
				.poll(() =>
					page.evaluate(
						() => document.documentElement.scrollWidth - document.documentElement.clientWidth
					)
				)
				.toBeLessThanOrEqual(0);
		}
		await page.close();
	});

	it('keeps the tooltip inside a 320 px frame, at the edges of each chart', async () => {
		const page = await s.context.newPage();
		await page.setViewportSize({ width: 320, height: 700 });
		const marks: Record<(typeof CHARTS)[number], string> = {
			trend: 'circle.point',
			compare: 'rect.bar',
			handling: 'rect.segment'
		};
		for (const c of CHARTS) {
			await page.goto(`${s.baseUrl}embed/${c}?lang=en`);
			const all = page.locator(`figure[data-chart="${c}"] ${marks[c]}`);
			await all.first().waitFor();
			// The marks nearest the frame's left, right and top edges.
			const boxes = await all.evaluateAll((els) =>
				els.map((e, i) => ({ i, ...e.getBoundingClientRect().toJSON() }))
			);
			const edge = [
				boxes.reduce((a, b) => (b.left < a.left ? b : a)),
				boxes.reduce((a, b) => (b.right > a.right ? b : a)),
				boxes.reduce((a, b) => (b.top < a.top ? b : a))
			];
			for (const mark of edge) {
				await all.nth(mark.i).hover({ force: true });
				const tooltip = page.locator(`figure[data-chart="${c}"] .tooltip`);
				await tooltip.waitFor();
				const box = (await tooltip.boundingBox())!;
				expect(box.x, `${c} mark ${mark.i}: left edge`).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width, `${c} mark ${mark.i}: right edge`).toBeLessThanOrEqual(320);
				expect(box.y, `${c} mark ${mark.i}: top edge`).toBeGreaterThanOrEqual(0);
				await page.mouse.move(0, 0);
			}
		}
		await page.close();
	});

	it('prerenders the default charts: the HTML holds the SVG before any JavaScript', async () => {
		for (const c of CHARTS) {
			const html = await (await fetch(`${s.baseUrl}embed/${c}`)).text();
			expect(html).toContain(`data-chart="${c}"`);
			expect(html).toMatch(/<svg[^>]*role="img"/);
		}
		const trend = await (await fetch(`${s.baseUrl}embed/trend`)).text();
		expect((trend.match(/<circle[^>]*class="point/g) ?? []).length).toBeGreaterThan(5);
		expect(trend).toMatch(/data-value="\d+/);
	});
});
