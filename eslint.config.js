import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import { layerConfigs } from './eslint.layers.js';
import svelteConfig from './svelte.config.js';

export default defineConfig(
	globalIgnores(['build/', '.svelte-kit/', 'static/data/', '.cache/', 'node_modules/', 'data/']),
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	// Each file gets the globals of where it runs: the site's code in the browser, its workers in a
	// worker, its unit tests and the scripts, tests and configuration in Node.
	{
		files: ['src/**'],
		ignores: ['src/**/*.worker.ts'],
		languageOptions: { globals: globals.browser }
	},
	{
		files: ['src/**/*.worker.ts'],
		languageOptions: { globals: globals.worker }
	},
	{
		files: ['src/**/*.test.ts', 'scripts/**', 'tests/**', '*.config.{js,ts}'],
		languageOptions: { globals: globals.node }
	},
	{
		// Callbacks given to page.evaluate and waitForFunction run in the page.
		files: ['tests/e2e/**'],
		languageOptions: { globals: globals.browser }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	// The layers of src/lib point one way (eslint.layers.js, docs/architecture.md).
	...layerConfigs,
	{
		rules: {
			'@typescript-eslint/no-non-null-assertion': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	}
);
