/**
 * Parse errors as the console shows them, from the browser's own engine (DuckDB-WASM in Node):
 * the message read (readableError, which also takes DuckDB-WASM's JSON form), its sentence in
 * plain words (describeError), and the place marked in the query's own line (errorExcerpt).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { describeError, readableError } from '../../src/lib/console/engine-error.ts';
import {
	endSpan,
	errorExcerpt,
	errorOffset,
	errorSpan
} from '../../src/lib/console/error-position.ts';
import { openWasmEngine, type WasmEngine } from './wasm-engine.ts';

let engine: WasmEngine;
beforeAll(async () => {
	engine = await openWasmEngine();
}, 60_000);

function shown(sql: string) {
	const raw = engine.error(sql);
	expect(raw, sql).not.toBe('');
	const readable = readableError(raw);
	const described = describeError(readable.message);
	const offset = readable.position ?? errorOffset(readable.message, sql);
	const span =
		offset !== null
			? errorSpan(sql, offset)
			: described.plain?.key === 'syntax_end'
				? endSpan(sql)
				: null;
	return { raw, described, excerpt: span ? errorExcerpt(sql, span) : null };
}

describe('parse errors from DuckDB-WASM', () => {
	it('a misspelt keyword: the word, in plain words and marked', () => {
		const { described, excerpt } = shown('SELECT 1 AS one,\n  2 AS two FORM reports');
		expect(described.kind).toBe('Parser');
		expect(described.plain).toEqual({ key: 'syntax_near', token: '"FORM"' });
		expect(described.details).toEqual([]);
		expect(excerpt).toEqual({
			line: 2,
			column: 12,
			before: '  2 AS two ',
			marked: 'FORM',
			after: ' reports'
		});
	});

	it('a query cut short: no position from DuckDB, its end is marked', () => {
		const sql = 'SELECT region, count(*) n FROM reports GROUP BY';
		const { raw, described, excerpt } = shown(sql);
		expect(raw).not.toMatch(/LINE \d+:/);
		expect(described.plain).toEqual({ key: 'syntax_end' });
		expect(excerpt?.marked).toBe('BY');
		expect(excerpt?.after).toBe('');
	});

	it('an unterminated string', () => {
		const { described, excerpt } = shown("SELECT '政府 AS t");
		expect(described.plain).toEqual({ key: 'unterminated', token: `"'政府 AS t"` });
		expect(excerpt?.before).toBe('SELECT ');
	});

	it('other errors keep their own sentence and details, without the LINE excerpt', () => {
		const { described } = shown('SELECT nope FROM facts');
		expect(described.kind).toBe('Binder');
		expect(described.plain).toBeNull();
		expect(described.sentence).toContain('"nope"');
		expect(described.details.join('\n')).toContain('Candidate bindings');
		expect(described.details.join('\n')).not.toMatch(/LINE|\^/);
	});

	it("reads DuckDB-WASM's JSON form the same way", () => {
		const json =
			'{"exception_type":"Parser","exception_message":"syntax error at or near \\"FORM\\"","position":"28"}';
		const r = readableError(json);
		expect(describeError(r.message).plain).toEqual({ key: 'syntax_near', token: '"FORM"' });
		expect(r.position).toBe(28);
	});
});
