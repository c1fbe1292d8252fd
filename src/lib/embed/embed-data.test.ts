import { describe, expect, it } from 'vitest';
import { needsFacts } from './embed-data';

describe('which embeds need facts.parquet', () => {
	it('harmonized metrics and rates draw without the facts', () => {
		expect(needsFacts('trend', 'h_requests')).toBe(false);
		expect(needsFacts('compare', 'grant_rate')).toBe(false);
	});

	it('raw metrics and the handling chart need them', () => {
		expect(needsFacts('trend', 'requests_new')).toBe(true);
		expect(needsFacts('handling', 'h_requests')).toBe(true);
	});
});
