import { describe, expect, it } from 'vitest';
import { METRIC_DICTIONARY as METRICS } from '../contract/metric-definitions';
import {
	groupColumns,
	importedCountsSql,
	searchMetrics,
	sqlName,
	withImportedCounts
} from './schema';

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

	it('lists a name once, as DuckDB resolves it, with the imported rows behind it as part of it', () => {
		const col = (table_catalog: string, table_name: string, column_name: string) => ({
			table_catalog,
			table_name,
			column_name,
			data_type: 'VARCHAR'
		});
		const tables = groupColumns([
			col('atlas', 'facts', 'metric'),
			col('temp', 'facts', 'metric'),
			col('memory', 'imported_facts', 'metric'),
			col('atlas', 'metrics', 'metric'),
			// A reader's own dropped file keeps its name, even one that looks like ours.
			col('memory', 'imported_notes', 'x')
		]);
		expect(tables).toEqual([
			{ name: 'facts', columns: [{ name: 'metric', type: 'VARCHAR' }], overlay: 'imported_facts' },
			{ name: 'metrics', columns: [{ name: 'metric', type: 'VARCHAR' }] },
			{ name: 'imported_notes', columns: [{ name: 'x', type: 'VARCHAR' }] }
		]);
		expect(importedCountsSql(tables)).toBe(
			"SELECT 'facts' AS table_name, count(*) AS n FROM memory.main.imported_facts"
		);
		expect(importedCountsSql(tables.slice(1))).toBeNull();
		expect(withImportedCounts(tables, [{ table_name: 'facts', n: 200n }])[0]!.imported).toBe(200);
	});
});
