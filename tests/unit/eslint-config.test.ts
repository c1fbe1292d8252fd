/**
 * eslint.config.js gives each file the globals of where it runs, so `no-undef` catches a Node
 * global in the site's code or a browser global in a script.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });
const globalsOf = async (file: string) =>
	Object.keys(
		((await eslint.calculateConfigForFile(file)) as { languageOptions: { globals: object } })
			.languageOptions.globals
	);

describe('the globals eslint allows', () => {
	it('are the browser’s in the site’s code, without Node’s', async () => {
		const page = await globalsOf('src/routes/+layout.svelte');
		expect(page).toContain('document');
		expect(page).not.toContain('process');
		expect(page).not.toContain('Buffer');
	});

	it('are a worker’s in the site’s workers', async () => {
		const worker = await globalsOf('src/lib/import/extract.worker.ts');
		expect(worker).toContain('postMessage');
		expect(worker).not.toContain('document');
		expect(worker).not.toContain('process');
	});

	it('are Node’s in scripts, tests and configuration, without the browser’s', async () => {
		for (const file of [
			'scripts/build-data.ts',
			'tests/unit/build-data.test.ts',
			'vite.config.ts'
		]) {
			const node = await globalsOf(file);
			expect(node, file).toContain('process');
			expect(node, file).not.toContain('document');
		}
	});
});
