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

/** A parser error said in plain words, for the sentences DuckDB's parser most often gives. */
export type PlainError =
	| { key: 'syntax_near'; token: string }
	| { key: 'syntax_end' }
	| { key: 'unterminated'; token: string };

export interface ErrorDescription {
	/** DuckDB's error class ("Parser", "Binder", "Catalog"…), '' when the message has none. */
	kind: string;
	/** The first line without its class: "syntax error at or near "SELEC"". */
	sentence: string;
	/** The same in plain words, when it is a common parser error. */
	plain: PlainError | null;
	/** Further lines DuckDB adds ("Candidate bindings: …"), without its LINE excerpt and caret. */
	details: string[];
}

/**
 * A readable message (readableError's) taken apart: the sentence, what follows it, and DuckDB's
 * "LINE n: …" excerpt left out (the console shows the query's own line with the place marked).
 */
export function describeError(message: string): ErrorDescription {
	const lines = message.split('\n');
	const first = lines[0] ?? '';
	const m = /^([A-Z][\w ]*?) Error: (.*)$/.exec(first);
	const kind = m ? m[1]! : '';
	const sentence = m ? m[2]! : first;
	const details: string[] = [];
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i]!;
		if (/^LINE \d+: /.test(line)) {
			if (/^\s*\^\s*$/.test(lines[i + 1] ?? '')) i++;
			continue;
		}
		if (line.trim()) details.push(line);
	}
	let plain: PlainError | null = null;
	if (kind === 'Parser') {
		const near = /^syntax error at or near (.+)$/.exec(sentence);
		const unterminated = /^unterminated quoted (?:string|identifier) at or near (.+)$/.exec(
			sentence
		);
		if (sentence === 'syntax error at end of input') plain = { key: 'syntax_end' };
		else if (near) plain = { key: 'syntax_near', token: near[1]! };
		else if (unterminated) plain = { key: 'unterminated', token: unterminated[1]! };
	}
	return { kind, sentence, plain, details };
}
