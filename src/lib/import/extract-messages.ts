/** Messages between the import page and its extraction worker (extract.worker.ts). */
import type { ExtractResult } from '../extract/types';

export interface ExtractRequest {
	id: string;
	/** A file's bytes (decoded in the worker), or */
	bytes?: ArrayBuffer;
	/** text already in hand (pasted, or a PDF's text layer). */
	text?: string;
	/** The year the reader confirmed, when it differs from what the text says. */
	year?: number;
}

export type ExtractResponse =
	| { id: string; ok: true; result: ExtractResult; encoding: string; source: string }
	| { id: string; ok: false; message: string };
