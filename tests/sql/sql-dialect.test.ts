/**
 * The editor's dialect built from what a real DuckDB says about itself (the same queries the
 * console runs): DuckDB-only functions are highlighted as builtins, which PostgreSQL's list alone
 * does not know, and keywords stay keywords.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EditorState } from '@codemirror/state';
import { syntaxTree, ensureSyntaxTree } from '@codemirror/language';
import { PostgreSQL, sql, type SQLDialect } from '@codemirror/lang-sql';
import type { DuckDBConnection } from '@duckdb/node-api';
import { duckdbDialect, FUNCTIONS_SQL, KEYWORDS_SQL } from '../../src/lib/console/sql-dialect.ts';
import { openBuiltData, rows } from './parquet-db.ts';

let c: DuckDBConnection;
beforeAll(async () => {
	c = await openBuiltData();
});
afterAll(() => c?.closeSync());

function nodeAt(dialect: SQLDialect, doc: string, word: string): string {
	const state = EditorState.create({ doc, extensions: [sql({ dialect })] });
	ensureSyntaxTree(state, doc.length, 5000);
	return syntaxTree(state).resolveInner(doc.indexOf(word) + 1, 1).name;
}

describe('the DuckDB dialect of the editor', () => {
	it('knows DuckDB functions and keywords from the engine', async () => {
		const words = async (q: string) => (await rows(c, q)).map((r) => String(r.word));
		const engine = { keywords: await words(KEYWORDS_SQL), functions: await words(FUNCTIONS_SQL) };
		expect(engine.functions).toContain('list_sort');
		expect(engine.functions).toContain('regexp_extract');
		expect(engine.keywords).toContain('qualify');
		const dialect = duckdbDialect(engine);
		const doc = 'SELECT list_sort([3, 1]), regexp_extract(raw, 1) FROM facts QUALIFY true';
		expect(nodeAt(PostgreSQL, doc, 'list_sort')).not.toBe('Builtin');
		expect(nodeAt(dialect, doc, 'list_sort')).toBe('Builtin');
		expect(nodeAt(dialect, doc, 'regexp_extract')).toBe('Builtin');
		expect(nodeAt(dialect, doc, 'QUALIFY')).toBe('Keyword');
		expect(nodeAt(dialect, doc, 'SELECT')).toBe('Keyword');
		expect(nodeAt(dialect, doc, 'facts')).toBe('Identifier');
	});
});
