/** Serves build/ on an ephemeral loopback port and unpacks Chromium once for all browser tests. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve-static.ts';
import { findChromium } from './find-chromium.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		chromiumPath: string;
	}
}

export default async function setup(project: TestProject) {
	const root = resolve(import.meta.dirname, '..', '..', 'build');
	if (!existsSync(resolve(root, 'index.html')))
		throw new Error('build/ is missing: run `npm run data && npm run build` first');
	const { server, url } = await serveStatic(root, 0);
	project.provide('baseUrl', url);
	project.provide('chromiumPath', await findChromium());
	return () => new Promise<void>((done) => server.close(() => done()));
}
