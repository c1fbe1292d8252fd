/**
 * Messages between the page and the Parquet decoding worker (parquet-decode.worker.ts). The page
 * opens a file (the worker reads its footer over a range request), then asks for one row group at
 * a time and gets it back as an Arrow IPC stream, its buffer transferred (not copied); or it asks
 * for the rows matching a filter, as objects (`rows`). A failure
 * comes back as the data-file error model's kind and detail (data-file-error.ts).
 */
import type { DataFileErrorKind } from '../data-files/data-file-error';

export type DecodeRequest =
	| {
			id: number;
			type: 'open';
			/** a handle the page chose for this file */
			handle: number;
			url: string;
			byteLength?: number;
			/** the columns to read; every column when omitted */
			columns?: string[];
	  }
	| { id: number; type: 'group'; handle: number; group: number }
	| { id: number; type: 'close'; handle: number }
	| {
			id: number;
			type: 'rows';
			url: string;
			columns: string[];
			/** rows whose `column` is one of `values`; row groups whose statistics exclude them are skipped */
			where: { column: string; values: string[] };
	  };

/** Rows as objects (the explorer's facts of the regions on screen), cloned to the page. */
export interface DecodedRows {
	rows: Record<string, unknown>[];
}

export interface OpenedFile {
	rowGroups: number;
	columns: string[];
}

export interface DecodedGroup {
	/** Arrow IPC stream of the row group's columns */
	ipc: Uint8Array;
	rows: number;
	/** bytes fetched for this file so far (footer included) */
	fetched: number;
	/** time spent decoding and building the IPC buffer, in the worker */
	decodeMs: number;
}

export type DecodeResponse =
	| { id: number; ok: true; value: OpenedFile | DecodedGroup | DecodedRows | null }
	| { id: number; ok: false; kind: DataFileErrorKind; detail: string };
