import { describe, expect, it } from 'vitest';
import { readableError } from './engine-error';

describe('readableError', () => {
	it("reads DuckDB's serialized error: type, message and position", () => {
		expect(
			readableError(
				'{"exception_type":"Parser","exception_message":"syntax error at or near \\"SELEC\\"","position":"0","error_subtype":"SYNTAX_ERROR"}'
			)
		).toEqual({ message: 'Parser Error: syntax error at or near "SELEC"', position: 0 });
		expect(
			readableError(
				'Error: {"exception_type":"Not implemented","exception_message":"Can only SET or RESET a variable"}'
			)
		).toEqual({
			message: 'Not implemented Error: Can only SET or RESET a variable',
			position: null
		});
	});

	it('passes plain messages and broken JSON unchanged', () => {
		const plain =
			'Binder Error: Referenced column "x" not found\n\nLINE 1: SELECT x\n               ^';
		expect(readableError(plain)).toEqual({ message: plain, position: null });
		expect(readableError('Error: {"exception_type":')).toEqual({
			message: 'Error: {"exception_type":',
			position: null
		});
	});
});
