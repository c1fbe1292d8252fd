/**
 * One error model for a data file that could not be used: which file, what went wrong (`kind`), and
 * the technical detail. Every loader throws this, so every page can name the file and offer a Retry
 * that fetches only that file again.
 */
export type DataFileErrorKind =
	'missing' | 'http' | 'network' | 'timeout' | 'truncated' | 'corrupt' | 'schema';

export class DataFileError extends Error {
	constructor(
		readonly file: string,
		readonly kind: DataFileErrorKind,
		readonly detail: string
	) {
		super(`${file}: ${detail}`);
		this.name = 'DataFileError';
	}
}

export function isDataFileError(error: unknown): error is DataFileError {
	return error instanceof DataFileError;
}

/** Any error about `file` as a DataFileError (a DataFileError passes through unchanged). */
export function asDataFileError(file: string, error: unknown): DataFileError {
	if (error instanceof DataFileError) return error;
	const message = error instanceof Error ? error.message : String(error);
	return new DataFileError(file, 'network', message);
}

const PAR1 = [0x50, 0x41, 0x52, 0x31];

function hasMagicAt(bytes: Uint8Array, at: number): boolean {
	return at >= 0 && PAR1.every((b, i) => bytes[at + i] === b);
}

/**
 * Why `bytes` cannot be a Parquet file, judged from its envelope before any decoding: null if it
 * looks whole. `expectedBytes` is the length the server announced, when it announced one.
 */
export function parquetEnvelopeProblem(
	file: string,
	bytes: Uint8Array,
	expectedBytes: number | null
): DataFileError | null {
	if (expectedBytes !== null && bytes.length < expectedBytes)
		return new DataFileError(
			file,
			'truncated',
			`received ${bytes.length} of ${expectedBytes} bytes`
		);
	if (bytes.length === 0) return new DataFileError(file, 'truncated', 'the file is empty');
	if (bytes[0] === 0x3c /* < */)
		return new DataFileError(file, 'corrupt', 'the server sent a web page, not a Parquet file');
	if (!hasMagicAt(bytes, 0))
		return new DataFileError(file, 'corrupt', 'not a Parquet file (no PAR1 header)');
	if (bytes.length < 12 || !hasMagicAt(bytes, bytes.length - 4))
		return new DataFileError(
			file,
			'truncated',
			`the file ends early (${bytes.length} bytes, no PAR1 footer)`
		);
	return null;
}
