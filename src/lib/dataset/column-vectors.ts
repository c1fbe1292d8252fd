/**
 * Decoded Parquet columns → Arrow vectors, built directly from their buffers. apache-arrow's
 * `vectorFromArray` goes through a generic builder and takes tens of seconds on a million strings;
 * here strings are UTF-8 encoded once per distinct value (fact columns repeat a few hundred
 * values), numbers are copied into typed arrays. Nulls are kept (validity bitmap).
 */
import {
	Bool,
	Dictionary,
	Float64,
	Int32,
	Utf8,
	makeData,
	makeVector,
	type Vector
} from 'apache-arrow';

export type VectorKind = 'string' | 'int' | 'double' | 'boolean';

function validity(values: ArrayLike<unknown>): { bitmap: Uint8Array; nulls: number } {
	const bitmap = new Uint8Array(Math.ceil(values.length / 8));
	let nulls = 0;
	for (let i = 0; i < values.length; i++) {
		if (values[i] === null || values[i] === undefined) nulls++;
		else bitmap[i >> 3]! |= 1 << (i & 7);
	}
	return { bitmap, nulls };
}

const encoder = new TextEncoder();

/**
 * Strings that repeat (ids, metric names, applicant columns) as a dictionary: the distinct values
 * once, then an index per row. This is what makes a million rows cheap to hand to the engine.
 */
function dictionaryStrings(values: ArrayLike<unknown>): Vector | null {
	const index = new Map<string, number>();
	const distinct: string[] = [];
	const indices = new Int32Array(values.length);
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v === null || v === undefined) continue;
		const s = String(v);
		let k = index.get(s);
		if (k === undefined) {
			k = distinct.length;
			index.set(s, k);
			distinct.push(s);
			if (distinct.length > values.length / 4) return null;
		}
		indices[i] = k;
	}
	const { bitmap, nulls } = validity(values);
	const dictionary = plainStrings(distinct);
	return makeVector(
		makeData({
			type: new Dictionary(new Utf8(), new Int32()),
			length: values.length,
			nullCount: nulls,
			nullBitmap: nulls ? bitmap : null,
			data: indices,
			dictionary
		})
	);
}

function strings(values: ArrayLike<unknown>): Vector {
	return (values.length >= 64 ? dictionaryStrings(values) : null) ?? plainStrings(values);
}

function plainStrings(values: ArrayLike<unknown>): Vector {
	const cache = new Map<string, Uint8Array>();
	const parts: Uint8Array[] = new Array(values.length);
	const offsets = new Int32Array(values.length + 1);
	let total = 0;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		let bytes: Uint8Array;
		if (v === null || v === undefined) bytes = new Uint8Array(0);
		else {
			const s = String(v);
			bytes = cache.get(s) ?? encoder.encode(s);
			if (cache.size < 100_000) cache.set(s, bytes);
		}
		parts[i] = bytes;
		total += bytes.length;
		offsets[i + 1] = total;
	}
	const data = new Uint8Array(total);
	for (let i = 0; i < parts.length; i++) data.set(parts[i]!, offsets[i]!);
	const { bitmap, nulls } = validity(values);
	return makeVector(
		makeData({
			type: new Utf8(),
			length: values.length,
			nullCount: nulls,
			nullBitmap: nulls ? bitmap : null,
			valueOffsets: offsets,
			data
		})
	);
}

function numbers(values: ArrayLike<unknown>, kind: 'int' | 'double'): Vector {
	const out = kind === 'int' ? new Int32Array(values.length) : new Float64Array(values.length);
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		out[i] = v === null || v === undefined ? 0 : Number(v as number | bigint);
	}
	const { bitmap, nulls } = validity(values);
	return makeVector(
		makeData({
			type: kind === 'int' ? new Int32() : new Float64(),
			length: values.length,
			nullCount: nulls,
			nullBitmap: nulls ? bitmap : null,
			data: out
		} as never)
	);
}

function booleans(values: ArrayLike<unknown>): Vector {
	const data = new Uint8Array(Math.ceil(values.length / 8));
	for (let i = 0; i < values.length; i++) if (values[i] === true) data[i >> 3]! |= 1 << (i & 7);
	const { bitmap, nulls } = validity(values);
	return makeVector(
		makeData({
			type: new Bool(),
			length: values.length,
			nullCount: nulls,
			nullBitmap: nulls ? bitmap : null,
			data
		})
	);
}

export function columnVector(values: ArrayLike<unknown>, kind: VectorKind): Vector {
	if (kind === 'string') return strings(values);
	if (kind === 'boolean') return booleans(values);
	return numbers(values, kind);
}
