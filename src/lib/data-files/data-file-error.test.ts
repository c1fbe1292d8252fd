import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parquetEnvelopeProblem } from './data-file-error';

const facts = new Uint8Array(
	readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'static', 'data', 'facts.parquet'))
);

describe('parquetEnvelopeProblem', () => {
	it('accepts a whole Parquet file', () => {
		expect(parquetEnvelopeProblem('facts.parquet', facts, facts.length)).toBeNull();
		expect(parquetEnvelopeProblem('facts.parquet', facts, null)).toBeNull();
	});

	it('calls a file cut short truncated, with or without an announced length', () => {
		const half = facts.slice(0, facts.length >> 1);
		expect(parquetEnvelopeProblem('facts.parquet', half, facts.length)?.detail).toBe(
			`received ${half.length} of ${facts.length} bytes`
		);
		expect(parquetEnvelopeProblem('facts.parquet', half, null)?.kind).toBe('truncated');
		expect(parquetEnvelopeProblem('facts.parquet', new Uint8Array(0), null)?.kind).toBe(
			'truncated'
		);
	});

	it('calls bytes that are not Parquet corrupt, and recognizes a web page', () => {
		const html = new TextEncoder().encode('<!doctype html><html></html>');
		expect(parquetEnvelopeProblem('checks.parquet', html, null)?.detail).toContain('web page');
		const junk = facts.map((b, i) => (i < 4 ? 0 : b));
		expect(parquetEnvelopeProblem('checks.parquet', junk, null)?.kind).toBe('corrupt');
	});
});
