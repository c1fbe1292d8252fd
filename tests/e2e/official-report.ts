/**
 * A real report's three tables in the 2021 official layout (国办公开办函〔2021〕30号), with the
 * labels as the format prints them and the values read by hand from the report
 * (tests/fixtures/expected/<stem>.json), for building the PDF and Word files of the import and
 * ingest tests. Only reports whose fixture has every table cell (none ambiguous) can be laid out.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

export interface ExpectedFact {
	metric: string;
	applicant?: string;
	value: number;
	source: 'table' | 'prose';
	raw: string;
}

export function expectedFacts(stem: string): ExpectedFact[] {
	const file = resolve(root, 'tests', 'fixtures', 'expected', `${stem}.json`);
	return (JSON.parse(readFileSync(file, 'utf8')) as { facts: ExpectedFact[] }).facts;
}

/** The fixture's table values, metric|applicant → value. */
export function expectedTableValues(stem: string): Map<string, number> {
	return new Map(
		expectedFacts(stem)
			.filter((f) => f.source === 'table')
			.map((f) => [`${f.metric}|${f.applicant ?? 'total'}`, f.value])
	);
}

const APPLICANTS = [
	'natural_person',
	'legal_commercial',
	'legal_research',
	'legal_social',
	'legal_services',
	'legal_other',
	'total'
];

/** 表三's rows as the 2021 format prints them: a label, and its metric unless it heads a group. */
const TABLE3: [string, string | null][] = [
	['一、本年新收政府信息公开申请数量', 'requests_new'],
	['二、上年结转政府信息公开申请数量', 'requests_carried_over'],
	['三、本年度办理结果', null],
	['（一）予以公开', 'outcome_granted'],
	['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'outcome_partial'],
	['（三）不予公开', null],
	['1.属于国家秘密', 'denied_state_secret'],
	['2.其他法律行政法规禁止公开', 'denied_law_forbidden'],
	['3.危及“三安全一稳定”', 'denied_three_safety'],
	['4.保护第三方合法权益', 'denied_third_party'],
	['5.属于三类内部事务信息', 'denied_internal_affairs'],
	['6.属于四类过程性信息', 'denied_process_info'],
	['7.属于行政执法案卷', 'denied_enforcement_file'],
	['8.属于行政查询事项', 'denied_admin_query'],
	['（四）无法提供', null],
	['1.本机关不掌握相关政府信息', 'unable_not_held'],
	['2.没有现成信息需要另行制作', 'unable_needs_creation'],
	['3.补正后申请内容仍不明确', 'unable_unclear'],
	['（五）不予处理', null],
	['1.信访举报投诉类申请', 'notproc_complaint'],
	['2.重复申请', 'notproc_repeat'],
	['3.要求提供公开出版物', 'notproc_publication'],
	['4.无正当理由大量反复申请', 'notproc_mass_repeat'],
	['5.要求行政机关确认或重新出具已获取信息', 'notproc_confirm'],
	['（六）其他处理', null],
	['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'other_no_correction'],
	['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'other_no_fee'],
	['3.其他', 'other_misc'],
	['（七）总计', 'outcome_total'],
	['四、结转下年度继续办理', 'requests_carried_forward']
];

export interface OfficialReport {
	title: string;
	/** Headings and tables in printed order; a table is its rows of cells ("" for an empty one). */
	blocks: ({ heading: string } | { table: string[][]; labelWidth: number })[];
}

export function officialReport(stem: string, title: string): OfficialReport {
	const values = expectedTableValues(stem);
	const cell = (metric: string, applicant = 'total') => {
		const v = values.get(`${metric}|${applicant}`);
		if (v === undefined) throw new Error(`${stem}: no hand-read value for ${metric}|${applicant}`);
		return String(v);
	};
	const table2 = [
		['第二十条第（一）项', '', '', ''],
		['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
		['规章', cell('rules_made'), cell('rules_repealed'), cell('rules_in_force')],
		[
			'行政规范性文件',
			cell('normative_docs_made'),
			cell('normative_docs_repealed'),
			cell('normative_docs_in_force')
		],
		['第二十条第（五）项', '', '', ''],
		['信息内容', '本年处理决定数量', '', ''],
		['行政许可', cell('licensing_decisions'), '', ''],
		['第二十条第（六）项', '', '', ''],
		['信息内容', '本年处理决定数量', '', ''],
		['行政处罚', cell('penalty_decisions'), '', ''],
		['行政强制', cell('coercion_decisions'), '', ''],
		['第二十条第（八）项', '', '', ''],
		['信息内容', '本年收费金额（单位：万元）', '', ''],
		['行政事业性收费', cell('fees_amount_10k_yuan'), '', '']
	];
	const table3 = [
		['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'],
		['', '自然人', '法人或其他组织', '', '', '', '', '总计'],
		['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
		...TABLE3.map(([label, metric]) =>
			metric ? [label, ...APPLICANTS.map((a) => cell(metric, a))] : [label]
		)
	].map((row) => [...row, ...Array<string>(8 - row.length).fill('')]);
	const results = ['upheld', 'corrected', 'other', 'pending', 'total'];
	const resultLabels = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
	const table4 = [
		['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''],
		[...resultLabels, '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
		['', '', '', '', '', ...resultLabels, ...resultLabels],
		[
			...results.map((r) => cell(`review_${r}`)),
			...results.map((r) => cell(`litigation_direct_${r}`)),
			...results.map((r) => cell(`litigation_after_review_${r}`))
		]
	];
	return {
		title,
		blocks: [
			{ heading: '一、总体情况' },
			{ heading: '二、主动公开政府信息情况' },
			{ table: table2, labelWidth: 150 },
			{ heading: '三、收到和处理政府信息公开申请情况' },
			{ table: table3, labelWidth: 220 },
			{ heading: '四、政府信息公开行政复议、行政诉讼情况' },
			{ table: table4, labelWidth: 535 / 15 },
			{ heading: '五、存在的主要问题及改进情况' }
		]
	};
}

/** A cell of a Word table: its text, the columns it spans, and whether it merges with the cell above. */
export interface WordCell {
	text: string;
	span?: number;
	/** `restart` begins a cell merged downwards, `continue` is covered by the one above. */
	merge?: 'restart' | 'continue';
}

/**
 * 表三 as the official Word template lays it out: three label columns (the group labels
 * 三、本年度办理结果 and （三）不予公开… are cells merged down their rows), the header's
 * 申请人情况 / 法人或其他组织 spanning their columns, and seven value columns.
 */
export function table3WordRows(stem: string): WordCell[][] {
	const values = expectedTableValues(stem);
	const valuesOf = (metric: string): WordCell[] =>
		APPLICANTS.map((a) => {
			const v = values.get(`${metric}|${a}`);
			if (v === undefined) throw new Error(`${stem}: no hand-read value for ${metric}|${a}`);
			return { text: String(v) };
		});
	const cont: WordCell = { text: '', merge: 'continue' };
	const rows: WordCell[][] = [
		[
			{
				text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
				span: 3,
				merge: 'restart'
			},
			{ text: '申请人情况', span: 7 }
		],
		[
			{ ...cont, span: 3 },
			{ text: '自然人', merge: 'restart' },
			{ text: '法人或其他组织', span: 5 },
			{ text: '总计', merge: 'restart' }
		],
		[
			{ ...cont, span: 3 },
			cont,
			...['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((text) => ({ text })),
			cont
		]
	];
	/** The group label (（三）不予公开…) whose numbered rows follow, until a row of its own. */
	let group: string | null = null;
	let groupStarted = false;
	let resultsStarted = false;
	let inResults = false;
	for (const [label, metric] of TABLE3) {
		if (label === '三、本年度办理结果') inResults = true;
		if (label.startsWith('四、')) inResults = false;
		if (!metric) {
			if (label !== '三、本年度办理结果') [group, groupStarted] = [label, false];
			continue;
		}
		const row: WordCell[] = [];
		if (!inResults) row.push({ text: label, span: 3 });
		else {
			row.push(resultsStarted ? cont : { text: '三、本年度办理结果', merge: 'restart' });
			resultsStarted = true;
			if (group && /^\d\./.test(label)) {
				row.push(groupStarted ? cont : { text: group, merge: 'restart' });
				groupStarted = true;
				row.push({ text: label });
			} else {
				group = null;
				row.push({ text: label, span: 2 });
			}
		}
		rows.push([...row, ...valuesOf(metric)]);
	}
	return rows;
}
