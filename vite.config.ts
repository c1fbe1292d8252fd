import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { pdfjsAssets } from './scripts/pdfjs-assets.ts';
import { precompress } from './scripts/precompress.ts';
import { requireBuiltData } from './scripts/data/require-built-data.ts';

export default defineConfig({
	// requireBuiltData(): stop at once when static/data is not built; pdfjsAssets(): pdf.js's
	// character maps and fonts, self-hosted; precompress(): .br and .gz beside every compressible
	// file of build/ (docs/deployment.md).
	plugins: [
		requireBuiltData(`${import.meta.dirname}/static/data`),
		sveltekit(),
		pdfjsAssets(),
		precompress()
	],
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
						},
						// What the three charts share (scales, axes, tooltips, keyboard and pointer handling):
						// one chunk, so an embed, which loads one chart, and the explorer, which loads all
						// three, each fetch it once. With the unit scopes, which every page with a chart reads
						// (the region profile without the URL state, which would take them along: 3.8 KB for
						// 0.2; a chunk of their own costs each embed a request).
						{
							name: 'chart-common',
							test: /node_modules[\\/]d3-array[\\/]|src[\\/]lib[\\/](charts[\\/](pointer|palette|number-format|text-measure|label-placement|tooltip-content|geometry|ChartFrame|ChartTooltip)|i18n[\\/]chart-phrases|contract[\\/]unit-scope)\.(ts|svelte)/
						},
						// The scales of the trend and compare charts (the handling chart has none of its own).
						{
							name: 'chart-scales',
							test: /node_modules[\\/]d3-(scale|interpolate|color|time|time-format|format)[\\/]/
						},
						// Fetching and decoding our Parquet files (hyparquet, the fault checks, whether there
						// are imports): everything that draws from the tables needs all of it.
						{
							name: 'load-tables',
							test: /node_modules[\\/]hyparquet[\\/]|src[\\/]lib[\\/](data-files[\\/](fetch-bytes|data-file-error|data-progress\.svelte|expected-schemas|decode-parquet|decode-table)|dataset[\\/](fetch-table|may-have-imports)|views[\\/]load-explorer-tables)\.ts/
						},
						// The URL state and the problems it reports (shared/problems.ts, which the console's and
						// embeds' URL checks also use): one chunk, as when they were one module.
						{
							name: 'url-state',
							test: /src[\\/]lib[\\/](views[\\/]url-state|shared[\\/]problems)\.ts/
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
