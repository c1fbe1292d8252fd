/**
 * How the SQL console shows one result value (as read by cell-value.ts): NULL as "NULL", numbers
 * as typed (no grouping, so what you see is what you can paste back; BIGINT exact), dates and times
 * as DuckDB prints them, NaN and ±Infinity by name, BLOB as DuckDB's escaped text, nested values
 * as JSON. `plainValue` is the same value for JSON: BIGINT beyond 2^53, NaN and ±Infinity become
 * strings rather than a rounded number or null. Pure.
 */
export const NULL_TEXT = 'NULL';

export function isNumericType(type: string): boolean {
	return /^(Int|Uint|Float|Decimal)/i.test(type);
}

/** Bytes as DuckDB prints a BLOB: printable ASCII as is, every other byte as \xHH. */
export function blobText(bytes: Uint8Array): string {
	let out = '';
	for (const b of bytes)
		out +=
			b >= 0x20 && b < 0x7f && b !== 0x5c
				? String.fromCharCode(b)
				: `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`;
	return out;
}

/** NaN and ±Infinity by name (JSON has no such numbers); other numbers unchanged. */
function finiteOrName(n: number): number | string {
	if (Number.isNaN(n)) return 'NaN';
	if (n === Infinity) return 'Infinity';
	if (n === -Infinity) return '-Infinity';
	return n;
}

function jsonSafe(value: unknown): unknown {
	if (typeof value === 'bigint') return value.toString();
	if (typeof value === 'number') return finiteOrName(value);
	if (value instanceof Uint8Array) return blobText(value);
	if (value instanceof Date) return value.toISOString();
	if (value && typeof value === 'object') {
		const v = value as { toJSON?: () => unknown; toArray?: () => unknown };
		if (typeof v.toJSON === 'function') return v.toJSON();
	}
	return value;
}

export function plainValue(value: unknown): unknown {
	if (value === null || value === undefined) return null;
	if (typeof value === 'bigint') {
		const n = Number(value);
		return Number.isSafeInteger(n) ? n : value.toString();
	}
	if (typeof value === 'number') return finiteOrName(value);
	if (value instanceof Date) return value.toISOString();
	if (value instanceof Uint8Array) return blobText(value);
	if (typeof value === 'object') {
		return JSON.parse(JSON.stringify(value, (_k, v: unknown) => jsonSafe(v)));
	}
	return value;
}

export function formatCell(value: unknown): string {
	if (value === null || value === undefined) return NULL_TEXT;
	if (typeof value === 'number') return String(finiteOrName(value));
	if (typeof value === 'bigint') return value.toString();
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (typeof value === 'string') return value;
	if (value instanceof Date) return value.toISOString();
	if (value instanceof Uint8Array) return blobText(value);
	const plain = plainValue(value);
	return typeof plain === 'string' ? plain : JSON.stringify(plain);
}

const SQL_TYPES: [RegExp, string][] = [
	[/^Float64/i, 'DOUBLE'],
	[/^Float32/i, 'FLOAT'],
	[/^Float16/i, 'HALF'],
	[/^Int64/i, 'BIGINT'],
	[/^Int32/i, 'INTEGER'],
	[/^Int16/i, 'SMALLINT'],
	[/^Int8/i, 'TINYINT'],
	[/^Uint64/i, 'UBIGINT'],
	[/^Uint32/i, 'UINTEGER'],
	[/^Uint16/i, 'USMALLINT'],
	[/^Uint8/i, 'UTINYINT'],
	[/^(Large)?Utf8/i, 'VARCHAR'],
	[/^Bool/i, 'BOOLEAN'],
	[/^Date/i, 'DATE'],
	[/^Timestamp<[^,>]+,/i, 'TIMESTAMPTZ'],
	[/^Timestamp/i, 'TIMESTAMP'],
	[/^Time/i, 'TIME'],
	[/^Decimal/i, 'DECIMAL'],
	[/^(Large)?Binary/i, 'BLOB'],
	[/^Interval/i, 'INTERVAL'],
	[/^Null/i, 'NULL']
];

/** An Arrow type as the SQL type name a DuckDB user knows (nested types keep Arrow's text). */
export function sqlTypeName(arrowType: string): string {
	for (const [re, name] of SQL_TYPES) if (re.test(arrowType)) return name;
	return arrowType;
}
