import { describe, expect, it } from 'vitest';
import type { DecodedTable } from '../data-files/decode-parquet';
import type { ImportRecord } from './import-record';
import { mergeImported } from './imported-tables';

const record = (id: string, region: string | null): ImportRecord =>
	({
		report_id: id,
		added: '2026-01-01T00:00:00Z',
		origin: 'pasted text',
		report: { report_id: id, region_id: region ?? 'imported-abc', year: 2021, unit: 'u' },
		newRegion: region
			? null
			: {
					region_id: 'imported-abc',
					name_zh: '新区',
					name_en: 'Xinqu',
					level: '',
					province: '',
					parent_id: ''
				},
		facts: [{ report_id: id, metric: 'requests_new', applicant: 'total', value: 5, extra: 1 }],
		checks: [],
		warnings: [],
		harmonized: [],
		corrections: [],
		text: ''
	}) as unknown as ImportRecord;

const table = (name: string, columns: string[], rows: Record<string, unknown>[]): DecodedTable => ({
	name,
	columns: columns.map((c) => ({ name: c, kind: 'string' })),
	rows,
	bytes: 0
});

describe('mergeImported', () => {
	it("appends imported rows in the table's own columns, marked imported", () => {
		const facts = table(
			'facts',
			['report_id', 'metric', 'applicant', 'value', 'imported'],
			[{ report_id: 'ours', metric: 'requests_new', applicant: 'total', value: 1, imported: false }]
		);
		const merged = mergeImported(facts, [record('imported:1', '350128')]);
		expect(merged.rows).toEqual([
			{ report_id: 'ours', metric: 'requests_new', applicant: 'total', value: 1, imported: false },
			{
				report_id: 'imported:1',
				metric: 'requests_new',
				applicant: 'total',
				value: 5,
				imported: true
			}
		]);
	});

	it('adds a new region once, however many imports name it', () => {
		const regions = table('regions', ['region_id', 'name_zh', 'name_en'], []);
		const merged = mergeImported(regions, [record('imported:1', null), record('imported:2', null)]);
		expect(merged.rows).toEqual([{ region_id: 'imported-abc', name_zh: '新区', name_en: 'Xinqu' }]);
	});

	it('leaves a table without imports as it is', () => {
		const metrics = table('metrics', ['metric'], [{ metric: 'a' }]);
		expect(mergeImported(metrics, [record('imported:1', '350128')])).toBe(metrics);
		const facts = table('facts', ['metric'], [{ metric: 'a' }]);
		expect(mergeImported(facts, [])).toBe(facts);
	});
});
