import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossYearReadings } from './cross-year-readings';
import { extractReport } from './extract-report';

const report = (stem: string) =>
	extractReport(
		readFileSync(resolve(import.meta.dirname, '../../../data/reports', `${stem}.txt`), 'utf8'),
		stem
	);

const read = (r: ReturnType<typeof report>) =>
	Object.fromEntries(
		r.facts.filter((f) => f.method === 'cross_year').map((f) => [f.metric, f.value])
	);

describe('crossYearReadings', () => {
	it("reads a 表二 row the report leaves open through next year's 上一年项目数量, and says so", () => {
		// pingtan_2019 prints 行政处罚 '26480430' and 行政事业性收费 '350'; pingtan_2020 prints their
		// 上一年项目数量 2648 ('2648-18538') and 35 ('35-15'). Only 2648 | 0 | 430 and 35 | 0 add up.
		const [y2019, y2020] = [report('pingtan_2019'), report('pingtan_2020')];
		expect(read(y2019)).toEqual({});
		crossYearReadings([y2019, y2020]);
		expect(read(y2019)).toEqual({
			penalty_prev_items: 2648,
			penalty_change: 0,
			penalty_decisions: 430,
			fees_prev_items: 35,
			fees_change: 0
		});
		const warnings = y2019.warnings.filter((w) => w.code === 'cross_year_reading');
		expect(warnings.map((w) => w.message)).toEqual([
			expect.stringContaining('through pingtan_2020'),
			expect.stringContaining('through pingtan_2020')
		]);
		// The span of each reading is its printed characters.
		for (const f of y2019.facts.filter((x) => x.method === 'cross_year'))
			expect(y2019.text.slice(f.span_start, f.span_end)).toBe(f.raw);
	});

	it('reads nothing without the adjacent year, or from another unit', () => {
		const alone = report('pingtan_2019');
		crossYearReadings([alone]);
		expect(read(alone)).toEqual({});
		const other = report('pingtan_2020');
		other.report.unit = '另一个单位';
		const y2019 = report('pingtan_2019');
		crossYearReadings([y2019, other]);
		expect(read(y2019)).toEqual({});
	});

	it("reads nothing when next year's count fits no reading", () => {
		const [y2019, y2020] = [report('pingtan_2019'), report('pingtan_2020')];
		for (const f of y2020.facts) if (f.metric === 'penalty_prev_items') f.value = 9999;
		crossYearReadings([y2019, y2020]);
		expect(read(y2019).penalty_prev_items).toBeUndefined();
	});
});
