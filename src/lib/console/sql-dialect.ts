/**
 * The editor's SQL dialect: PostgreSQL's (closest to DuckDB's), plus the keywords and function
 * names the running DuckDB reports about itself (`duckdb_keywords()`, `duckdb_functions()`), so
 * highlighting and keyword completion follow the engine rather than a list of ours.
 */
import { PostgreSQL, SQLDialect } from '@codemirror/lang-sql';

export const KEYWORDS_SQL = `SELECT DISTINCT lower(keyword_name) AS word FROM duckdb_keywords() ORDER BY 1`;
export const FUNCTIONS_SQL = `SELECT DISTINCT lower(function_name) AS word FROM duckdb_functions()
WHERE function_type IN ('scalar', 'aggregate', 'macro', 'table', 'table_macro')
  AND regexp_matches(function_name, '^[A-Za-z][A-Za-z0-9_]*$')
ORDER BY 1`;

export interface DialectWords {
	keywords: readonly string[];
	functions: readonly string[];
}

const words = (s: string | undefined) => (s ?? '').split(/\s+/).filter(Boolean);

export function duckdbDialect(engine: DialectWords): SQLDialect {
	const spec = PostgreSQL.spec;
	const keywords = new Set([...words(spec.keywords), ...engine.keywords]);
	const types = new Set(words(spec.types));
	// A name that is a keyword stays a keyword; the rest of the engine's functions are builtins.
	const builtin = new Set(
		[...words(spec.builtin), ...engine.functions].filter((f) => !keywords.has(f) && !types.has(f))
	);
	return SQLDialect.define({
		...spec,
		keywords: [...keywords].join(' '),
		builtin: [...builtin].join(' ')
	});
}
