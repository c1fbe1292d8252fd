/**
 * Fetches one data file as bytes, reporting progress as the bytes arrive and giving up when the
 * network goes quiet: no byte for `stallMs` is a `timeout` DataFileError that names the file. A
 * slow but moving download is never cut. Every failure is a DataFileError (see data-file-error.ts).
 */
import { DataFileError } from './data-file-error';

/** How long a download may go without receiving a byte (headers included) before it is abandoned. */
export const STALL_TIMEOUT_MS = 20_000;

export interface FetchedBytes {
	bytes: Uint8Array;
	/** The length the server announced (null when it did not, or when the body was compressed). */
	expected: number | null;
}

export type ProgressListener = (loaded: number, total: number | null) => void;

export async function fetchBytes(
	url: string,
	file: string,
	onProgress?: ProgressListener,
	stallMs = STALL_TIMEOUT_MS
): Promise<FetchedBytes> {
	const controller = new AbortController();
	let timedOut = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const arm = () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			timedOut = true;
			controller.abort();
		}, stallMs);
	};
	const timeout = (loaded: number) =>
		new DataFileError(
			file,
			'timeout',
			`timed out: no data for ${Math.round(stallMs / 1000)} s${loaded ? ` after ${loaded} bytes` : ''}`
		);
	arm();
	let response: Response;
	try {
		response = await fetch(url, { signal: controller.signal });
	} catch (error) {
		clearTimeout(timer);
		if (timedOut) throw timeout(0);
		throw new DataFileError(file, 'network', `network error (${(error as Error).message})`);
	}
	if (!response.ok) {
		clearTimeout(timer);
		const status = `HTTP ${response.status} ${response.statusText}`.trim();
		if (response.status === 404 || response.status === 410)
			throw new DataFileError(file, 'missing', status);
		throw new DataFileError(file, 'http', `the server answered ${status}`);
	}
	const length = Number(response.headers.get('content-length'));
	const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
	const expected = !encoded && Number.isFinite(length) && length > 0 ? length : null;
	const chunks: Uint8Array[] = [];
	let loaded = 0;
	onProgress?.(0, expected);
	try {
		if (!response.body) {
			const whole = new Uint8Array(await response.arrayBuffer());
			chunks.push(whole);
			loaded = whole.length;
		} else {
			const reader = response.body.getReader();
			for (;;) {
				const { done, value } = await reader.read();
				if (done) break;
				arm();
				chunks.push(value);
				loaded += value.length;
				onProgress?.(loaded, expected);
			}
		}
	} catch (error) {
		if (timedOut) throw timeout(loaded);
		if (expected !== null && loaded < expected)
			throw new DataFileError(
				file,
				'truncated',
				`the download broke off after ${loaded} of ${expected} bytes`
			);
		throw new DataFileError(file, 'network', `network error (${(error as Error).message})`);
	} finally {
		clearTimeout(timer);
	}
	const bytes = new Uint8Array(loaded);
	let at = 0;
	for (const c of chunks) {
		bytes.set(c, at);
		at += c.length;
	}
	onProgress?.(loaded, expected);
	return { bytes, expected };
}
