/**
 * `vite build` prerenders pages that read static/data: without `npm run data` first, the build
 * used to fail deep in the prerender with an HTTP 500. This Vite plugin stops the build at its
 * start (before anything is bundled) with one sentence that says what to run instead.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { TABLE_SCHEMAS } from '../../src/lib/contract/table-schemas.ts';

/** The files of `npm run data` that are not in `dir`: every table's Parquet, atlas.duckdb, texts/. */
export function missingDataFiles(dir: string): string[] {
	const wanted = [
		...Object.keys(TABLE_SCHEMAS).map((t) => `${t}.parquet`),
		'atlas.duckdb',
		'texts'
	];
	return wanted.filter((f) => !existsSync(join(dir, f)));
}

/** The sentence the build stops with, or null when the data is built. */
export function missingDataMessage(dir: string, cwd = process.cwd()): string | null {
	const missing = missingDataFiles(dir);
	if (missing.length === 0) return null;
	return (
		`The data is not built (${relative(cwd, dir) || dir} lacks ${missing.join(', ')}): ` +
		'run `npm run data` first, then build again.'
	);
}

export function requireBuiltData(dir: string): Plugin {
	return {
		name: 'ogi-require-built-data',
		apply: 'build',
		// At the build's start, not in `config`: `svelte-kit sync` (npm run check, before any data
		// is built) resolves the build configuration too, and must not stop.
		buildStart() {
			const message = missingDataMessage(dir);
			if (!message) return;
			// The sentence alone: a thrown error would bury it under the bundler's stack trace.
			console.error(`\n${message}\n`);
			process.exit(1);
		}
	};
}
