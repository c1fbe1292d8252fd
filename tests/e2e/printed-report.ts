/**
 * A 2021-layout report printed again from its hand-read values (tests/fixtures/expected), for the
 * PDF import test: the title and section headings as text lines, 表三 as one line per row (its
 * label, then the seven applicant cells) and 表二 and 表四 as grids of cells (text-pdf.ts lays
 * them out). A cell the reader found blank or undecidable is printed empty.
 */
import type { PdfGrid } from './text-pdf.ts';

export interface HandReadFact {
	metric: string;
	applicant?: string;
	value: number;
	source: 'table' | 'prose';
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

/** 表三 of the 2021 layout in printed order: a heading line (no cells) or a row with a metric. */
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

const TABLE4_BLOCK = ['upheld', 'corrected', 'other', 'pending', 'total'];

/**
 * The report's text (its 表三 rows as lines) and its 表二 and 表四 grids, from the table facts a
 * reader wrote down. `title` is the report's own title line.
 */
export function printedReport(
	title: string,
	facts: HandReadFact[]
): { text: string; grids: PdfGrid[] } {
	const table = facts.filter((f) => f.source === 'table');
	const cell = (metric: string, applicant = 'total') => {
		const f = table.find((x) => x.metric === metric && (x.applicant ?? 'total') === applicant);
		return f === undefined ? '' : String(f.value);
	};
	const rows3 = TABLE3.map(([label, metric]) => {
		if (!metric) return label;
		const cells = APPLICANTS.map((a) => cell(metric, a));
		// A row with a blank cell cannot be printed as a line of numbers: the test needs whole rows.
		if (cells.some((c) => c === '')) throw new Error(`${metric}: a blank cell in the fixture`);
		return `${label} ${cells.join(' ')}`;
	});
	const text = [
		title,
		'一、总体情况',
		'二、主动公开政府信息情况',
		'三、收到和处理政府信息公开申请情况',
		'申请人情况 自然人 法人或其他组织 总计',
		'商业企业 科研机构 社会公益组织 法律服务机构 其他',
		...rows3,
		'四、政府信息公开行政复议、行政诉讼情况',
		'五、政府信息公开工作存在的主要问题及改进情况'
	].join('\n');
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
	const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
	const table4 = [
		['行政复议', '', '', '', '', '行政诉讼', ...Array<string>(9).fill('')],
		[...heads, '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
		['', '', '', '', '', ...heads, ...heads],
		[
			...TABLE4_BLOCK.map((k) => cell(`review_${k}`)),
			...TABLE4_BLOCK.map((k) => cell(`litigation_direct_${k}`)),
			...TABLE4_BLOCK.map((k) => cell(`litigation_after_review_${k}`))
		]
	];
	return {
		text,
		grids: [
			{ after: /^二、主动公开政府信息情况/, until: /^三、/, rows: table2 },
			{ after: /^四、政府信息公开行政复议/, until: /^五、/, rows: table4 }
		]
	};
}
