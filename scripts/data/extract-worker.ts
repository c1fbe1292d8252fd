/**
 * A worker thread of the data build's extraction pool (extract-pool.ts): reads and extracts the
 * report files it is sent, writes each normalized text for the source viewer, and answers with the
 * report's table rows (report-rows.ts) or the one-line reason it could not be read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { readReport } from './read-reports.ts';
import { reportRows } from './report-rows.ts';
import type { PoolReply, PoolTask } from './extract-pool.ts';

const { textsDir } = workerData as { textsDir: string };

parentPort!.on('message', (task: PoolTask) => {
	const replies: PoolReply['results'] = task.files.map((file) => {
		try {
			const r = readReport(file);
			writeFileSync(join(textsDir, `${r.report.report_id}.txt`), r.text);
			return { ok: true as const, file, rows: reportRows(r) };
		} catch (error) {
			return { ok: false as const, file, message: (error as Error).message };
		}
	});
	parentPort!.postMessage({ first: task.first, results: replies } satisfies PoolReply);
});
