import { describe, expect, it } from 'vitest';
import { extractTable2 } from './extract-table2';
import type { Fact } from './types';

const prose = (metric: string, value: number): Fact => ({
	metric,
	applicant: 'total',
	value,
	raw: String(value),
	approx: false,
	span_start: 0,
	span_end: 1,
	method: 'prose'
});

const read = (text: string, format: 'post2019_2019' | 'post2019_2021', stated: Fact[] = []) => {
	const r = extractTable2(text, format, text.length, stated)!;
	return {
		cells: r.facts.map((f) => `${f.metric}=${f.raw}`),
		warnings: r.warnings.map((w) => w.code)
	};
};

const TABLE_2021 =
	'第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件97253第二十条第（五）项信息内容本年处理决定数量行政许可0';

describe('extractTable2', () => {
	it('takes the reading of a run-together row that agrees with the most figures of the prose', () => {
		// "97253" is 9|7|253, 9|72|53 or 9|725|3: the prose's 9 alone leaves three readings…
		expect(read(TABLE_2021, 'post2019_2021', [prose('normative_docs_made', 9)]).warnings).toEqual([
			'ambiguous_cells'
		]);
		// …its 9, 7 and 253 together leave one.
		expect(
			read(TABLE_2021, 'post2019_2021', [
				prose('normative_docs_made', 9),
				prose('normative_docs_repealed', 7),
				prose('normative_docs_in_force', 253)
			]).cells
		).toEqual([
			'rules_made=0',
			'rules_repealed=0',
			'rules_in_force=0',
			'normative_docs_made=9',
			'normative_docs_repealed=7',
			'normative_docs_in_force=253',
			'licensing_decisions=0'
		]);
	});

	it('reads a plus sign as the start of the 本年增/减 cell', () => {
		const text =
			'第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可0+11其他对外管理服务事项000';
		expect(read(text, 'post2019_2019').cells).toEqual([
			'licensing_prev_items=0',
			'licensing_change=+1',
			'licensing_decisions=1',
			'other_services_prev_items=0',
			'other_services_change=0',
			'other_services_decisions=0'
		]);
	});

	it('does not take "信息内容" in prose for the table header', () => {
		const text =
			'印发《网站和政务新媒体信息内容审查发布规范》，加强规范性文件清理，在网站增加社保等8个主题服务。';
		expect(extractTable2(text, 'post2019_2021', text.length, [])).toBeNull();
	});
});
