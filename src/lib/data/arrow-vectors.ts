/**
 * Arrow vectors made straight from their buffers (values, validity bitmap, UTF-8 offsets).
 * apache-arrow's builders (`vectorFromArray`, `tableFromArrays`) compile their null test with
 * `new Function`, which the site's Content-Security-Policy forbids (no 'unsafe-eval'); building
 * the buffers by hand needs no string evaluation and is all the engine boundary needs.
 */
import { Bool, Float64, Int32, Utf8, makeData, makeVector, type Vector } from 'apache-arrow';

type Cell<T> = T | null | undefined;

/** One bit per row, set where the row has a value; `undefined` when no row is null. */
function validity<T>(values: readonly Cell<T>[]): { bitmap?: Uint8Array; nulls: number } {
	let nulls = 0;
	for (const v of values) if (v === null || v === undefined) nulls++;
	if (nulls === 0) return { nulls };
	const bitmap = new Uint8Array(Math.ceil(values.length / 8));
	values.forEach((v, i) => {
		if (v !== null && v !== undefined) bitmap[i >> 3]! |= 1 << (i & 7);
	});
	return { bitmap, nulls };
}

export function float64Vector(values: readonly Cell<number>[]): Vector<Float64> {
	const { bitmap, nulls } = validity(values);
	const data = Float64Array.from(values, (v) => v ?? 0);
	return makeVector(
		makeData({
			type: new Float64(),
			length: values.length,
			nullCount: nulls,
			nullBitmap: bitmap,
			data
		})
	);
}

export function int32Vector(values: readonly Cell<number>[]): Vector<Int32> {
	const { bitmap, nulls } = validity(values);
	const data = Int32Array.from(values, (v) => v ?? 0);
	return makeVector(
		makeData({ type: new Int32(), length: values.length, nullCount: nulls, nullBitmap: bitmap, data })
	);
}

export function boolVector(values: readonly Cell<boolean>[]): Vector<Bool> {
	const { bitmap, nulls } = validity(values);
	const data = new Uint8Array(Math.ceil(values.length / 8));
	values.forEach((v, i) => {
		if (v) data[i >> 3]! |= 1 << (i & 7);
	});
	return makeVector(
		makeData({ type: new Bool(), length: values.length, nullCount: nulls, nullBitmap: bitmap, data })
	);
}

export function utf8Vector(values: readonly Cell<string>[]): Vector<Utf8> {
	const { bitmap, nulls } = validity(values);
	const encoder = new TextEncoder();
	const parts = values.map((v) => (v === null || v === undefined ? new Uint8Array(0) : encoder.encode(v)));
	const valueOffsets = new Int32Array(values.length + 1);
	parts.forEach((p, i) => (valueOffsets[i + 1] = valueOffsets[i]! + p.length));
	const data = new Uint8Array(valueOffsets[values.length]!);
	parts.forEach((p, i) => data.set(p, valueOffsets[i]!));
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
