import { describe, expect, it, vi } from 'vitest';

// duckdb-client imports the wasm and worker as Vite `?url` assets.
vi.mock('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url', () => ({ default: '/duckdb-eh.wasm' }));
vi.mock('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url', () => ({
	default: '/duckdb-browser-eh.worker.js'
}));
const { startFailure, takeEngineBoot, WASM_FILE, WORKER_FILE } = await import('./duckdb-client');
const { downloadsStep } = await import('./load-tables');

describe('the engine start', () => {
	it('names the file that failed from the worker error', () => {
		const noScript = startFailure(new Event('error'));
		expect(noScript.file).toBe(WORKER_FILE);
		const wasm = startFailure(
			Object.assign(new Event('error'), {
				message: 'Uncaught RuntimeError: Aborted(both async and sync fetching of the wasm failed)'
			})
		);
		expect(wasm.file).toBe(WASM_FILE);
		expect(wasm.message).toBe(
			'duckdb-eh.wasm could not be loaded: RuntimeError: Aborted(both async and sync fetching of the wasm failed)'
		);
	});

	it("adopts the worker the page's head started, once, and only with this build's files", () => {
		vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:4173/sql' });
		const g = globalThis as { __ogiEngineBoot?: unknown };
		const terminated: string[] = [];
		const boot = (workerHref: string, wasmHref: string) => ({
			worker: { terminate: () => terminated.push(workerHref) },
			workerHref,
			wasmHref,
			instantiated: Promise.resolve(),
			listeners: new Set()
		});
		try {
			expect(takeEngineBoot()).toBeNull();
			// Taken: a boot script that runs after the client started starts no second worker.
			expect(g.__ogiEngineBoot).toBeNull();
			const ours = boot(
				'http://127.0.0.1:4173/duckdb-browser-eh.worker.js',
				'http://127.0.0.1:4173/duckdb-eh.wasm'
			);
			g.__ogiEngineBoot = ours;
			expect(takeEngineBoot()).toBe(ours);
			expect(takeEngineBoot()).toBeNull();
			// Another build's files: not adopted, and its worker stopped.
			g.__ogiEngineBoot = boot(
				'http://127.0.0.1:4173/old.worker.js',
				'http://127.0.0.1:4173/duckdb-eh.wasm'
			);
			expect(takeEngineBoot()).toBeNull();
			expect(terminated).toEqual(['http://127.0.0.1:4173/old.worker.js']);
		} finally {
			delete g.__ogiEngineBoot;
			vi.unstubAllGlobals();
		}
	});

	it('names every file still downloading, with its size', () => {
		const m = new Map([
			[WASM_FILE, { loaded: 3 * 2 ** 20, total: 34 * 2 ** 20 }],
			['atlas.duckdb', { loaded: 0, total: 0 }]
		]);
		expect(downloadsStep(m)).toBe('duckdb-eh.wasm 3.0/34.0 MB, atlas.duckdb');
		m.delete('atlas.duckdb');
		expect(downloadsStep(m)).toBe('duckdb-eh.wasm 3.0/34.0 MB');
		m.delete(WASM_FILE);
		expect(downloadsStep(m)).toBe('');
	});
});
