/**
 * A DuckDB error as the reader should read it. DuckDB-WASM passes some errors on as DuckDB's
 * serialized ErrorData, `{"exception_type":"Parser","exception_message":"syntax error at or near
 * \"SELEC\"","position":"0",…}` (parser errors, "max expression depth", RESET ALL…); those become
 * "Parser Error: syntax error at or near "SELEC"" and, when DuckDB gives one, the position (an
 * offset into the query) to underline. Plain messages pass unchanged. Never throws.
 */
export interface ReadableError {
	message: string;
	/** Offset into the query DuckDB points at, when the error says. */
	position: number | null;
}

export function readableError(raw: string): ReadableError {
	const start = raw.indexOf('{"');
	const end = raw.lastIndexOf('}');
	if (start >= 0 && end > start) {
		try {
			const data = JSON.parse(raw.slice(start, end + 1)) as Record<string, unknown>;
			const type = typeof data.exception_type === 'string' ? data.exception_type : '';
			const text = typeof data.exception_message === 'string' ? data.exception_message : '';
			if (type || text) {
				const before = raw
					.slice(0, start)
					.replace(/^Error:\s*/, '')
					.trim();
				const head = type && !/error$/i.test(type) ? `${type} Error` : type || 'Error';
				const position = Number(data.position);
				return {
					message: [before, `${head}: ${text}`].filter(Boolean).join(' '),
					position:
						data.position !== undefined && Number.isInteger(position) && position >= 0
							? position
							: null
				};
			}
		} catch {
			// not JSON after all: shown as it came
		}
	}
	return { message: raw, position: null };
}
