/**
 * Example queries of the SQL console: real questions on our tables, with a one-line description in
 * both languages. Every one is run on the built data by examples.test.ts.
 */
export interface ExampleQuery {
	id: string;
	zh: string;
	en: string;
	sql: string;
}

export const EXAMPLES: readonly ExampleQuery[] = [
	{
		id: 'grant_rate',
		zh: '各地区各年度的申请全部公开率（全部公开 ÷ 已办结）',
		en: 'Grant rate (granted ÷ handled) by region and year',
		sql: `SELECT r.name_zh, r.name_en, h.year,
	sum(h.h_granted) AS granted,
	sum(h.h_handled) AS handled,
	round(sum(h.h_granted) / nullif(sum(h.h_handled), 0), 3) AS grant_rate
FROM harmonized h
JOIN regions r USING (region_id)
WHERE h.applicant = 'total'
GROUP BY ALL
ORDER BY r.name_en, h.year`
	},
	{
		id: 'denial_reasons',
		zh: '2019 年以来最常用的不予公开理由',
		en: 'Most used denial reasons since 2019',
		sql: `SELECT f.metric, m.label_zh, m.label_en,
	sum(f.value) AS total,
	count(DISTINCT f.report_id) AS reports
FROM facts f
JOIN metrics m USING (metric)
WHERE f.metric LIKE 'denied\\_%' ESCAPE '\\'
	AND f.applicant = 'total'
	AND f.year >= 2019
GROUP BY ALL
ORDER BY total DESC`
	},
	{
		id: 'carried_over',
		zh: '上年结转申请数与上一年度结转下年数不一致（或无法核对）的报告',
		en: 'Reports whose carried-over requests do not match the previous year’s carried-forward (or cannot be checked)',
		sql: `SELECT c.report_id, r.region, r.year, c.status, c.expected, c.actual, c.detail
FROM checks c
JOIN reports r USING (report_id)
WHERE c."check" = 'carried_over_vs_previous_year'
	AND c.status <> 'pass'
ORDER BY c.status, r.region, r.year`
	},
	{
		id: 'reviews_per_100',
		zh: '各地区每百件申请引发的行政复议数',
		en: 'Regions by administrative reviews per 100 requests',
		sql: `SELECT r.name_zh, r.name_en,
	sum(h.h_reviews) AS reviews,
	sum(h.h_requests) AS requests,
	round(100 * sum(h.h_reviews) / nullif(sum(h.h_requests), 0), 2) AS reviews_per_100
FROM harmonized h
JOIN regions r USING (region_id)
WHERE h.applicant = 'total'
	AND h.h_reviews IS NOT NULL
	AND h.h_requests IS NOT NULL
GROUP BY ALL
ORDER BY reviews_per_100 DESC NULLS LAST`
	},
	{
		id: 'failed_checks',
		zh: '未通过核对的报告及其检查项',
		en: 'Reports with failed checks, and which checks',
		sql: `SELECT r.region, r.year, c."check", c.applicant, c.expected, c.actual
FROM checks c
JOIN reports r USING (report_id)
WHERE c.status = 'fail'
ORDER BY r.region, r.year, c."check"`
	}
];
