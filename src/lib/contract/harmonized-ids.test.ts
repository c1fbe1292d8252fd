import { describe, expect, it } from 'vitest';
import { HARMONIZED_METRICS } from './derived-metrics';
import { HARMONIZED_IDS, MISSING_COLUMNS, PARTIAL_IDS } from './harmonized-ids';
import { HARMONIZED } from './table-schemas';

describe('the bare harmonized ids agree with the one spec of derived metrics', () => {
	it('lists every harmonized metric of the spec, in the spec order', () => {
		expect(HARMONIZED_IDS).toEqual(HARMONIZED_METRICS.map((m) => m.id));
	});

	it('lists exactly the metrics whose missing policy is partial, in the spec order', () => {
		expect(PARTIAL_IDS).toEqual(
			HARMONIZED_METRICS.filter((m) => m.missing === 'partial').map((m) => m.id)
		);
		expect(MISSING_COLUMNS).toEqual(PARTIAL_IDS.map((id) => `${id}_missing`));
	});

	it('gives the harmonized table a DOUBLE per metric and a VARCHAR per missing column', () => {
		for (const m of HARMONIZED_METRICS) {
			expect(HARMONIZED[m.id], m.id).toBe('DOUBLE');
			expect(HARMONIZED[`${m.id}_missing`], m.id).toBe(
				m.missing === 'partial' ? 'VARCHAR' : undefined
			);
		}
	});
});
