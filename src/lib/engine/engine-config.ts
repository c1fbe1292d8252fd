/**
 * How DuckDB-WASM hands results to JavaScript. BIGINT stays BIGINT (bigint values, exact past
 * 2^53; the console labels it BIGINT, not DOUBLE); DECIMAL arrives as DOUBLE, which Arrow's
 * JavaScript can compute with. Shared by the browser's engine and the tests that run the same engine
 * in Node (tests/sql/wasm-engine.ts).
 */
export const ENGINE_QUERY_CONFIG = {
	castBigIntToDouble: false,
	castDecimalToDouble: true
} as const;
