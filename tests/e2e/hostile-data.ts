/**
 * The hostile dataset for browser tests: tests/fixtures/hostile built by the real data build into
 * .cache/, and served in place of the site's /data/ files by routing the browser context's requests
 * (pages, iframes and workers alike), so the same built site shows it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';

const root = resolve(import.meta.dirname, '..', '..');
const fixture = join(root, 'tests', 'fixtures', 'hostile');

/** Builds the hostile reports with scripts/build-data.ts; returns the output folder. */
export function buildHostileData(): string {
	const out = join(root, '.cache', 'e2e-hostile-data');
	const r = spawnSync(
		process.execPath,
		[
			'--import',
			'tsx',
			'scripts/build-data.ts',
			'--reports',
			join(fixture, 'reports'),
			'--regions',
			join(fixture, 'regions.csv'),
			'--out',
			out
		],
		{ cwd: root, encoding: 'utf8' }
	);
	if (r.status !== 0) throw new Error(`hostile data build failed: ${r.stderr}`);
	return out;
}

const TYPES: Record<string, string> = {
	parquet: 'application/vnd.apache.parquet',
	txt: 'text/plain; charset=utf-8'
};

/** Answers every request under `${baseUrl}data/` from `dir` (404 for a file it does not have). */
export async function serveDataFrom(
	context: BrowserContext,
	baseUrl: string,
	dir: string
): Promise<void> {
	const prefix = new URL('data/', baseUrl).pathname;
	await context.route(`${baseUrl}data/**`, async (route) => {
		const rel = decodeURIComponent(new URL(route.request().url()).pathname.slice(prefix.length));
		const file = join(dir, rel);
		if (rel.includes('..') || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
		await route.fulfill({
			status: 200,
			body: readFileSync(file),
			contentType: TYPES[file.split('.').pop()!] ?? 'application/octet-stream'
		});
	});
}
