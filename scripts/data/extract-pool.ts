/**
 * The data build's extraction on every core: report files go in batches to worker threads
 * (extract-worker.ts), which read, extract and serialize them; the results come back to the main
 * thread in file order, whatever order the workers finish in, so the build writes the same rows in
 * the same order as a single thread would (same input, same bytes). At most `ahead` reports wait
 * for an earlier slow one: memory stays bounded whatever the corpus size.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReportRows } from './report-rows.ts';

const BATCH = 8;

export interface PoolTask {
	first: number;
	files: string[];
}

export type PoolResult =
	{ ok: true; file: string; rows: ReportRows } | { ok: false; file: string; message: string };

export interface PoolReply {
	first: number;
	results: PoolResult[];
}

export interface PoolOptions {
	textsDir: string;
	/** worker threads; default: one per core */
	workers?: number;
	/** files per task */
	batch?: number;
	/** most results held back waiting for an earlier one */
	ahead?: number;
}

/** How many worker threads extract `files` files: one per core, at most one per batch. */
export function extractPoolSize(files: number, workers = availableParallelism(), batch = BATCH) {
	return Math.max(1, Math.min(workers, Math.ceil(files / batch)));
}

/** Extracts every file; `onResult` is called once per file, in the files' order. */
export function extractInOrder(
	files: readonly string[],
	options: PoolOptions,
	onResult: (result: PoolResult, index: number) => void
): Promise<void> {
	const batch = options.batch ?? BATCH;
	const ahead = Math.max(batch, options.ahead ?? 2000);
	const count = extractPoolSize(files.length, options.workers, batch);
	return new Promise((resolve, reject) => {
		if (!files.length) return resolve();
		const workers: Worker[] = [];
		const held = new Map<number, PoolResult>();
		const waiting: Worker[] = [];
		let nextTask = 0;
		let nextResult = 0;
		let failed = false;
		const finish = (error?: Error) => {
			if (failed) return;
			if (error) failed = true;
			for (const w of workers) void w.terminate();
			if (error) reject(error);
			else resolve();
		};
		const dispatch = (w: Worker) => {
			if (nextTask >= files.length) return;
			if (nextTask - nextResult >= ahead) {
				waiting.push(w);
				return;
			}
			const task: PoolTask = { first: nextTask, files: files.slice(nextTask, nextTask + batch) };
			nextTask += task.files.length;
			w.postMessage(task);
		};
		for (let i = 0; i < count; i++) {
			const w = new Worker(new URL('./extract-worker-boot.mjs', import.meta.url), {
				workerData: { textsDir: options.textsDir }
			});
			w.on('message', (reply: PoolReply) => {
				reply.results.forEach((r, i) => held.set(reply.first + i, r));
				try {
					while (held.has(nextResult)) {
						const r = held.get(nextResult)!;
						held.delete(nextResult);
						onResult(r, nextResult++);
					}
				} catch (error) {
					return finish(error as Error);
				}
				if (nextResult === files.length) return finish();
				dispatch(w);
				while (waiting.length && nextTask - nextResult < ahead) dispatch(waiting.shift()!);
			});
			w.on('error', (error) => finish(new Error(`extraction worker failed: ${error.message}`)));
			workers.push(w);
		}
		for (const w of workers) dispatch(w);
	});
}
