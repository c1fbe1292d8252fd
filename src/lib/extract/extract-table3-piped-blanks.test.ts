import { describe, expect, it } from 'vitest';
import { extractReport } from './extract-report';

/** A 2021-layout 表三 as pdfplumber joins its rows, with the 总计 cell of three outcome rows blank. */
const rows: [string, string][] = [
	['一、本年新收政府信息公开申请数量 |  | ', '10 | 1 | 0 | 0 | 0 | 0 | 11'],
	['二、上年结转政府信息公开申请数量 |  | ', '0 | 0 | 0 | 0 | 0 | 0 | 0'],
	['三、本年度办理结果 | （一）予以公开 | ', '4 | 1 | 0 | 0 | 0 | 0 | '],
	[' | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | ', '1 | 0 | 0 | 0 | 0 | 0 | '],
	[' | （三）不予公开 | 1.属于国家秘密', '0 | 0 | 0 | 0 | 0 | 0 | 0'],
	[' | （四）无法提供 | 1.本机关不掌握相关政府信息', '5 | 0 | 0 | 0 | 0 | 0 | '],
	[' | （七）总计 | ', '10 | 1 | 0 | 0 | 0 | 0 | 11'],
	['四、结转下年度继续办理 |  | ', '0 | 0 | 0 | 0 | 0 | 0 | 0']
];
const report = [
	'样例区2021年度政府信息公开工作年度报告',
	'信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数',
	'三、收到和处理政府信息公开申请情况',
	'（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 申请人情况 |  |  |  |  |  | ',
	...rows.map(([label, cells]) => `${label} | ${cells}`)
].join('\n');

describe('表三 "|" rows with blank cells', () => {
	const { facts } = extractReport(report, 'blank-totals');
	const cell = (metric: string, applicant: string) =>
		facts.find((f) => f.metric === metric && f.applicant === applicant && f.method !== 'prose')
			?.value;

	it('gives no value to a blank 总计 cell (it was filled from another column)', () => {
		for (const metric of ['outcome_granted', 'outcome_partial', 'unable_not_held'])
			expect(cell(metric, 'total'), metric).toBeUndefined();
	});

	it('keeps every other cell of those rows in its column', () => {
		expect(cell('outcome_granted', 'natural_person')).toBe(4);
		expect(cell('outcome_granted', 'legal_commercial')).toBe(1);
		expect(cell('outcome_granted', 'legal_other')).toBe(0);
		expect(cell('unable_not_held', 'natural_person')).toBe(5);
		expect(cell('outcome_total', 'total')).toBe(11);
	});
});
