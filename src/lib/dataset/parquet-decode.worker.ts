/**
 * Decodes Parquet off the main thread: hyparquet reads a file's row groups over HTTP range
 * requests (only the columns asked for), each row group becomes Arrow vectors built from buffers
 * (column-vectors.ts: apache-arrow's builders need `new Function`, which the CSP refuses) and one
 * Arrow IPC stream, whose buffer is transferred to the page. The page hands it to DuckDB without
 * touching the rows, so the page's main thread stays free for the charts and filter changes. The
 * explorer's facts of the regions on screen are read here too (`rows`), as objects.
 */
import { Table, tableToIPC, type Vector } from 'apache-arrow';
import {
	parquetMetadataAsync,
	parquetRead,
	parquetReadObjects,
	parquetSchema,
	type FileMetaData
} from 'hyparquet';
import { columnVector } from './column-vectors';
import { countingBuffer, type CountingBuffer } from './counting-buffer';
import { decodeFailure } from './decode-failure';
import type {
	DecodeRequest,
	DecodeResponse,
	DecodedGroup,
	DecodedRows,
	OpenedFile
} from './parquet-decode-messages';
import { vectorKind, type VectorKind } from './vector-kind';

interface Open {
	file: CountingBuffer;
	metadata: FileMetaData;
	columns: string[];
	kinds: Map<string, VectorKind>;
	/** first row of each row group */
	starts: number[];
}

const files = new Map<number, Open>();

async function open(request: Extract<DecodeRequest, { type: 'open' }>): Promise<OpenedFile> {
	const file = await countingBuffer(request.url, request.byteLength);
	const metadata = await parquetMetadataAsync(file.buffer);
	const schema = parquetSchema(metadata).children;
	const kinds = new Map(schema.map((c) => [c.element.name, vectorKind(c.element.type)]));
	const columns = request.columns ?? schema.map((c) => c.element.name);
	const unknown = columns.filter((c) => !kinds.has(c));
	if (unknown.length) throw new Error(`schema: no column ${unknown.join(', ')}`);
	const starts: number[] = [];
	let at = 0;
	for (const group of metadata.row_groups) {
		starts.push(at);
		at += Number(group.num_rows);
	}
	files.set(request.handle, { file, metadata, columns, kinds, starts });
	return { rowGroups: metadata.row_groups.length, columns };
}

async function group(handle: number, index: number): Promise<DecodedGroup> {
	const f = files.get(handle);
	if (!f) throw new Error('the file is not open');
	const t0 = performance.now();
	const start = f.starts[index] ?? 0;
	const end = start + Number(f.metadata.row_groups[index]?.num_rows ?? 0);
	const parts = new Map<string, { at: number; data: ArrayLike<unknown> }[]>();
	if (end > start)
		await parquetRead({
			file: f.file.buffer,
			metadata: f.metadata,
			columns: f.columns,
			rowStart: start,
			rowEnd: end,
			onChunk: (c) => {
				const list = parts.get(c.columnName) ?? [];
				list.push({ at: c.rowStart, data: c.columnData });
				parts.set(c.columnName, list);
			}
		});
	const vectors: Record<string, Vector> = {};
	for (const name of f.columns) {
		const list = (parts.get(name) ?? []).sort((a, b) => a.at - b.at);
		const data: ArrayLike<unknown> =
			list.length === 1 ? list[0]!.data : list.flatMap((p) => Array.from(p.data));
		vectors[name] = columnVector(data, f.kinds.get(name) ?? 'string');
	}
	const ipc = tableToIPC(new Table(vectors), 'stream');
	return { ipc, rows: end - start, fetched: f.file.fetched(), decodeMs: performance.now() - t0 };
}

/** Files read with `rows`, footer read once per URL. */
const rowFiles = new Map<string, Promise<{ file: CountingBuffer; metadata: FileMetaData }>>();

async function rows(request: Extract<DecodeRequest, { type: 'rows' }>): Promise<DecodedRows> {
	let opened = rowFiles.get(request.url);
	if (!opened) {
		opened = countingBuffer(request.url).then(async (file) => ({
			file,
			metadata: await parquetMetadataAsync(file.buffer)
		}));
		rowFiles.set(request.url, opened);
		opened.catch(() => rowFiles.delete(request.url));
	}
	const { file, metadata } = await opened;
	const found = (await parquetReadObjects({
		file: file.buffer,
		metadata,
		columns: request.columns,
		filter: { [request.where.column]: { $in: request.where.values } }
	})) as Record<string, unknown>[];
	return { rows: found };
}

async function answer(
	request: DecodeRequest
): Promise<OpenedFile | DecodedGroup | DecodedRows | null> {
	if (request.type === 'open') return open(request);
	if (request.type === 'rows') return rows(request);
	if (request.type === 'group') return group(request.handle, request.group);
	files.delete(request.handle);
	return null;
}

self.onmessage = async (event: MessageEvent<DecodeRequest>) => {
	const request = event.data;
	let response: DecodeResponse;
	try {
		response = { id: request.id, ok: true, value: await answer(request) };
	} catch (error) {
		response = { id: request.id, ok: false, ...decodeFailure(error) };
	}
	const value = response.ok ? response.value : null;
	const transfer = value && 'ipc' in value ? [value.ipc.buffer as ArrayBuffer] : [];
	// Rows (objects) are cloned, not transferred.
	self.postMessage(response, { transfer });
};
