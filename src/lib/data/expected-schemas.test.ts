/** The schema check against the real built files, and kept in step with the data build's schemas. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as BUILD from '../../../scripts/data/schemas.ts';
import { HARMONIZED_METRICS } from '../sql/harmonized';
import { decodeParquet } from './decode-parquet';
import { EXPECTED_SCHEMAS, HARMONIZED_COLUMNS, schemaProblem } from './expected-schemas';

const DATA = resolve(import.meta.dirname, '..', '..', '..', 'static', 'data');
const read = (name: string) => {
	const b = readFileSync(resolve(DATA, `${name}.parquet`));
	return decodeParquet(name, b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
};
const KIND: Record<string, string> = {
	VARCHAR: 'string',
	INTEGER: 'int',
	DOUBLE: 'double',
	BOOLEAN: 'boolean'
};

describe('expected schemas', () => {
	it('list the harmonized metrics of the engine SQL', () => {
		expect([...HARMONIZED_COLUMNS]).toEqual([...HARMONIZED_METRICS]);
	});

	it('match the schemas the data build writes', () => {
		const build: Record<string, Record<string, string>> = {
			reports: BUILD.REPORTS,
			facts: BUILD.FACTS,
			checks: BUILD.CHECKS,
			warnings: BUILD.WARNINGS,
			regions: BUILD.REGIONS,
			metrics: BUILD.METRICS
		};
		for (const [name, columns] of Object.entries(build))
			expect(EXPECTED_SCHEMAS[name], name).toEqual(
				Object.fromEntries(Object.entries(columns).map(([c, t]) => [c, KIND[t]]))
			);
	});

	it('accept every file of the real build', async () => {
		for (const name of Object.keys(EXPECTED_SCHEMAS))
			expect(schemaProblem(await read(name)), name).toBeNull();
	});

	it('name the missing columns when one file is served for another', async () => {
		const regions = await read('regions');
		const problem = schemaProblem({ ...regions, name: 'checks' });
		expect(problem?.file).toBe('checks.parquet');
		expect(problem?.kind).toBe('schema');
		expect(problem?.detail).toContain('missing columns report_id, check, applicant, status');
	});

	it('name a column of the wrong kind', async () => {
		const facts = await read('facts');
		const columns = facts.columns.map((c) =>
			c.name === 'value' ? { ...c, kind: 'string' as const } : c
		);
		expect(schemaProblem({ ...facts, columns })?.detail).toBe(
			'unexpected schema: value is string, expected double'
		);
	});
});
