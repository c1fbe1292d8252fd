/** Runs the extraction engine in a Web Worker (one per page, started on first use). */
import type { ExtractRequest, ExtractResponse } from './extract-messages';
import ExtractWorker from './extract.worker?worker';

let worker: Worker | undefined;
const pending = new Map<string, (r: ExtractResponse) => void>();
let next = 0;

function getWorker(): Worker {
	if (!worker) {
		worker = new ExtractWorker();
		worker.onmessage = (e: MessageEvent<ExtractResponse>) => {
			pending.get(e.data.id)?.(e.data);
			pending.delete(e.data.id);
		};
		worker.onerror = (e) => {
			for (const [id, done] of pending)
				done({ id, ok: false, message: e.message || 'the extraction worker stopped' });
			pending.clear();
			worker?.terminate();
			worker = undefined;
		};
	}
	return worker;
}

export function extractInWorker(request: Omit<ExtractRequest, 'id'>): Promise<ExtractResponse> {
	const id = `x${next++}`;
	return new Promise((resolve) => {
		pending.set(id, resolve);
		const w = getWorker();
		if (request.bytes) w.postMessage({ ...request, id }, [request.bytes]);
		else w.postMessage({ ...request, id });
	});
}
