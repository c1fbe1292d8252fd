import { describe, expect, it } from 'vitest';
import { choosePartitions, planSql } from './partition-plan';

const COLUMNS = [
	'report_id',
	'region_id',
	'year',
	'metric',
	'applicant',
	'value',
	'raw',
	'province_code'
];
const parts = ['11', '35', '44'].flatMap((p) =>
	[2019, 2020].map((year) => ({ path: `${p}/${year}`, province_code: p, year, rows: 1, bytes: 1 }))
);
const paths = (sql: string) => choosePartitions(parts, planSql(sql, COLUMNS)).map((x) => x.path);

describe('planSql', () => {
	it('reads one province for an equality on province_code, and only the columns named', () => {
		expect(
			paths("SELECT year, sum(value) FROM facts WHERE province_code = '35' GROUP BY year")
		).toEqual(['35/2019', '35/2020']);
		const plan = planSql(
			"SELECT year, sum(value) FROM facts WHERE province_code = '35' GROUP BY year",
			COLUMNS
		);
		expect([...plan.columns!].sort()).toEqual(['province_code', 'value', 'year']);
	});

	it('combines IN and =, through an alias and a join', () => {
		expect(
			paths(
				"select r.name_zh, f.value from facts AS f join regions r using (region_id) where f.province_code in ('11', '44') and f.year = 2020 order by 1"
			)
		).toEqual(['11/2020', '44/2020']);
	});

	it('ignores a key of another table', () => {
		expect(
			paths(
				"SELECT f.value FROM facts f JOIN reports r USING (report_id) WHERE r.year = 2020 AND f.province_code = '11'"
			)
		).toEqual(['11/2019', '11/2020']);
	});

	it('reads every partition without a filter, or with OR, NOT, BETWEEN, a function, a subquery, a CTE, a UNION', () => {
		for (const sql of [
			'SELECT region_id, year, sum(value) FROM facts GROUP BY ALL',
			"SELECT * FROM facts WHERE province_code = '35' OR year = 2019",
			"SELECT * FROM facts WHERE NOT province_code = '35'",
			'SELECT * FROM facts WHERE year BETWEEN 2019 AND 2019',
			"SELECT * FROM facts WHERE lower(province_code) = '35'",
			"SELECT * FROM facts WHERE province_code = (SELECT '35')",
			"WITH a AS (SELECT 1) SELECT * FROM facts WHERE province_code = '35'",
			"SELECT count(*) FROM facts WHERE province_code = '35' UNION ALL SELECT count(*) FROM facts",
			"SELECT * FROM facts WHERE province_code LIKE '3%'",
			"SELECT * FROM facts WHERE province_code = '35'; SELECT * FROM facts"
		])
			expect(paths(sql), sql).toHaveLength(6);
	});

	it('is not fooled by keys inside strings or comments', () => {
		expect(
			paths("SELECT 'province_code = 35' AS x FROM facts -- WHERE province_code = '35'")
		).toHaveLength(6);
		expect(paths("SELECT * FROM facts WHERE metric = 'x or y' AND province_code = '44'")).toEqual([
			'44/2019',
			'44/2020'
		]);
	});

	it('asks for every column on a star, but not on count(*)', () => {
		expect(planSql("SELECT * FROM facts WHERE province_code = '35'", COLUMNS).columns).toBeNull();
		expect([...planSql('SELECT count(*) FROM facts', COLUMNS).columns!].sort()).toEqual([
			'province_code',
			'year'
		]);
	});

	it('reads no partition when facts is not read', () => {
		expect(paths('SELECT count(*) FROM reports')).toEqual([]);
	});
});
