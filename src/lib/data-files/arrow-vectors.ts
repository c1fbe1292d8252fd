/**
 * Arrow vectors made straight from their buffers (values, validity bitmap, UTF-8 offsets,
 * dictionary indices). apache-arrow's builders (`vectorFromArray`, `tableFromArrays`) compile their
 * null test with `new Function`, which the site's Content-Security-Policy forbids (no
 * 'unsafe-eval'), and take tens of seconds on a million strings; building the buffers by hand
 * needs no string evaluation and is all the engine boundary needs. `null` and `undefined` cells
 * are nulls; numbers may come as bigint (Parquet INT64).
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

type Cells = ArrayLike<unknown>;

const missing = (v: unknown) => v === null || v === undefined;

/** One bit per row, set where the row has a value; no bitmap when no row is null. */
function validity(values: Cells): { bitmap: Uint8Array | null; nulls: number } {
	const bitmap = new Uint8Array(Math.ceil(values.length / 8));
	let nulls = 0;
	for (let i = 0; i < values.length; i++) {
		if (missing(values[i])) nulls++;
		else bitmap[i >> 3]! |= 1 << (i & 7);
	}
	return { bitmap: nulls ? bitmap : null, nulls };
}

/** Copies the values into `data` (0 where a value is missing) and adds their validity. */
function numberBuffers<A extends Int32Array | Float64Array>(values: Cells, data: A) {
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		data[i] = missing(v) ? 0 : Number(v as number | bigint);
	}
	const { bitmap, nulls } = validity(values);
	return { length: values.length, nullCount: nulls, nullBitmap: bitmap, data };
}

export function float64Vector(values: Cells): Vector<Float64> {
	const buffers = numberBuffers(values, new Float64Array(values.length));
	return makeVector(makeData({ type: new Float64(), ...buffers }));
}

export function int32Vector(values: Cells): Vector<Int32> {
	const buffers = numberBuffers(values, new Int32Array(values.length));
	return makeVector(makeData({ type: new Int32(), ...buffers }));
}

export function boolVector(values: Cells): Vector<Bool> {
	const data = new Uint8Array(Math.ceil(values.length / 8));
	for (let i = 0; i < values.length; i++) if (values[i] === true) data[i >> 3]! |= 1 << (i & 7);
	const { bitmap, nulls } = validity(values);
	return makeVector(
		makeData({
			type: new Bool(),
			length: values.length,
			nullCount: nulls,
			nullBitmap: bitmap,
			data
		})
	);
}

const encoder = new TextEncoder();

/** Strings, each distinct one UTF-8 encoded once (up to 100,000 of them remembered). */
export function utf8Vector(values: Cells): Vector<Utf8> {
	const cache = new Map<string, Uint8Array>();
	const parts: Uint8Array[] = new Array(values.length);
	const valueOffsets = new Int32Array(values.length + 1);
	let total = 0;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		let bytes: Uint8Array;
		if (missing(v)) bytes = new Uint8Array(0);
		else {
			const s = String(v);
			bytes = cache.get(s) ?? encoder.encode(s);
			if (cache.size < 100_000) cache.set(s, bytes);
		}
		parts[i] = bytes;
		total += bytes.length;
		valueOffsets[i + 1] = total;
	}
	const data = new Uint8Array(total);
	for (let i = 0; i < parts.length; i++) data.set(parts[i]!, valueOffsets[i]!);
	const { bitmap, nulls } = validity(values);
	return makeVector(
		makeData({
			type: new Utf8(),
			length: values.length,
			nullCount: nulls,
			nullBitmap: bitmap,
			valueOffsets,
			data
		})
	);
}

/**
 * Strings that repeat (ids, metric names, applicant columns) as a dictionary: the distinct values
 * once, then an index per row. `null` when more than `maxShare` of the rows are distinct values
 * (a dictionary would not pay).
 */
export function dictionaryUtf8Vector(values: Cells, maxShare = 1 / 4): Vector | null {
	const index = new Map<string, number>();
	const distinct: string[] = [];
	const indices = new Int32Array(values.length);
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (missing(v)) continue;
		const s = String(v);
		let k = index.get(s);
		if (k === undefined) {
			k = distinct.length;
			index.set(s, k);
			distinct.push(s);
			if (distinct.length > values.length * maxShare) return null;
		}
		indices[i] = k;
	}
	const { bitmap, nulls } = validity(values);
	return makeVector(
		makeData({
			type: new Dictionary(new Utf8(), new Int32()),
			length: values.length,
			nullCount: nulls,
			nullBitmap: bitmap,
			data: indices,
			dictionary: utf8Vector(distinct)
		})
	);
}
