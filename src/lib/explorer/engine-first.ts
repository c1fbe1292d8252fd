/**
 * A benchmark switch, not a feature: `?engine_first=1` makes the explorer wait until DuckDB-WASM
 * has loaded every table before it draws, the "DuckDB-first" design the chart-first path replaced.
 * `npm run bench` loads the explorer both ways and prints the ratio of their first charts.
 */
export function isEngineFirst(search: string): boolean {
	return new URLSearchParams(search).get('engine_first') === '1';
}
