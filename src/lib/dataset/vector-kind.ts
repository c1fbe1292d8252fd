/** The Arrow vector kind (column-vectors.ts) for a Parquet physical type. */
import type { VectorKind } from './column-vectors';

export type { VectorKind };

export function vectorKind(type: string | undefined): VectorKind {
	if (type === 'BOOLEAN') return 'boolean';
	if (type === 'INT32' || type === 'INT64') return 'int';
	if (type === 'DOUBLE' || type === 'FLOAT') return 'double';
	return 'string';
}
