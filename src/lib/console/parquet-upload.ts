/**
 * A dropped Parquet file as an Arrow table, column by column in the types its schema gives. The
 * engine has no Parquet reader (the parquet extension is not in DuckDB-WASM's build and may not be
 * downloaded), so hyparquet decodes it here, with hyparquet-compressors for ZSTD, GZIP, Brotli and
 * LZ4 (Polars' and DuckDB's defaults); INT64 stays BIGINT (exact), TIMESTAMP stays a timestamp,
 * DATE a date, bytes a BLOB. Vectors are made from their buffers (no Arrow builders: the CSP).
 */
import {
	Binary,
	DateDay,
	Int64,
	makeData,
	makeVector,
	Table,
	TimestampMillisecond,
	type Vector
} from 'apache-arrow';
import type { SchemaElement } from 'hyparquet';
import { boolVector, float64Vector, int32Vector, utf8Vector } from '../data-files/arrow-vectors';

type Cells = readonly unknown[];
const missing = (v: unknown) => v === null || v === undefined;

function validity(values: Cells): { nullBitmap: Uint8Array | undefined; nullCount: number } {
	const bitmap = new Uint8Array(Math.ceil(values.length / 8));
	let nullCount = 0;
	for (let i = 0; i < values.length; i++) {
		if (missing(values[i])) nullCount++;
		else bitmap[i >> 3]! |= 1 << (i & 7);
	}
	return { nullBitmap: nullCount ? bitmap : undefined, nullCount };
}

function int64Vector(values: Cells): Vector {
	const data = new BigInt64Array(values.length);
	values.forEach((v, i) => {
		if (!missing(v)) data[i] = typeof v === 'bigint' ? v : BigInt(Math.trunc(Number(v)));
	});
	return makeVector(
		makeData({ type: new Int64(), length: values.length, data, ...validity(values) })
	);
}

const millis = (v: unknown) => (v instanceof Date ? v.getTime() : Number(v));

function timestampVector(values: Cells): Vector {
	const data = new BigInt64Array(values.length);
	values.forEach((v, i) => {
		if (!missing(v)) data[i] = BigInt(Math.round(millis(v)));
	});
	return makeVector(
		makeData({ type: new TimestampMillisecond(), length: values.length, data, ...validity(values) })
	);
}

function dateVector(values: Cells): Vector {
	const data = new Int32Array(values.length);
	values.forEach((v, i) => {
		if (!missing(v)) data[i] = Math.floor(millis(v) / 86_400_000);
	});
	return makeVector(
		makeData({ type: new DateDay(), length: values.length, data, ...validity(values) })
	);
}

function binaryVector(values: Cells): Vector {
	const parts = values.map((v) =>
		v instanceof Uint8Array
			? v
			: missing(v)
				? new Uint8Array()
				: new TextEncoder().encode(String(v))
	);
	const valueOffsets = new Int32Array(values.length + 1);
	parts.forEach((p, i) => (valueOffsets[i + 1] = valueOffsets[i]! + p.length));
	const data = new Uint8Array(valueOffsets[values.length]!);
	parts.forEach((p, i) => data.set(p, valueOffsets[i]!));
	return makeVector(
		makeData({ type: new Binary(), length: values.length, valueOffsets, data, ...validity(values) })
	);
}

const json = (v: unknown) =>
	missing(v)
		? null
		: typeof v === 'string'
			? v
			: JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));

/** The Arrow vector for one column, chosen by its Parquet schema element. */
export function columnVector(element: SchemaElement, values: Cells): Vector {
	const logical = element.logical_type?.type;
	const converted = element.converted_type;
	if (
		logical === 'TIMESTAMP' ||
		converted === 'TIMESTAMP_MILLIS' ||
		converted === 'TIMESTAMP_MICROS' ||
		element.type === 'INT96'
	)
		return timestampVector(values);
	if (logical === 'DATE' || converted === 'DATE') return dateVector(values);
	if (
		logical === 'STRING' ||
		converted === 'UTF8' ||
		logical === 'JSON' ||
		converted === 'JSON' ||
		logical === 'ENUM' ||
		converted === 'ENUM' ||
		logical === 'UUID'
	)
		return utf8Vector(values.map(json));
	if (logical === 'DECIMAL' || converted === 'DECIMAL')
		return float64Vector(values.map((v) => (missing(v) ? null : Number(v))));
	switch (element.type) {
		case 'BOOLEAN':
			return boolVector(values);
		case 'INT32':
			return logical === 'INTEGER' &&
				!element.logical_type?.isSigned &&
				element.logical_type?.bitWidth === 32
				? int64Vector(values)
				: int32Vector(values);
		case 'INT64':
			return int64Vector(values);
		case 'FLOAT':
		case 'DOUBLE':
			return float64Vector(values);
		case 'BYTE_ARRAY':
		case 'FIXED_LEN_BYTE_ARRAY':
			return values.some((v) => typeof v === 'string')
				? utf8Vector(values.map(json))
				: binaryVector(values);
		default:
			return utf8Vector(values.map(json));
	}
}

export async function parquetToArrow(buffer: ArrayBuffer): Promise<Table> {
	const [{ parquetMetadata, parquetReadObjects }, { compressors }] = await Promise.all([
		import('hyparquet'),
		import('hyparquet-compressors')
	]);
	const metadata = parquetMetadata(buffer);
	const top = metadata.schema[0]!;
	// The top-level columns and their elements (nested columns are read whole, as JSON).
	const columns: SchemaElement[] = [];
	for (let i = 1, left = top.num_children ?? 0; left > 0; left--) {
		const el = metadata.schema[i]!;
		columns.push(el);
		// skip the element's subtree
		let pending = el.num_children ?? 0;
		i++;
		while (pending > 0) {
			pending += (metadata.schema[i]!.num_children ?? 0) - 1;
			i++;
		}
	}
	const rows = await parquetReadObjects({ file: buffer, metadata, compressors, utf8: false });
	const decoder = new TextDecoder();
	return new Table(
		Object.fromEntries(
			columns.map((el) => {
				const text =
					el.converted_type === 'UTF8' ||
					el.logical_type?.type === 'STRING' ||
					el.converted_type === 'JSON' ||
					el.logical_type?.type === 'JSON' ||
					el.converted_type === 'ENUM';
				const values = rows.map((r) => {
					const v = r[el.name];
					return text && v instanceof Uint8Array ? decoder.decode(v) : v;
				});
				const nested = (el.num_children ?? 0) > 0;
				return [el.name, nested ? utf8Vector(values.map(json)) : columnVector(el, values)];
			})
		)
	);
}
