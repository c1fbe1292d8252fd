import { describe, expect, it } from 'vitest';
import { isFatalEngineError } from './engine-supervisor';

describe('isFatalEngineError', () => {
	it('recognizes WebAssembly traps and aborts', () => {
		for (const m of [
			'RuntimeError: memory access out of bounds',
			'RuntimeError: unreachable',
			'Aborted(OOM). Build with -sASSERTIONS for more info.',
			'FATAL Error: Failed to create checkpoint because of error: disk full',
			'Invalid Input Error: The database has been invalidated because of a previous fatal error.'
		])
			expect(isFatalEngineError(m), m).toBe(true);
	});

	it("leaves DuckDB's own errors, out of memory included, to the console", () => {
		for (const m of [
			'Out of Memory Error: could not allocate block of size 256.0 KiB (1.0 GiB/1.0 GiB used)',
			'Catalog Error: Table with name checks does not exist!',
			'Parser Error: syntax error at or near "SELEC"',
			'INTERRUPT Error: Interrupted!'
		])
			expect(isFatalEngineError(m), m).toBe(false);
	});
});
