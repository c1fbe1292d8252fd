/**
 * The full result of a query as a Parquet file, written in JavaScript (hyparquet-writer, loaded on
 * the click that needs it): the engine may not write files. Each column is written in the Parquet
 * type of its Arrow type, from the raw values (cell-value.ts): integers (BIGINT exact, UBIGINT as
 * UINT_64), floats with NaN and ±Infinity, booleans, strings, BLOB as bytes, DATE as DATE,
 * TIMESTAMP as microseconds (UTC-adjusted only for TIMESTAMPTZ), TIME as TIME_MICROS; INTERVAL as
 * its text, and nested values (lists, structs, maps) as JSON.
 */
import { Type, type DataType, type Table } from 'apache-arrow';
import type { ColumnSource } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet';
import { columnReader, toMicros } from './cell-value';
import { plainValue } from './format-cell';

type Kind =
	| 'INT32'
	| 'INT64'
	| 'UINT64'
	| 'DOUBLE'
	| 'BOOLEAN'
	| 'STRING'
	| 'BYTE_ARRAY'
	| 'DATE'
	| 'TIMESTAMP'
	| 'TIME'
	| 'TEXT'
	| 'JSON';

export function parquetKind(type: DataType): Kind {
	// Arrow reports the base type id (Int, Float, Date, Timestamp…); widths are properties.
	switch (type.typeId) {
		case Type.Int: {
			const { bitWidth, isSigned } = type as DataType & { bitWidth: number; isSigned: boolean };
			if (bitWidth < 32 || (bitWidth === 32 && isSigned)) return 'INT32';
			return bitWidth === 64 && !isSigned ? 'UINT64' : 'INT64';
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
			return 'DATE';
		case Type.Timestamp:
			return 'TIMESTAMP';
		case Type.Time:
			return 'TIME';
		case Type.Interval:
			return 'TEXT';
		default:
			return 'JSON';
	}
}

function element(name: string, kind: Kind, type: DataType): SchemaElement {
	const repetition_type = 'OPTIONAL';
	switch (kind) {
		case 'INT32':
		case 'INT64':
		case 'DOUBLE':
		case 'BOOLEAN':
		case 'BYTE_ARRAY':
			return { name, type: kind, repetition_type };
		case 'UINT64':
			return { name, type: 'INT64', converted_type: 'UINT_64', repetition_type };
		case 'STRING':
		case 'TEXT':
			return { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type };
		case 'JSON':
			return { name, type: 'BYTE_ARRAY', converted_type: 'JSON', repetition_type };
		case 'DATE':
			return { name, type: 'INT32', converted_type: 'DATE', repetition_type };
		case 'TIME':
			return { name, type: 'INT64', converted_type: 'TIME_MICROS', repetition_type };
		case 'TIMESTAMP': {
			const utc = !!(type as DataType & { timezone: string | null }).timezone;
			return {
				name,
				type: 'INT64',
				repetition_type,
				logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: utc, unit: 'MICROS' }
			};
		}
	}
}

/** One column's values as hyparquet-writer writes them for `kind`. */
function columnData(table: Table, j: number, kind: Kind): unknown[] {
	const vector = table.getChildAt(j);
	const type = table.schema.fields[j]!.type;
	const n = table.numRows;
	const data: unknown[] = new Array(n);
	// Temporal columns from their raw storage; everything else as the grid reads it.
	const raw = (i: number): bigint | null => {
		if (!vector?.isValid(i)) return null;
		let k = i;
		for (const d of vector.data) {
			if (k < d.length) {
				const v = d.values[k] as number | bigint;
				return typeof v === 'bigint' ? v : BigInt(v);
			}
			k -= d.length;
		}
		return null;
	};
	const read = columnReader(vector, type);
	const unit = (type as DataType & { unit?: number }).unit ?? 0;
	for (let i = 0; i < n; i++) {
		if (kind === 'DATE') {
			const r = raw(i);
			// DateDay stores days, DateMillisecond milliseconds.
			data[i] = r === null ? null : unit === 0 ? Number(r) : Math.floor(Number(r) / 86_400_000);
			continue;
		}
		if (kind === 'TIMESTAMP' || kind === 'TIME') {
			const r = raw(i);
			data[i] = r === null ? null : toMicros(r, unit);
			continue;
		}
		const v = read(i);
		if (v === null || v === undefined) {
			data[i] = null;
			continue;
		}
		switch (kind) {
			case 'INT64':
				data[i] = typeof v === 'bigint' ? v : BigInt(Math.trunc(Number(v)));
				break;
			case 'UINT64':
				data[i] = BigInt.asIntN(64, typeof v === 'bigint' ? v : BigInt(Number(v)));
				break;
			case 'INT32':
			case 'DOUBLE':
				data[i] = Number(v);
				break;
			case 'BOOLEAN':
				data[i] = Boolean(v);
				break;
			case 'STRING':
			case 'TEXT':
				data[i] = String(v);
				break;
			case 'BYTE_ARRAY':
				data[i] = v instanceof Uint8Array ? v : new TextEncoder().encode(String(v));
				break;
			default:
				data[i] = plainValue(v);
		}
	}
	return data;
}

/** The result's columns as hyparquet-writer wants them, with their Parquet schema. */
export function parquetColumns(table: Table): { columns: ColumnSource[]; schema: SchemaElement[] } {
	const fields = table.schema.fields;
	const kinds = fields.map((f) => parquetKind(f.type));
	return {
		columns: fields.map((f, j) => ({
			name: f.name,
			data: columnData(table, j, kinds[j]!),
			nullable: true
		})),
		schema: [
			{ name: 'root', num_children: fields.length },
			...fields.map((f, j) => element(f.name, kinds[j]!, f.type))
		]
	};
}

export async function resultToParquet(table: Table): Promise<ArrayBuffer> {
	const { parquetWriteBuffer } = await import('hyparquet-writer');
	const { columns, schema } = parquetColumns(table);
	return parquetWriteBuffer({ columnData: columns, schema });
}
