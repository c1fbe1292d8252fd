import { describe, expect, it } from 'vitest';
import { extractProse } from './extract-prose';
import { extractTable2 } from './extract-table2';
import type { Fact, ReportFormat } from './types';

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

function cells(text: string, format: ReportFormat = 'post2019_2021'): Record<string, number> {
	const prose = extractProse(text, format, () => false);
	const result = extractTable2(text, format, text.length, prose)!;
	return Object.fromEntries(result.facts.map((f) => [f.metric, f.value]));
}

const TABLE =
	'二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件';

describe('extractTable2: a run-together row the report decides elsewhere', () => {
	it("reads 本年废止 and 现行有效 through the library count plus the year's new documents (pingtan_2023)", () => {
		const text =
			'一是做好规范性文件公开。清理并集中发布现行有效行政规范性文件393件，动态更新本年度制发的规范性文件77件。' +
			TABLE +
			'77132470第二十条第（五）项信息内容本年处理决定数量行政许可5243';
		expect(cells(text)).toMatchObject({
			normative_docs_made: 77,
			normative_docs_repealed: 132,
			normative_docs_in_force: 470
		});
	});

	it('reads them when the library count is the year-end count (pingtan_2022)', () => {
		const text =
			'集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件。' +
			TABLE +
			'8855698第二十条第（五）项信息内容本年处理决定数量行政许可10690';
		expect(cells(text)).toMatchObject({
			normative_docs_made: 88,
			normative_docs_repealed: 55,
			normative_docs_in_force: 698
		});
	});

	it('leaves the cells out when the prose names only the new documents (pingtan_2024)', () => {
		const text =
			'动态更新发布本年度制发行政规范性文件62件。' +
			TABLE +
			'6233440第二十条第（五）项信息内容本年处理决定数量行政许可4529';
		const read = cells(text);
		expect(read.normative_docs_made).toBe(62);
		expect(read.normative_docs_repealed).toBeUndefined();
		expect(read.normative_docs_in_force).toBeUndefined();
	});
});

describe('extractTable2: fewer cells than columns', () => {
	const table = (row: string) =>
		'二、主动公开政府信息情况 第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章 0 0 0' +
		`行政规范性文件 ${row}第二十条第（五）项信息内容本年处理决定数量行政许可0 三、收到和处理`;

	it('takes no value when a blank cell may have vanished', () => {
		const read = cells(table('20 155'));
		expect(read.normative_docs_made).toBeUndefined();
		expect(read.normative_docs_repealed).toBeUndefined();
		expect(read.normative_docs_in_force).toBeUndefined();
	});

	it('takes the cell the prose states, and only that (pingtan-office_2021 "20 155")', () => {
		const read = cells('2021年发布规范性文件20份。' + table('20 155'));
		expect(read.normative_docs_made).toBe(20);
		expect(read.normative_docs_repealed).toBeUndefined();
		expect(read.normative_docs_in_force).toBeUndefined();
	});
});

describe('extractTable2: units', () => {
	it('reads a procurement amount printed in 万元 as 元 (pingtan-shehuishiye_2019)', () => {
		const text =
			'二、主动公开政府信息情况第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章 0 0 0' +
			'第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购 2 45.82万元三、收到和处理';
		expect(cells(text, 'post2019_2019')).toMatchObject({
			procurement_items: 2,
			procurement_amount_yuan: 458200
		});
	});
});

describe('extractTable2: warnings', () => {
	it('warns once about an undecided row when a prose sentence uses the heading words (pingtan_2019)', () => {
		const text =
			'维护电子化招投标系统平台网站，确保网上发布信息内容准确完整，便于公众阅读和查询。' +
			'这里是一段足够长的正文，'.repeat(40) +
			'二、主动公开政府信息情况 第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件898989' +
			'第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可3960181三、收到和处理';
		const prose = extractProse(text, 'post2019_2019', () => false);
		const warnings = extractTable2(text, 'post2019_2019', text.length, prose)!.warnings.map(
			(w) => w.message
		);
		expect(warnings).toHaveLength(new Set(warnings).size);
		expect(warnings.filter((w) => w.includes('normative_docs_new_made'))).toHaveLength(1);
	});
});

describe('extractTable2: cells a PDF-to-markdown conversion moved (shanghai-office_2025)', () => {
	const page = (first: string, second: string) =>
		'二、主动公开政府信息情况\n第二十条第（一）项\n' +
		`${first}\n${second}\n` +
		'第二十条第（五）项\n信息内容本年处理决定数量\n行政许可 0\n' +
		'第二十条第（六）项\n信息内容本年处理决定数量\n行政处罚 0\n行政强制 0\n' +
		'第二十条第（八）项\n信息内容本年收费金额（单位：万元）\n行政事业性收费 0\n— 4 —\n' +
		'| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n' +
		'## 表二：主动公开政府信息情况\n| 规章 | 22 | 235 |\n|---|---|---|\n' +
		'## 表二：主动公开政府信息情况\n| 行政规范性文件 | 34 | 189 |\n|---|---|---|\n三、收到和处理';

	it('puts each floated cell in the column its note names, and reads the rows printed before', () => {
		const text = page('22\n（其中修订 16 件）', '55\n（含自然失效 29 件）');
		expect(cells(text)).toEqual({
			rules_made: 22,
			rules_repealed: 22,
			rules_in_force: 235,
			normative_docs_made: 34,
			normative_docs_repealed: 55,
			normative_docs_in_force: 189,
			licensing_decisions: 0,
			penalty_decisions: 0,
			coercion_decisions: 0,
			fees_amount_10k_yuan: 0
		});
	});

	it('places nothing when a note does not say its column', () => {
		const read = cells(page('22\n（其中修订 16 件）', '55\n（其中市政府 29 件）'));
		expect(read.normative_docs_repealed).toBeUndefined();
		expect(read.rules_repealed).toBeUndefined();
	});
});

describe('extractTable2: a run-together row its prose restates (pingtan-office_2019/2020)', () => {
	const HEAD =
		'二、主动公开政府信息情况第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件';
	const TAIL = (procurement: string) =>
		`第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购${procurement}三、收到和处理`;

	it('reads 本年新制作 and 本年新公开 from documents the prose says were issued and published', () => {
		const text =
			'二是推进规范性文件公开。先后审核各部门印发的22条规范性文件并在政府网站上发布。' +
			HEAD +
			'222233' +
			TAIL('215419886元');
		expect(cells(text, 'post2019_2019')).toMatchObject({
			normative_docs_new_made: 22,
			normative_docs_new_published: 22,
			normative_docs_published_total: 33
		});
	});

	it('reads 采购项目数量 and 采购总金额 from the count and amount of a procurement clause', () => {
		const text =
			'四是推进采购信息公开。在政府采购网对采购情况进行全流程公布，全年共发布采购信息197批次涉及金额3601627.4元。' +
			HEAD +
			'3336' +
			TAIL('1973601627.4元');
		const read = cells(text, 'post2019_2019');
		expect(read).toMatchObject({ procurement_items: 197, procurement_amount_yuan: 3601627.4 });
		// "政策、规范性文件类信息" is not stated here, and 3336 stays undecided (3|3|36, 3|33|6, 33|3|6).
		expect(read.normative_docs_new_made).toBeUndefined();
	});

	it('compares an amount stated in 万元 in 元', () => {
		const text = '全年发布采购信息2批次共45.82万元。' + HEAD + '000' + TAIL('2458200元');
		expect(cells(text, 'post2019_2019')).toMatchObject({
			procurement_items: 2,
			procurement_amount_yuan: 458200
		});
	});

	it('takes no hint from a category of a list or from a clause that does not say issued or published', () => {
		const text =
			'全年公开公文类政府信息共33条，其中地方性法规、政府规章和规范性文件1条，政策、规范性文件类信息3条。' +
			'共审查规范性文件12件。' +
			HEAD +
			'11213' +
			TAIL('215419886元');
		const read = cells(text, 'post2019_2019');
		expect(read.normative_docs_new_made).toBeUndefined();
		expect(read.normative_docs_new_published).toBeUndefined();
		expect(read.procurement_items).toBeUndefined();
	});
});
