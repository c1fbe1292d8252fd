/**
 * A file the reader drops on the console, checked before the engine reads it: an empty file, a
 * binary one (a `.txt` that is not text), one over 200 MB or a `.parquet` that is not Parquet is
 * refused with its reason. The engine itself reads a CSV (`uploadSql`: DuckDB's `read_csv` with
 * its type sniffing, so 010 stays VARCHAR and 3000000000 is BIGINT) from the one directory the
 * locked engine may read (`UPLOAD_DIR`, see src/lib/engine/base-db.ts). DuckDB-WASM's build has no
 * Parquet reader (the extension would be downloaded), so Parquet goes through parquet-upload.ts.
 * Pure apart from reading the file's first bytes.
 */
import { UPLOAD_DIR } from './base-db';

export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
const SAMPLE_BYTES = 64 * 1024;

export type UploadKind = 'csv' | 'parquet';
export type RefusalReason = 'empty' | 'binary' | 'too_large' | 'not_parquet';

export class UploadRefused extends Error {
	constructor(
		readonly reason: RefusalReason,
		readonly file: string
	) {
		super(`${file}: ${reason}`);
		this.name = 'UploadRefused';
	}
}

/**
 * Text has no NUL bytes and few control characters; a binary file has both. (A UTF-16 file has
 * NULs too: DuckDB's read_csv reads UTF-8, so it is refused here rather than read as garbage.)
 */
export function looksBinary(bytes: Uint8Array): boolean {
	if (!bytes.length) return false;
	let control = 0;
	for (const b of bytes) {
		if (b === 0) return true;
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
	}
	return control / bytes.length > 0.05;
}

const isParquetMagic = (b: Uint8Array) =>
	b.length >= 4 && b[0] === 0x50 && b[1] === 0x41 && b[2] === 0x52 && b[3] === 0x31;

/** What the engine should read the file as, given its name and first bytes; refusals throw. */
export function uploadKind(name: string, size: number, head: Uint8Array): UploadKind {
	if (size === 0) throw new UploadRefused('empty', name);
	if (size > MAX_UPLOAD_BYTES) throw new UploadRefused('too_large', name);
	const parquetName = /\.parquet$/i.test(name);
	if (isParquetMagic(head)) return 'parquet';
	if (parquetName) throw new UploadRefused('not_parquet', name);
	if (looksBinary(head)) throw new UploadRefused('binary', name);
	return 'csv';
}

export async function checkUpload(file: File): Promise<UploadKind> {
	const head = new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
	return uploadKind(file.name, file.size, head);
}

/** Where the n-th upload is registered in the engine's file system. */
export const uploadPath = (n: number, kind: UploadKind) =>
	`${UPLOAD_DIR}upload-${n}.${kind === 'parquet' ? 'parquet' : 'csv'}`;

const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The statement that makes the table `name` (in the in-memory database) from a registered upload. */
export function uploadSql(name: string, path: string, kind: UploadKind): string {
	const read = kind === 'parquet' ? `read_parquet('${path}')` : `read_csv('${path}')`;
	return `CREATE OR REPLACE TABLE memory.main.${quoteName(name)} AS SELECT * FROM ${read}`;
}

/** The table name for a dropped file: its name in lower-case letters, digits and _, not taken. */
export function tableNameFor(fileName: string, taken: readonly string[]): string {
	let base =
		fileName
			.replace(/\.[^.]*$/, '')
			.toLowerCase()
			.replace(/[^a-z0-9_]+/g, '_')
			.replace(/^_+|_+$/g, '') || 'upload';
	if (/^\d/.test(base)) base = `t_${base}`;
	let name = base;
	for (let n = 2; taken.includes(name); n++) name = `${base}_${n}`;
	return name;
}
