/**
 * Notices when the engine's worker has died: an uncaught error in the worker, or no answer to a
 * ping within PING_TIMEOUT_MS (a worker that was terminated or ran out of memory answers nothing, and
 * a query waiting on it would wait forever). A busy engine still answers pings: DuckDB-WASM runs a
 * streamed query in short polled steps, and the console streams every query.
 */
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';

export const PING_EVERY_MS = 3_000;
export const PING_TIMEOUT_MS = 15_000;

/** Calls `onDead` once with the reason when the engine stops answering; returns a stop function. */
export function watchEngine(
	db: AsyncDuckDB,
	worker: Worker,
	onDead: (reason: string) => void,
	{ every = PING_EVERY_MS, timeout = PING_TIMEOUT_MS } = {}
): () => void {
	let stopped = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const dead = (reason: string) => {
		if (stopped) return;
		stop();
		onDead(reason);
	};
	const onError = (e: ErrorEvent) => dead(`the engine's worker failed (${e.message || 'error'})`);
	worker.addEventListener('error', onError);

	async function ping() {
		if (stopped) return;
		const answered = await Promise.race([
			db.ping().then(
				() => true,
				() => true
			),
			new Promise<boolean>((r) => setTimeout(() => r(false), timeout))
		]);
		if (stopped) return;
		if (!answered) dead(`the engine did not answer for ${timeout / 1000} s`);
		else timer = setTimeout(ping, every);
	}

	function stop() {
		stopped = true;
		clearTimeout(timer);
		worker.removeEventListener('error', onError);
	}

	timer = setTimeout(ping, every);
	return stop;
}
