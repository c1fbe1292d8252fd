/**
 * One of our tables read from static/data on disk and decoded with the browser's decoder (Node
 * only: the prerendered pages' server loads compute their charts when the site is built).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { TableRowTypes } from '../contract/rows';
import type { TableName } from '../contract/table-schemas';
import { decodeTable } from './decode-table';

export async function readTable<N extends TableName>(name: N): Promise<TableRowTypes[N][]> {
	const bytes = await readFile(resolve('static', 'data', `${name}.parquet`));
	const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
	return (await decodeTable(name, buffer as ArrayBuffer)).rows;
}
