/**
 * Why the decoding worker could not read a file, in the data-file error model (data-file-error.ts):
 * hyparquet's fetch failures become `missing` (404) or `http` (another status), a browser network
 * failure `network`, an asked-for column the file lacks `schema`, and anything else while reading
 * the footer or the pages `corrupt`.
 */
import type { DataFileErrorKind } from '../data-files/data-file-error';

export function decodeFailure(error: unknown): { kind: DataFileErrorKind; detail: string } {
	const message = error instanceof Error ? error.message : String(error);
	const status = /fetch[a-z ]* failed (\d{3})|unexpected status code (\d{3})/.exec(message);
	if (status) {
		const code = status[1] ?? status[2];
		return code === '404'
			? { kind: 'missing', detail: 'the server has no such file (404)' }
			: { kind: 'http', detail: `the server answered ${code}` };
	}
	if (message.startsWith('schema: ')) return { kind: 'schema', detail: message.slice(8) };
	if (error instanceof TypeError && /fetch|network/i.test(message))
		return { kind: 'network', detail: message };
	return { kind: 'corrupt', detail: `not a readable Parquet file (${message})` };
}
