/** Reads every report file of a folder (or one file) and runs the extraction engine on it. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeReportBytes } from '../../src/lib/extract/decode-bytes.ts';
import { extractReport } from '../../src/lib/extract/extract-report.ts';
import type { ExtractResult } from '../../src/lib/extract/types.ts';

export interface ReportFailure {
	file: string;
	message: string;
}

export function reportFiles(path: string): string[] {
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path)
		.filter((f) => /\.(txt|md|html?)$/i.test(f) && !/^readme/i.test(f))
		.sort()
		.map((f) => join(path, f));
}

export function reportIdOf(file: string): string {
	return basename(file).replace(/\.[^.]+$/, '');
}

/** Extracts one file; throws an Error with one clear line when the file cannot be read as text. */
export function readReport(file: string): ExtractResult {
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		throw new Error(`${file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, {
			cause: error
		});
	}
	const decoded = decodeReportBytes(new Uint8Array(bytes));
	if (!decoded.ok) throw new Error(`${file}: ${decoded.message}`);
	// A file cut inside its front matter has no region or year to file its numbers under.
	if (/^\uFEFF?---\r?\n/.test(decoded.text) && !/\r?\n---\r?\n?/.test(decoded.text.slice(3)))
		throw new Error(`${file}: the front matter is not closed (the file may be truncated)`);
	return extractReport(decoded.text, reportIdOf(file));
}
