import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingDataFiles, missingDataMessage } from '../../scripts/data/require-built-data.ts';

const built = resolve(import.meta.dirname, '../../static/data');
const scratch = mkdtempSync(join(tmpdir(), 'ogi-data-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the build’s check for the data files', () => {
	it('names every missing file and says to run npm run data', () => {
		const empty = join(scratch, 'empty');
		expect(missingDataFiles(empty)).toEqual([
			'reports.parquet',
			'facts.parquet',
			'checks.parquet',
			'warnings.parquet',
			'regions.parquet',
			'report_regions.parquet',
			'metrics.parquet',
			'harmonized.parquet',
			'atlas.duckdb',
			'texts'
		]);
		const message = missingDataMessage(empty, scratch)!;
		expect(message).toMatch(/^The data is not built \(empty lacks reports\.parquet, .*texts\): /);
		expect(message).toContain('run `npm run data` first');
	});

	it('finds one file missing among the built ones, and nothing missing after npm run data', () => {
		// the SQL and build tests run `npm run data` first (npm run test:unit)
		expect(missingDataFiles(built)).toEqual([]);
		expect(missingDataMessage(built)).toBeNull();
		const partial = join(scratch, 'partial');
		cpSync(built, partial, { recursive: true });
		rmSync(join(partial, 'harmonized.parquet'));
		expect(missingDataFiles(partial)).toEqual(['harmonized.parquet']);
	});
});
