/**
 * The full result of a query as a Parquet file, written in JavaScript (hyparquet-writer, loaded on
 * the click that needs it): the engine may not write files. Column types follow the Arrow types:
 * integers, floats, booleans, strings, binary and timestamps keep their kind; dates become
 * timestamps (midnight UTC); nested values (lists, structs, maps) and anything else become JSON text.
 */
import { Type, type DataType, type Table } from 'apache-arrow';
import type { ColumnSource } from 'hyparquet-writer';
import { plainValue } from './format-cell';

type Kind =
	'INT32' | 'INT64' | 'DOUBLE' | 'BOOLEAN' | 'STRING' | 'BYTE_ARRAY' | 'TIMESTAMP' | 'JSON';

export function parquetKind(type: DataType): Kind {
	// Arrow reports the base type id (Int, Float, Date, Timestamp…); widths are properties.
	switch (type.typeId) {
		case Type.Int: {
			const { bitWidth, isSigned } = type as DataType & { bitWidth: number; isSigned: boolean };
			return bitWidth < 32 || (bitWidth === 32 && isSigned) ? 'INT32' : 'INT64';
		}
		case Type.Float:
		case Type.Decimal:
			return 'DOUBLE';
		case Type.Bool:
			return 'BOOLEAN';
		case Type.Utf8:
		case Type.LargeUtf8:
			return 'STRING';
		case Type.Binary:
		case Type.LargeBinary:
		case Type.FixedSizeBinary:
			return 'BYTE_ARRAY';
		case Type.Date:
		case Type.Timestamp:
			return 'TIMESTAMP';
		default:
			return 'JSON';
	}
}

function convert(kind: Kind, value: unknown): unknown {
	if (value === null || value === undefined) return null;
	switch (kind) {
		case 'INT64':
			return typeof value === 'bigint' ? value : BigInt(Math.trunc(Number(value)));
		case 'INT32':
		case 'DOUBLE':
			return Number(value);
		case 'BOOLEAN':
			return Boolean(value);
		case 'STRING':
			return String(value);
		case 'BYTE_ARRAY':
			return value instanceof Uint8Array ? value : new TextEncoder().encode(String(value));
		case 'TIMESTAMP':
			return value instanceof Date ? value : new Date(Number(value));
		case 'JSON':
			return JSON.stringify(plainValue(value));
	}
}

/** The result's columns as hyparquet-writer wants them: every row, converted by column type. */
export function parquetColumns(table: Table): ColumnSource[] {
	return table.schema.fields.map((field, j) => {
		const kind = parquetKind(field.type);
		const vector = table.getChildAt(j);
		const data: unknown[] = new Array(table.numRows);
		for (let i = 0; i < table.numRows; i++) data[i] = convert(kind, vector?.get(i));
		return { name: field.name, data, type: kind, nullable: true };
	});
}

export async function resultToParquet(table: Table): Promise<ArrayBuffer> {
	const { parquetWriteBuffer } = await import('hyparquet-writer');
	return parquetWriteBuffer({ columnData: parquetColumns(table) });
}
