import { describe, expect, it } from 'vitest';
import { METRIC_DICTIONARY as METRICS } from '$lib/contract/metric-definitions';
import { groupColumns, searchMetrics, sqlName } from './schema';

describe('schema browser data', () => {
	it('groups columns by table in order', () => {
		expect(
			groupColumns([
				{ table_name: 'a', column_name: 'x', data_type: 'INTEGER' },
				{ table_name: 'a', column_name: 'y', data_type: 'VARCHAR' },
				{ table_name: 'b', column_name: 'z', data_type: 'DOUBLE' }
			])
		).toEqual([
			{
				name: 'a',
				columns: [
					{ name: 'x', type: 'INTEGER' },
					{ name: 'y', type: 'VARCHAR' }
				]
			},
			{ name: 'b', columns: [{ name: 'z', type: 'DOUBLE' }] }
		]);
	});

	it('finds metrics in both languages', () => {
		const zh = searchMetrics(METRICS, METRICS[0]!.label_zh);
		expect(zh.map((m) => m.metric)).toContain(METRICS[0]!.metric);
		const en = searchMetrics(METRICS, METRICS[0]!.label_en.toUpperCase());
		expect(en.map((m) => m.metric)).toContain(METRICS[0]!.metric);
		expect(searchMetrics(METRICS, 'zzzz-no-such')).toEqual([]);
	});

	it('quotes names that need it', () => {
		expect(sqlName('facts')).toBe('facts');
		expect(sqlName('check')).toBe('"check"');
		expect(sqlName('A b')).toBe('"A b"');
	});
});
