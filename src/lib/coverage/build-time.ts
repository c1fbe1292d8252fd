/**
 * The coverage table, computed when the site is built (Node only: imported by the prerendered
 * server load) from static/data's reports and regions, with the decoder the browser uses.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeParquet } from '../data/decode-parquet';
import {
	coverageOf,
	type Coverage,
	type CoverageRegion,
	type CoverageReport
} from './coverage-data';

async function rows(name: string): Promise<Record<string, unknown>[]> {
	const bytes = await readFile(resolve('static', 'data', `${name}.parquet`));
	const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
	return (await decodeParquet(name, buffer as ArrayBuffer)).rows;
}

export async function buildCoverage(): Promise<Coverage> {
	const [reports, regions] = await Promise.all([rows('reports'), rows('regions')]);
	return coverageOf(reports as unknown as CoverageReport[], regions as unknown as CoverageRegion[]);
}
