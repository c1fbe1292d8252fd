/**
 * The embed snippet as a writer uses it: copied from the explorer's Embed dialog at a chosen width
 * and pasted into a page of their own, the frame takes its content's height (no blank space below
 * the chart) at 320, 400 and 700 px, and a narrow frame names the metric once.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser.ts';
import { openExplorer } from './explorer-page.ts';

let s: Session;
/** The writer's site: one page, whatever `article` holds. */
let article = '';
let writer: Server;
let writerUrl = '';
beforeAll(async () => {
	s = await openSession();
	writer = createServer((_, res) => {
		res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
		res.end(article);
	});
	await new Promise<void>((done) => writer.listen(0, '127.0.0.1', done));
	writerUrl = `http://127.0.0.1:${(writer.address() as AddressInfo).port}/article`;
});
afterAll(async () => {
	await s?.close();
	writer?.close();
});

/** The snippet the dialog offers for the trend of two regions at `width`. */
async function snippetAt(width: string): Promise<string> {
	await openExplorer(s.page, s.baseUrl, '?regions=350128,440400&lang=en');
	await s.page.getByRole('button', { name: 'Embed' }).click();
	const label = width === '100%' ? 'Full column' : `${width} px`;
	await s.page.getByRole('radio', { name: label, exact: true }).check();
	const box = s.page.getByTestId('embed-snippet');
	await expect
		.poll(() => box.inputValue())
		.toContain(width === '100%' ? 'width:100%' : `width:${width}px`);
	return box.inputValue();
}

describe('embed snippet', () => {
	for (const width of ['320', '400', '700'])
		it(`leaves no blank space below the chart at ${width} px`, async () => {
			const snippet = await snippetAt(width);
			expect(snippet).toContain('ogi:height');
			// A writer's page on a site of their own (another origin, no policy of ours), the snippet
			// pasted in a column wider than the frame.
			article = `<!doctype html><html><body style="margin:0;width:900px"><h1>Article</h1>${snippet}<p>After.</p></body></html>`;
			await s.page.goto(writerUrl);
			const iframe = s.page.locator('iframe');
			const frame = s.page.frameLocator('iframe');
			await frame
				.locator('figure[data-chart="trend"] circle.point')
				.first()
				.waitFor({ timeout: 30_000 });
			const sizes = async () => {
				const outer = await iframe.evaluate((f) => f.getBoundingClientRect());
				const inner = await frame
					.locator('html')
					.evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
				return { width: Math.round(outer.width), gap: Math.abs(outer.height - inner) };
			};
			await expect
				.poll(async () => (await sizes()).gap, { timeout: 15_000 })
				.toBeLessThanOrEqual(4);
			expect((await sizes()).width).toBe(Number(width));
			// The metric is named once (the title), not again in the subtitle and on the axis.
			const figure = frame.locator('figure[data-chart="trend"]');
			const title = (await figure.locator('.title').innerText()).trim();
			expect(title.length).toBeGreaterThan(3);
			const visible = await figure.evaluate((f) =>
				[
					f.querySelector('figcaption')?.textContent ?? '',
					...[...f.querySelectorAll('svg text')].map((t) => t.textContent ?? '')
				].join('\n')
			);
			expect(visible.split(title).length - 1).toBe(1);
		});
});
