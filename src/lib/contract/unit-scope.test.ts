import { describe, expect, it } from 'vitest';
import { inUnitMode, UNIT_MODES } from './unit-scope';

describe('unit modes', () => {
	it('show one scope each, or every unit', () => {
		const shown = (scope: string) => UNIT_MODES.filter((m) => inUnitMode(m, scope));
		expect(shown('whole-region')).toEqual(['whole', 'all']);
		expect(shown('general-office')).toEqual(['office', 'all']);
		expect(shown('department')).toEqual(['department', 'all']);
		// A report without a scope is shown only with every unit, never as a region's own series.
		expect(shown('')).toEqual(['all']);
	});
});
