/** Takes a screenshot of the built site's home page for the README: `npx tsx tests/e2e/screenshot.ts`. */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../scripts/serve-static.ts';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.ts';

const root = resolve(import.meta.dirname, '..', '..');
const { server, url } = await serveStatic(resolve(root, 'build'), 0);
const browser = await chromium.launch({
	executablePath: await findChromium(),
	args: CHROMIUM_FLAGS
});
const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
await page.goto(url + (process.argv[2] ?? ''));
await page.waitForTimeout(200);
// The explorer once its tables are loaded, the console once its engine is ready.
await page
	.locator('.explorer[data-tables="loaded"], [data-engine-status="ready"], figure[data-chart]')
	.first()
	.waitFor({ timeout: 60_000 });
await page.screenshot({ path: process.argv[3] ?? resolve(root, 'docs', 'screenshot.png') });
await browser.close();
server.close();
console.log('docs/screenshot.png');
