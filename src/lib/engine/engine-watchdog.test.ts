/** The watchdog with a stand-in worker and engine: a ping left unanswered or a worker error is a death. */
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchEngine } from './engine-watchdog';

afterEach(() => vi.useRealTimers());

function fakes(answer: () => Promise<unknown>) {
	const worker = new EventTarget() as Worker;
	const db = { ping: vi.fn(answer) } as unknown as AsyncDuckDB;
	return { worker, db };
}

describe('watchEngine', () => {
	it('stays quiet while the engine answers its pings', async () => {
		vi.useFakeTimers();
		const { worker, db } = fakes(() => Promise.resolve(null));
		const dead = vi.fn();
		const stop = watchEngine(db, worker, dead, { every: 100, timeout: 500 });
		await vi.advanceTimersByTimeAsync(2_000);
		expect(dead).not.toHaveBeenCalled();
		expect(vi.mocked(db.ping).mock.calls.length).toBeGreaterThan(5);
		stop();
	});

	it('declares the engine dead, once, when a ping goes unanswered', async () => {
		vi.useFakeTimers();
		const { worker, db } = fakes(() => new Promise(() => {}));
		const dead = vi.fn();
		watchEngine(db, worker, dead, { every: 100, timeout: 500 });
		await vi.advanceTimersByTimeAsync(599);
		expect(dead).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(5_000);
		expect(dead).toHaveBeenCalledTimes(1);
		expect(dead).toHaveBeenCalledWith('the engine did not answer for 0.5 s');
	});

	it('declares the engine dead on an error in its worker, and not after stop()', async () => {
		const { worker, db } = fakes(() => Promise.resolve(null));
		const dead = vi.fn();
		const stop = watchEngine(db, worker, dead, { every: 10_000 });
		const error = new Event('error') as ErrorEvent;
		Object.defineProperty(error, 'message', { value: 'RuntimeError: Aborted(OOM)' });
		worker.dispatchEvent(error);
		expect(dead).toHaveBeenCalledWith("the engine's worker failed (RuntimeError: Aborted(OOM))");
		const other = vi.fn();
		const stopOther = watchEngine(db, worker, other, { every: 10_000 });
		stopOther();
		worker.dispatchEvent(error);
		expect(other).not.toHaveBeenCalled();
		stop();
	});
});
