/** The schema check against the real built files, and kept in step with the data build's schemas. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLE_SCHEMAS } from '../contract/table-schemas';
import { decodeParquet } from './decode-parquet';
import { EXPECTED_SCHEMAS, schemaProblem } from './expected-schemas';

const DATA = resolve(import.meta.dirname, '..', '..', '..', 'static', 'data');
const read = (name: string) => {
	const b = readFileSync(resolve(DATA, `${name}.parquet`));
	return decodeParquet(name, b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
};
describe('expected schemas', () => {
	it('are the contract tables, and the real build writes exactly those columns in that order', async () => {
		expect(Object.keys(EXPECTED_SCHEMAS)).toEqual(Object.keys(TABLE_SCHEMAS));
		for (const [name, columns] of Object.entries(TABLE_SCHEMAS)) {
			const file = await read(name);
			expect(
				file.columns.map((c) => c.name),
				name
			).toEqual(Object.keys(columns));
			expect(EXPECTED_SCHEMAS[name], name).toEqual(
				Object.fromEntries(file.columns.map((c) => [c.name, c.kind]))
			);
		}
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
