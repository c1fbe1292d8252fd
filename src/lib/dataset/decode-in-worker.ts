/**
 * The page's side of the Parquet decoding worker (parquet-decode.worker.ts, one per page, started
 * on first use, a chunk of its own: nothing of it is in the first chart's bundle). `openInWorker`
 * reads a file's footer there; `group(i)` brings back row group i as an Arrow IPC buffer. Every
 * failure is a DataFileError naming the file, like any other data file's (data-file-error.ts).
 */
import { DataFileError } from '../data-files/data-file-error';
import type {
	DecodeRequest,
	DecodeResponse,
	DecodedGroup,
	DecodedRows,
	OpenedFile
} from './parquet-decode-messages';
import DecodeWorker from './parquet-decode.worker?worker';

type Pending = { file: string; done: (r: DecodeResponse) => void };

let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let nextId = 0;
let nextHandle = 0;

function getWorker(): Worker {
	if (!worker) {
		worker = new DecodeWorker();
		worker.onmessage = (e: MessageEvent<DecodeResponse>) => {
			pending.get(e.data.id)?.done(e.data);
			pending.delete(e.data.id);
		};
		worker.onerror = (e) => {
			for (const [id, p] of pending)
				p.done({
					id,
					ok: false,
					kind: 'corrupt',
					detail: `the decoding worker stopped (${e.message || 'no message'})`
				});
			pending.clear();
			worker?.terminate();
			worker = undefined;
		};
	}
	return worker;
}

type Request = DecodeRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

function call<T>(file: string, request: Request): Promise<T> {
	const id = nextId++;
	return new Promise<T>((resolve, reject) => {
		pending.set(id, {
			file,
			done: (r) =>
				r.ok ? resolve(r.value as T) : reject(new DataFileError(file, r.kind, r.detail))
		});
		getWorker().postMessage({ ...request, id });
	});
}

export interface WorkerParquetFile extends OpenedFile {
	group(index: number): Promise<DecodedGroup>;
	close(): void;
}

/** Opens `url` in the worker; `file` is the name errors carry (e.g. `facts.parquet`). */
export async function openInWorker(
	url: string,
	file: string,
	options: { columns?: string[]; byteLength?: number } = {}
): Promise<WorkerParquetFile> {
	const handle = nextHandle++;
	const opened = await call<OpenedFile>(file, { type: 'open', handle, url, ...options });
	return {
		...opened,
		group: (index) => call<DecodedGroup>(file, { type: 'group', handle, group: index }),
		close: () => void call(file, { type: 'close', handle }).catch(() => {})
	};
}

/**
 * The rows of `url` whose `where.column` is one of `where.values` (only `columns`), read and decoded
 * in the worker; `file` is the name errors carry.
 */
export async function readRowsInWorker(
	url: string,
	file: string,
	columns: string[],
	where: { column: string; values: string[] }
): Promise<Record<string, unknown>[]> {
	return (await call<DecodedRows>(file, { type: 'rows', url, columns, where })).rows;
}
