/**
 * Decodes a Parquet file in the browser with hyparquet (no DuckDB extension, no CDN): the chart-first
 * path draws from these columns, and the engine loads the same columns as Arrow tables.
 */
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';

export type ColumnKind = 'string' | 'int' | 'double' | 'boolean';

/** A decoded file; `R`, the type of its rows, once its columns are checked (decode-table.ts). */
export interface DecodedTable<R extends object = Record<string, unknown>> {
	name: string;
	columns: { name: string; kind: ColumnKind }[];
	rows: R[];
	bytes: number;
}

function kindOf(
	type: string | undefined,
	converted: string | undefined,
	logical: string | undefined
): ColumnKind {
	if (type === 'BOOLEAN') return 'boolean';
	if (type === 'INT32' || type === 'INT64') return 'int';
	if (type === 'DOUBLE' || type === 'FLOAT') return 'double';
	if (type === 'BYTE_ARRAY' && (converted === 'UTF8' || logical === 'STRING' || !converted))
		return 'string';
	return 'string';
}

export class ParquetDecodeError extends Error {
	constructor(
		readonly file: string,
		reason: string
	) {
		super(`${file}: ${reason}`);
	}
}

export async function decodeParquet(name: string, buffer: ArrayBuffer): Promise<DecodedTable> {
	let metadata;
	try {
		metadata = parquetMetadata(buffer);
	} catch (error) {
		throw new ParquetDecodeError(
			`${name}.parquet`,
			`not a readable Parquet file (${(error as Error).message})`
		);
	}
	const schema = parquetSchema(metadata);
	const columns = schema.children.map((c) => ({
		name: c.element.name,
		kind: kindOf(c.element.type, c.element.converted_type, c.element.logical_type?.type)
	}));
	let rows: Record<string, unknown>[];
	try {
		rows = (await parquetReadObjects({ file: buffer, metadata })) as Record<string, unknown>[];
	} catch (error) {
		throw new ParquetDecodeError(
			`${name}.parquet`,
			`data pages cannot be decoded (${(error as Error).message})`
		);
	}
	return { name, columns, rows, bytes: buffer.byteLength };
}
