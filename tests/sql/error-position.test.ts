/**
 * errorOffset against real DuckDB messages (Node DuckDB over the built data): the offset must land
 * on the name we know is wrong, wherever it sits: later lines, after Chinese text, in a line long
 * enough that DuckDB cuts its excerpt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { errorOffset, errorSpan } from '../../src/lib/console/error-position.ts';
import { openBuiltData } from './parquet-db.ts';

let c: DuckDBConnection;
beforeAll(async () => {
	c = await openBuiltData();
});
afterAll(() => c?.closeSync());

const messageOf = (sql: string) =>
	c.run(sql).then(
		() => {
			throw new Error(`expected ${sql} to fail`);
		},
		(e: Error) => e.message
	);

describe('errorOffset on DuckDB messages', () => {
	const cases: [string, string][] = [
		['SELECT no_such_column FROM facts', 'no_such_column'],
		['SELECT report_id,\n  year\nFROM facts\nWHERE bad_col > 1', 'bad_col'],
		["SELECT '政府信息公开工作年度报告' AS t, missing_one FROM facts", 'missing_one'],
		[
			`SELECT ${Array.from({ length: 30 }, (_, i) => `'第${i}项' AS c${i}`).join(', ')}, far_away_col FROM facts`,
			'far_away_col'
		],
		[
			`SELECT ${Array.from({ length: 40 }, (_, i) => `value AS v${i}`).join(', ')}, nope_col, year FROM facts`,
			'nope_col'
		],
		['SELECT * FROM no_such_table', 'no_such_table'],
		['SELECT first_col FROM facts;\nSELECT 2 AS two', 'first_col']
	];
	for (const [sql, wrong] of cases) {
		it(`points at ${wrong}`, async () => {
			const message = await messageOf(sql);
			expect(message).toMatch(/LINE \d+:/);
			const offset = errorOffset(message, sql);
			expect(offset).toBe(sql.indexOf(wrong));
			expect(errorSpan(sql, offset!)).toEqual({
				from: sql.indexOf(wrong),
				to: sql.indexOf(wrong) + wrong.length
			});
		});
	}

	it('is null when the message has no position', async () => {
		const message = await messageOf("SELECT error('boom')");
		expect(message).toContain('boom');
		expect(errorOffset(message, "SELECT error('boom')")).toBeNull();
		expect(errorOffset('Catalog Error: nothing here', 'SELECT 1')).toBeNull();
	});

	it('does not trust a position past the first statement (DuckDB draws it on that statement alone)', async () => {
		for (const sql of [
			'SELECT 1 AS one;\nSELECT two_col FROM facts',
			'SELECT 1 AS one; SELECT two_col FROM facts'
		]) {
			const message = await messageOf(sql);
			expect(message).toMatch(/LINE \d+:/);
			expect(errorOffset(message, sql)).toBeNull();
		}
	});
});
