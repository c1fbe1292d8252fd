// The SQL console's early start. The prerendered /sql page names this file at the top of its
// <head> (src/hooks.server.ts: an async classic script from our origin, which the CSP's script-src
// 'self' allows), with the DuckDB worker's and wasm's URLs in its data attributes. It creates the
// worker and asks it to instantiate the wasm at once, while the page's own scripts (the editor, the
// page) still load and hydrate; duckdb-client.ts then adopts this worker (`takeEngineBoot`)
// instead of starting one. Plain JavaScript, served as it is (a Vite `?url` asset): it runs before
// any of our modules, so it imports nothing.
(() => {
	const script = document.currentScript;
	// The page's engine client started (or adopted) one already: null marks that.
	if (globalThis.__ogiEngineBoot !== undefined) return;
	if (!script || !('Worker' in globalThis) || !script.dataset.worker || !script.dataset.wasm)
		return;
	const workerHref = new URL(script.dataset.worker, document.baseURI).href;
	const wasmHref = new URL(script.dataset.wasm, document.baseURI).href;
	/** Above any id the engine client gives its own requests (they count from 0). */
	const MESSAGE_ID = 2 ** 30;
	const listeners = new Set();
	let settle = { resolve: () => {}, reject: () => {} };
	const instantiated = new Promise((resolve, reject) => (settle = { resolve, reject }));
	instantiated.catch(() => {});
	globalThis.performance?.mark?.('ogi:engine:worker');
	const worker = new Worker(workerHref);
	const onMessage = (event) => {
		const m = event.data;
		if (!m || m.requestId !== MESSAGE_ID) return;
		if (m.type === 'INSTANTIATE_PROGRESS') {
			for (const l of listeners) l(m.data);
			return;
		}
		worker.removeEventListener('message', onMessage);
		worker.removeEventListener('error', onError);
		if (m.type === 'OK') settle.resolve();
		else settle.reject(m.data);
	};
	// Until it is adopted, a worker error is the start failing: the adopter reads the event.
	const onError = (event) => {
		event.preventDefault();
		worker.removeEventListener('message', onMessage);
		worker.removeEventListener('error', onError);
		settle.reject(event);
	};
	worker.addEventListener('message', onMessage);
	worker.addEventListener('error', onError);
	worker.postMessage({ messageId: MESSAGE_ID, type: 'INSTANTIATE', data: [wasmHref, null] });
	globalThis.__ogiEngineBoot = { worker, workerHref, wasmHref, instantiated, listeners };
})();
