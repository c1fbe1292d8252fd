/** docs/data-contract.md's derived-metric tables are the spec's (`npm run docs:metrics` writes them). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DERIVED_METRICS } from '../../src/lib/contract/derived-metrics.ts';
import { DOC, withTables } from '../../scripts/derived-metrics-doc.ts';

describe('docs/data-contract.md', () => {
	it('lists every derived metric as the spec defines it (run `npm run docs:metrics` if not)', () => {
		const doc = readFileSync(DOC, 'utf8');
		expect(doc).toBe(withTables(doc));
		for (const m of DERIVED_METRICS) expect(doc).toContain(`| ${m.id} |`);
	});
});
