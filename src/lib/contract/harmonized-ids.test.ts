import { describe, expect, it } from 'vitest';
import * as spec from './derived-metrics';
import { HARMONIZED_IDS, MISSING_COLUMNS } from './harmonized-ids';
import { HARMONIZED } from './table-schemas';

describe('the bare harmonized column names agree with the one spec of derived metrics', () => {
	it('list every harmonized metric of the spec, in the spec order', () => {
		expect(HARMONIZED_IDS).toEqual(spec.HARMONIZED_METRICS.map((m) => m.id));
		expect(HARMONIZED_IDS).toEqual(spec.HARMONIZED_IDS);
	});

	it('list a missing column for exactly the metrics whose missing policy is partial', () => {
		expect(MISSING_COLUMNS).toEqual(
			spec.HARMONIZED_METRICS.filter((m) => m.missing === 'partial').map((m) =>
				spec.missingColumn(m.id)
			)
		);
		expect(MISSING_COLUMNS).toEqual(spec.MISSING_COLUMNS);
	});

	it('give the harmonized table a DOUBLE per metric and a VARCHAR per missing column', () => {
		const columns: Readonly<Record<string, string>> = HARMONIZED;
		for (const m of spec.HARMONIZED_METRICS) {
			expect(columns[m.id], m.id).toBe('DOUBLE');
			expect(columns[spec.missingColumn(m.id)], m.id).toBe(
				m.missing === 'partial' ? 'VARCHAR' : undefined
			);
		}
	});
});
