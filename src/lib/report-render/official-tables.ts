/**
 * The statistics tables of the official report layouts as they are printed: 表二, 表三 and 表四 of
 * the 2019 layout (国办公开办函〔2019〕60号) and the 2021 layout (国办公开办函〔2021〕30号), and the
 * national 统计表 of 2008–2018. Each printed row has its labels (outer group first) and the metric
 * of each cell. Used to render a report's tables from hand-read values (tests, synthetic corpora);
 * the extraction engine does not read this file.
 */
import { APPLICANTS, type Applicant } from '../contract/metrics';

export interface CellRef {
	metric: string;
	applicant: Applicant;
}

export interface PrintedRow {
	/** Labels from the outer group to the row's own ("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"). */
	path: string[];
	cells: CellRef[];
	/** Printed only where the report gives it a value (a row some reports leave out). */
	optional?: boolean;
	/** The pre-2019 unit column (条, 件, 万元). */
	unit?: string;
}

export interface PrintedTable {
	/** The heading line printed above the block ("第二十条第（一）项"), if any. */
	caption?: string;
	/** Header rows, each with one entry per column (label columns first). */
	header: string[][];
	/** How many label columns each row has. */
	labelColumns: number;
	rows: PrintedRow[];
}

export interface PrintedSection {
	title: string;
	tables: PrintedTable[];
}

const total = (metric: string): CellRef => ({ metric, applicant: 'total' });
const perApplicant = (metric: string): CellRef[] =>
	APPLICANTS.map((applicant) => ({ metric, applicant }));

function table2Block(caption: string, columns: string[], rows: [string, string[]][]): PrintedTable {
	return {
		caption,
		header: [['信息内容', ...columns]],
		labelColumns: 1,
		rows: rows.map(([label, metrics]) => ({ path: [label], cells: metrics.map(total) }))
	};
}

const TABLE2_2021: PrintedTable[] = [
	table2Block(
		'第二十条第（一）项',
		['本年制发件数', '本年废止件数', '现行有效件数'],
		[
			['规章', ['rules_made', 'rules_repealed', 'rules_in_force']],
			[
				'行政规范性文件',
				['normative_docs_made', 'normative_docs_repealed', 'normative_docs_in_force']
			]
		]
	),
	table2Block('第二十条第（五）项', ['本年处理决定数量'], [['行政许可', ['licensing_decisions']]]),
	table2Block(
		'第二十条第（六）项',
		['本年处理决定数量'],
		[
			['行政处罚', ['penalty_decisions']],
			['行政强制', ['coercion_decisions']]
		]
	),
	table2Block(
		'第二十条第（八）项',
		['本年收费金额（单位：万元）'],
		[['行政事业性收费', ['fees_amount_10k_yuan']]]
	)
];

const TABLE2_2019: PrintedTable[] = [
	table2Block(
		'第二十条第（一）项',
		['本年新制作数量', '本年新公开数量', '对外公开总数量'],
		[
			['规章', ['rules_new_made', 'rules_new_published', 'rules_published_total']],
			[
				'规范性文件',
				[
					'normative_docs_new_made',
					'normative_docs_new_published',
					'normative_docs_published_total'
				]
			]
		]
	),
	table2Block(
		'第二十条第（五）项',
		['上一年项目数量', '本年增/减', '处理决定数量'],
		[
			['行政许可', ['licensing_prev_items', 'licensing_change', 'licensing_decisions']],
			[
				'其他对外管理服务事项',
				['other_services_prev_items', 'other_services_change', 'other_services_decisions']
			]
		]
	),
	table2Block(
		'第二十条第（六）项',
		['上一年项目数量', '本年增/减', '处理决定数量'],
		[
			['行政处罚', ['penalty_prev_items', 'penalty_change', 'penalty_decisions']],
			['行政强制', ['coercion_prev_items', 'coercion_change', 'coercion_decisions']]
		]
	),
	table2Block(
		'第二十条第（八）项',
		['上一年项目数量', '本年增/减'],
		[['行政事业性收费', ['fees_prev_items', 'fees_change']]]
	),
	table2Block(
		'第二十条第（九）项',
		['采购项目数量', '采购总金额'],
		[['政府集中采购', ['procurement_items', 'procurement_amount_yuan']]]
	)
];

const RESULTS = '三、本年度办理结果';
const DENIED = '（三）不予公开';
const UNABLE = '（四）无法提供';
const NOT_PROCESSED = '（五）不予处理';
const OTHER = '（六）其他处理';

function table3(layout: 'post2019_2019' | 'post2019_2021'): PrintedTable {
	const row = (metric: string, ...path: string[]): PrintedRow => ({
		path,
		cells: perApplicant(metric)
	});
	const otherRows =
		layout === 'post2019_2019'
			? [row('outcome_other', RESULTS, OTHER)]
			: [
					// Some 2021-layout reports still print 其他处理 as one row.
					{ ...row('outcome_other', RESULTS, OTHER), optional: true },
					row(
						'other_no_correction',
						RESULTS,
						OTHER,
						'1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'
					),
					row(
						'other_no_fee',
						RESULTS,
						OTHER,
						'2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'
					),
					row('other_misc', RESULTS, OTHER, '3.其他')
				];
	return {
		header: [
			[
				'（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
				'',
				'',
				'申请人情况',
				'',
				'',
				'',
				'',
				'',
				''
			],
			['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计'],
			['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']
		],
		labelColumns: 3,
		rows: [
			row('requests_new', '一、本年新收政府信息公开申请数量'),
			row('requests_carried_over', '二、上年结转政府信息公开申请数量'),
			row('outcome_granted', RESULTS, '（一）予以公开'),
			row('outcome_partial', RESULTS, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
			row('denied_state_secret', RESULTS, DENIED, '1.属于国家秘密'),
			row('denied_law_forbidden', RESULTS, DENIED, '2.其他法律行政法规禁止公开'),
			row('denied_three_safety', RESULTS, DENIED, '3.危及“三安全一稳定”'),
			row('denied_third_party', RESULTS, DENIED, '4.保护第三方合法权益'),
			row('denied_internal_affairs', RESULTS, DENIED, '5.属于三类内部事务信息'),
			row('denied_process_info', RESULTS, DENIED, '6.属于四类过程性信息'),
			row('denied_enforcement_file', RESULTS, DENIED, '7.属于行政执法案卷'),
			row('denied_admin_query', RESULTS, DENIED, '8.属于行政查询事项'),
			row('unable_not_held', RESULTS, UNABLE, '1.本机关不掌握相关政府信息'),
			row('unable_needs_creation', RESULTS, UNABLE, '2.没有现成信息需要另行制作'),
			row('unable_unclear', RESULTS, UNABLE, '3.补正后申请内容仍不明确'),
			row('notproc_complaint', RESULTS, NOT_PROCESSED, '1.信访举报投诉类申请'),
			row('notproc_repeat', RESULTS, NOT_PROCESSED, '2.重复申请'),
			row('notproc_publication', RESULTS, NOT_PROCESSED, '3.要求提供公开出版物'),
			row('notproc_mass_repeat', RESULTS, NOT_PROCESSED, '4.无正当理由大量反复申请'),
			row('notproc_confirm', RESULTS, NOT_PROCESSED, '5.要求行政机关确认或重新出具已获取信息'),
			...otherRows,
			row('outcome_total', RESULTS, '（七）总计'),
			row('requests_carried_forward', '四、结转下年度继续办理')
		]
	};
}

const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const OUTCOME_IDS = ['upheld', 'corrected', 'other', 'pending', 'total'];

const TABLE4: PrintedTable = {
	header: [
		['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''],
		[...OUTCOMES, '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
		['', '', '', '', '', ...OUTCOMES, ...OUTCOMES]
	],
	labelColumns: 0,
	rows: [
		{
			path: [],
			cells: ['review', 'litigation_direct', 'litigation_after_review'].flatMap((block) =>
				OUTCOME_IDS.map((o) => total(`${block}_${o}`))
			)
		}
	]
};

/** The national 统计表 (2008–2018): label, unit, then the year's value (and 历年累计 where printed). */
const STAT_ROWS: [string, string, string][] = [
	['proactive_total', '一、主动公开政府信息数', '条'],
	['proactive_normative_docs', '其中：主动公开规范性文件数', '条'],
	['proactive_via_website', '1.政府网站公开政府信息数', '条'],
	['proactive_via_gazette', '2.政府公报公开政府信息数', '条'],
	['proactive_via_weibo', '3.政务微博公开政府信息数', '条'],
	['proactive_via_wechat', '4.政务微信公开政府信息数', '条'],
	['proactive_via_other', '5.其他方式公开政府信息数', '条'],
	['hotspot_responses', '二、回应公众关注热点或重大舆情数', '次'],
	['press_conferences', '1.参加或举办新闻发布会总次数', '次'],
	['online_interviews', '2.政府网站在线访谈次数', '次'],
	['policy_interpretations', '3.政策解读稿件发布数', '篇'],
	['requests_received', '三、收到申请数', '件'],
	['channel_in_person', '1.当面申请数', '件'],
	['channel_fax', '2.传真申请数', '件'],
	['channel_online', '3.网络申请数', '件'],
	['channel_letter', '4.信函申请数', '件'],
	['channel_email', '5.电子邮件申请数', '件'],
	['channel_phone', '6.电话申请数', '件'],
	['channel_other', '7.其他形式申请数', '件'],
	['requests_closed_on_time', '1.按时办结数', '件'],
	['requests_closed_extended', '2.延期办结数', '件'],
	['answers_total', '四、申请答复数', '件'],
	['answer_already_public', '1.属于已主动公开范围数', '件'],
	['answer_granted', '2.同意公开答复数', '件'],
	['answer_partial', '3.同意部分公开答复数', '件'],
	['answer_denied', '4.不同意公开答复数', '件'],
	['answer_not_this_agency', '5.不属于本行政机关公开数', '件'],
	['answer_not_exist', '6.申请信息不存在数', '件'],
	['answer_correction_required', '7.告知作出更改补充数', '件'],
	['answer_other_channel', '8.告知通过其他途径办理数', '件'],
	['review_total', '五、行政复议数量', '件'],
	['review_upheld', '1.维持具体行政行为数', '件'],
	['review_corrected', '2.被依法纠错数', '件'],
	['review_other', '3.其他情形数', '件'],
	['litigation_total', '六、行政诉讼数量', '件'],
	['litigation_upheld', '1.维持具体行政行为数', '件'],
	['litigation_corrected', '2.被依法纠错数', '件'],
	['litigation_other', '3.其他情形数', '件'],
	['complaints_total', '七、举报投诉数量', '件'],
	['fees_amount_yuan', '八、依申请公开信息收取的费用', '元'],
	['consultations', '九、接受咨询数量', '人次'],
	['reading_rooms', '1.设置政府信息公开查阅点数', '个'],
	['staff_full_time', '2.专职人员数', '人'],
	['staff_part_time', '3.兼职人员数', '人'],
	['budget_10k_yuan', '4.政府信息公开专项经费', '万元'],
	['trainings', '5.举办各类培训班数', '次'],
	['trainees', '6.接受培训人员数', '人次']
];

/** The metric whose 历年累计 value a pre-2019 row prints in its second value column. */
export const CUMULATIVE = '#cumulative';

function statTable(cumulative: boolean): PrintedTable {
	return {
		header: [['统计指标', '单位', '本年', ...(cumulative ? ['历年累计'] : [])]],
		labelColumns: 2,
		rows: STAT_ROWS.map(([metric, label, unit]) => ({
			path: [label],
			unit,
			optional: true,
			cells: [total(metric), ...(cumulative ? [total(metric + CUMULATIVE)] : [])]
		}))
	};
}

export type Layout = 'pre2019' | 'post2019_2019' | 'post2019_2021';

/** The sections of a report that hold statistics tables, in printed order. */
export function officialTables(layout: Layout, cumulative = false): PrintedSection[] {
	if (layout === 'pre2019')
		return [{ title: '附表：政府信息公开情况统计表', tables: [statTable(cumulative)] }];
	return [
		{
			title: '二、主动公开政府信息情况',
			tables: layout === 'post2019_2019' ? TABLE2_2019 : TABLE2_2021
		},
		{ title: '三、收到和处理政府信息公开申请情况', tables: [table3(layout)] },
		{ title: '四、政府信息公开行政复议、行政诉讼情况', tables: [TABLE4] }
	];
}
