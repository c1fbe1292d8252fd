/**
 * The first chart's byte budgets (issues #4 and #6, docs/performance.md) as a guard. A cold load of
 * each page, counted as `npm run bench` counts it: every response that ended before the
 * `ogi:first-chart` mark, headers included, served with gzip level 9 like the test server does. It
 * stays within the goal (explorer 150 KB, each embed 100 KB; KB = 1000 bytes) with no wasm, and the
 * JavaScript among it (gzip -9 of the built files it fetched) within a threshold set a few KB above
 * what the build needs today, so growth shows up here before a goal is lost. Bytes only, no timing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser.ts';

const build = resolve(import.meta.dirname, '..', '..', 'build');

interface Budget {
	path: string;
	/** the goal for everything transferred before the first chart */
	goal: number;
	/** the JavaScript fetched before the first chart, gzip -9 */
	js: number;
}

// The JavaScript thresholds: when this guard was written (docs/performance.md, "Site load and
// queries"), the explorer's first chart needed 108.3 KB of it, embed/trend 75.1, embed/compare 70.8
// and embed/handling 64.2 KB. Raise one only knowing what the page gained.
const BUDGETS: Budget[] = [
	{ path: 'explore', goal: 150_000, js: 112_000 },
	{ path: 'embed/trend', goal: 100_000, js: 78_000 },
	{ path: 'embed/compare', goal: 100_000, js: 74_000 },
	{ path: 'embed/handling', goal: 100_000, js: 67_000 }
];

let s: Session;

beforeAll(async () => {
	s = await openSession();
});

afterAll(async () => {
	await s?.close();
});

/** One cold load (a new context: nothing cached): what crossed the network before the first chart. */
async function coldLoad(path: string) {
	const context = await s.browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(`${s.baseUrl}${path}`);
		await page.waitForFunction(
			() => performance.getEntriesByName('ogi:first-chart').length > 0,
			null,
			{ timeout: 90_000 }
		);
		return await page.evaluate(() => {
			const first = performance.getEntriesByName('ogi:first-chart')[0]!.startTime;
			const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
			const before = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
				.filter((e) => e.responseEnd <= first)
				.map((e) => ({ url: e.name, transfer: e.transferSize }));
			return { html: nav.transferSize, before };
		});
	} finally {
		await context.close();
	}
}

function gzipSizeOfBuilt(url: string): number {
	const file = resolve(build, `.${decodeURIComponent(new URL(url).pathname)}`);
	return gzipSync(readFileSync(file), { level: 9 }).length;
}

describe('bytes before the first chart', () => {
	for (const budget of BUDGETS)
		it(`/${budget.path}: within ${budget.goal / 1000} KB, no wasm, its JavaScript within ${budget.js / 1000} KB`, async () => {
			const { html, before } = await coldLoad(budget.path);
			const total = html + before.reduce((sum, e) => sum + e.transfer, 0);
			const scripts = before.filter((e) => new URL(e.url).pathname.endsWith('.js'));
			const js = scripts.reduce((sum, e) => sum + gzipSizeOfBuilt(e.url), 0);
			expect(before.filter((e) => e.url.endsWith('.wasm'))).toEqual([]);
			// Nothing was served from a cache: every response counted its bytes.
			expect(before.filter((e) => e.transfer === 0)).toEqual([]);
			expect(total).toBeLessThanOrEqual(budget.goal);
			expect(js).toBeLessThanOrEqual(budget.js);
		});
});
