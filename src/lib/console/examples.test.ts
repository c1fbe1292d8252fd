import { describe, expect, it } from 'vitest';
import { harmonizedSelect } from '../sql/harmonized';
import { openBuiltData, rows } from '../../../tests/sql/parquet-db';
import { EXAMPLES } from './examples';

describe('example queries on the built data', () => {
	it('each runs without error and has a description in both languages', async () => {
		const c = await openBuiltData();
		await c.run(`CREATE VIEW harmonized AS ${harmonizedSelect()}`);
		for (const ex of EXAMPLES) {
			expect(ex.zh.length).toBeGreaterThan(0);
			expect(ex.en.length).toBeGreaterThan(0);
			const result = await rows(c, ex.sql);
			expect(Array.isArray(result), ex.id).toBe(true);
		}
		const grant = await rows(c, EXAMPLES.find((e) => e.id === 'grant_rate')!.sql);
		expect(grant.length).toBeGreaterThan(0);
		const denial = await rows(c, EXAMPLES.find((e) => e.id === 'denial_reasons')!.sql);
		expect(denial.length).toBeGreaterThan(0);
		expect(String(denial[0]!.metric)).toMatch(/^denied_/);
	});
});
