import { describe, expect, it } from 'vitest';
import { longestSeries, requestsSeries } from './requests-series';

const report = (report_id: string, unit: string, unit_scope: string, year: number) => ({
	report_id,
	region_id: '350128',
	region: '平潭综合实验区',
	unit,
	unit_scope,
	year,
	format: 'post2019_2021'
});
const fact = (report_id: string, value: number) => ({
	report_id,
	metric: 'requests_new',
	applicant: 'total',
	value,
	method: 'table',
	approx: false
});

describe('requestsSeries (the home chart)', () => {
	it("draws a region's whole-region reports only, never its general office's or a department's", () => {
		const reports = [
			report('zone_2024', '平潭综合实验区管委会', 'whole-region', 2024),
			report('office_2023', '平潭综合实验区管委会办公室', 'general-office', 2023),
			report('office_2024', '平潭综合实验区管委会办公室', 'general-office', 2024),
			report('office_2025', '平潭综合实验区管委会办公室', 'general-office', 2025),
			report('bureau_2024', '平潭综合实验区自然资源与生态环境局', 'department', 2024),
			report('bureau_2025', '平潭综合实验区自然资源与生态环境局', 'department', 2025)
		];
		const facts = [
			fact('zone_2024', 218),
			fact('office_2023', 21),
			fact('office_2024', 19),
			fact('office_2025', 32),
			fact('bureau_2024', 5),
			fact('bureau_2025', 6)
		];
		const series = requestsSeries(facts, reports);
		expect(series.map((s) => s.unit)).toEqual(['平潭综合实验区管委会']);
		// Even where the office has the longer run of years.
		expect(longestSeries(series)?.points.map((p) => [p.year, p.value])).toEqual([[2024, 218]]);
	});
});
