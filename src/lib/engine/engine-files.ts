/**
 * The engine's own files, self-hosted (Vite `?url` assets): the DuckDB worker and wasm, and the
 * small script that starts them from the /sql page's head before the page's modules run
 * (engine-boot.js, written into that page by src/hooks.server.ts). Only URLs: importing this
 * module loads no engine code.
 */
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
// no-inline: a data: URL would be a script the CSP (script-src 'self') refuses.
import bootUrl from './engine-boot.js?url&no-inline';

export { bootUrl, wasmUrl, workerUrl };
