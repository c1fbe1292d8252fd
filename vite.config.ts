import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	worker: { format: 'es' },
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	build: {
		target: 'es2022',
		chunkSizeWarningLimit: 2000,
		// Every page loads the Svelte and SvelteKit runtimes, the core strings and the metric labels:
		// one chunk instead of six saves a request each (~300 bytes of headers) on every cold load,
		// which counts against the first chart's byte budgets (docs/performance.md).
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'framework',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]|preload-helper|rolldown[\\/]runtime|src[\\/]lib[\\/](i18n[\\/](strings|labels|format|register-strings|index)|contract[\\/]metrics|dataset[\\/]dataset)\.ts/
						}
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/sql/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000
	}
});
