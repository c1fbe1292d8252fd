/**
 * Decoded Parquet columns → Arrow vectors, built from their buffers ($lib/data-files/arrow-vectors.ts):
 * numbers copied into typed arrays, strings as a dictionary when they repeat (fact columns repeat
 * a few hundred values: each is encoded once and a million rows cost an index each), nulls kept.
 */
import type { Vector } from 'apache-arrow';
import {
	boolVector,
	dictionaryUtf8Vector,
	float64Vector,
	int32Vector,
	utf8Vector
} from '../data-files/arrow-vectors';

export type VectorKind = 'string' | 'int' | 'double' | 'boolean';

function strings(values: ArrayLike<unknown>): Vector {
	return (values.length >= 64 ? dictionaryUtf8Vector(values) : null) ?? utf8Vector(values);
}

export function columnVector(values: ArrayLike<unknown>, kind: VectorKind): Vector {
	if (kind === 'string') return strings(values);
	if (kind === 'boolean') return boolVector(values);
	return kind === 'int' ? int32Vector(values) : float64Vector(values);
}
