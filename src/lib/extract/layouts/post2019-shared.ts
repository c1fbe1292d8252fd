/**
 * What the post-2019 layouts share, to build their specs from: the rows of 表三 that both print
 * (with the label fragment that finds each and the labels it is printed under), 表四, the builders
 * of a printed 表二 block and of 表三, and the identities of both. Item numbers ("6.", "2、") are part
 * of a row's match so that one glued to the previous row's digits ("10000016.属于…") is not read as
 * a digit of that row.
 */
import { OUTCOME_ROWS, REQUESTS_BALANCE, TABLE4_BLOCKS } from '../../contract/check-metrics';
import { APPLICANTS, OUTCOME_PARTS } from '../../contract/metrics';
import { itemPrefix, labelPattern } from '../label-pattern';
import type {
	CellRef,
	LayoutChecks,
	LayoutSpec,
	PrintedRow,
	PrintedTable,
	SumIdentity,
	Table2Row,
	Table3Row
} from './layout-spec';

const total = (metric: string): CellRef => ({ metric, applicant: 'total' });

/** A 表二 block: as printed, and the rows the engine finds in it. */
export interface Table2Block {
	printed: PrintedTable;
	read: Table2Row[];
}

/**
 * A 表二 block as printed (caption, column headers, rows) and the rows the engine finds in it:
 * each row by its printed label or any of `alsoFoundAs` (a report's own wording).
 */
export function table2Block(
	caption: string,
	columns: string[],
	rows: [label: string, metrics: string[], alsoFoundAs?: string[]][]
): Table2Block {
	return {
		printed: {
			caption,
			header: [['信息内容', ...columns]],
			labelColumns: 1,
			rows: rows.map(([label, metrics]) => ({ path: [label], cells: metrics.map(total) }))
		},
		read: rows.map(([label, metrics, also]) => ({
			label: new RegExp(`(?:${[label, ...(also ?? [])].map(labelPattern).join('|')})`, 'g'),
			metrics
		}))
	};
}

/**
 * A 表三 row label: its item number (optional, as PDF text loses it), up to sixteen characters of
 * the label's own wording that reports vary ("属于", "其他法律行政法规"), then the fragment that
 * identifies the row.
 */
export function table3Label(label: string, item?: number): RegExp {
	const prefix = item === undefined ? '' : itemPrefix(item);
	const wording = '(?:(?!无\\s)[\\u4e00-\\u9fff“”"\\s]){0,16}?';
	return new RegExp(prefix + (item === undefined ? '' : wording) + labelPattern(label), 'g');
}

/** A 表三 row: its metric, the labels it is printed under, how the engine finds it. */
export function table3Row(metric: string, path: string[], pattern: RegExp): Table3Row {
	return { metric, path, pattern };
}

export const RESULTS = '三、本年度办理结果';
const DENIED = '（三）不予公开';
const UNABLE = '（四）无法提供';
const NOT_PROCESSED = '（五）不予处理';
export const OTHER = '（六）其他处理';

/** 表三 from 本年新收 to the last 不予处理 row: the same in both post-2019 layouts. */
export const TABLE3_HEAD: readonly Table3Row[] = [
	table3Row('requests_new', ['一、本年新收政府信息公开申请数量'], table3Label('本年新收')),
	table3Row('requests_carried_over', ['二、上年结转政府信息公开申请数量'], table3Label('上年结转')),
	table3Row('outcome_granted', [RESULTS, '（一）予以公开'], table3Label('予以公开')),
	table3Row(
		'outcome_partial',
		[RESULTS, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
		table3Label('部分公开')
	),
	table3Row('denied_state_secret', [RESULTS, DENIED, '1.属于国家秘密'], table3Label('国家秘密', 1)),
	// Also as misprinted: "其他法律行政止公开" (hongze_2023).
	table3Row(
		'denied_law_forbidden',
		[RESULTS, DENIED, '2.其他法律行政法规禁止公开'],
		new RegExp(
			`${itemPrefix(2)}(?:其\\s*他\\s*)?(?:法\\s*律\\s*)?(?:行\\s*政\\s*)?(?:法\\s*规\\s*)?禁?\\s*止\\s*公\\s*开`,
			'g'
		)
	),
	table3Row(
		'denied_three_safety',
		[RESULTS, DENIED, '3.危及“三安全一稳定”'],
		table3Label('三安全一稳定', 3)
	),
	table3Row(
		'denied_third_party',
		[RESULTS, DENIED, '4.保护第三方合法权益'],
		table3Label('第三方合法权益', 4)
	),
	table3Row(
		'denied_internal_affairs',
		[RESULTS, DENIED, '5.属于三类内部事务信息'],
		table3Label('三类内部事务', 5)
	),
	table3Row(
		'denied_process_info',
		[RESULTS, DENIED, '6.属于四类过程性信息'],
		table3Label('四类过程性信息', 6)
	),
	table3Row(
		'denied_enforcement_file',
		[RESULTS, DENIED, '7.属于行政执法案卷'],
		table3Label('行政执法案卷', 7)
	),
	table3Row(
		'denied_admin_query',
		[RESULTS, DENIED, '8.属于行政查询事项'],
		table3Label('行政查询事项', 8)
	),
	table3Row(
		'unable_not_held',
		[RESULTS, UNABLE, '1.本机关不掌握相关政府信息'],
		table3Label('不掌握', 1)
	),
	table3Row(
		'unable_needs_creation',
		[RESULTS, UNABLE, '2.没有现成信息需要另行制作'],
		table3Label('另行制作', 2)
	),
	table3Row(
		'unable_unclear',
		[RESULTS, UNABLE, '3.补正后申请内容仍不明确'],
		table3Label('仍不明确', 3)
	),
	table3Row(
		'notproc_complaint',
		[RESULTS, NOT_PROCESSED, '1.信访举报投诉类申请'],
		table3Label('信访举报投诉', 1)
	),
	table3Row('notproc_repeat', [RESULTS, NOT_PROCESSED, '2.重复申请'], table3Label('重复申请', 2)),
	table3Row(
		'notproc_publication',
		[RESULTS, NOT_PROCESSED, '3.要求提供公开出版物'],
		table3Label('公开出版物', 3)
	),
	table3Row(
		'notproc_mass_repeat',
		[RESULTS, NOT_PROCESSED, '4.无正当理由大量反复申请'],
		table3Label('大量反复', 4)
	),
	table3Row(
		'notproc_confirm',
		[RESULTS, NOT_PROCESSED, '5.要求行政机关确认或重新出具已获取信息'],
		table3Label('确认或重新出', 5)
	)
];

/** 其他处理 printed as one row (the 2019 layout's; some 2021-layout reports still print it). */
export const OTHER_SINGLE: Table3Row = table3Row(
	'outcome_other',
	[RESULTS, OTHER],
	new RegExp(`[（(]\\s*六\\s*[)）]\\s*${labelPattern('其他处理')}`, 'g')
);

/** 总计 and 结转下年: the last rows of 表三 in both layouts. */
export const TABLE3_TAIL: readonly Table3Row[] = [
	table3Row(
		'outcome_total',
		[RESULTS, '（七）总计'],
		new RegExp(`[（(]\\s*七\\s*[)）]\\s*${labelPattern('总计')}`, 'g')
	),
	table3Row('requests_carried_forward', ['四、结转下年度继续办理'], table3Label('结转下年'))
];

/** 表三 as printed: three header rows over the seven applicant columns, then `rows`. */
export function printedTable3(rows: readonly Table3Row[]): PrintedTable {
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
		rows: rows.map((r): PrintedRow => ({
			path: [...r.path],
			cells: APPLICANTS.map((applicant) => ({ metric: r.metric, applicant })),
			...(r.optional ? { optional: true } : {})
		}))
	};
}

/** 表四's column words under each block: its outcomes (TABLE4_BLOCKS), then 总计. */
const OUTCOME_WORDS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

/**
 * 表四 政府信息公开行政复议、行政诉讼情况: one row of fifteen cells — 行政复议 (维持, 纠正, 其他,
 * 尚未审结, 总计), then 行政诉讼 未经复议直接起诉 and 复议后起诉 (the same five each).
 */
export const TABLE4_METRICS: readonly string[] = Object.entries(TABLE4_BLOCKS).flatMap(
	([block, outcomes]) => [...outcomes, 'total'].map((o) => `${block}_${o}`)
);

export const PRINTED_TABLE4: PrintedTable = {
	header: [
		['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''],
		[...OUTCOME_WORDS, '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
		['', '', '', '', '', ...OUTCOME_WORDS, ...OUTCOME_WORDS]
	],
	labelColumns: 0,
	rows: [{ path: [], cells: TABLE4_METRICS.map(total) }]
};

/** The section titles of the post-2019 layouts' statistics tables. */
export const SECTIONS = {
	table2: '二、主动公开政府信息情况',
	table3: '三、收到和处理政府信息公开申请情况',
	table4: '四、政府信息公开行政复议、行政诉讼情况'
} as const;

/**
 * The rows the engine reads and the tables as printed of a post-2019 layout with these 表二 blocks
 * and 表三 rows (表四 is the same in both).
 */
export function post2019Tables(
	table2: readonly Table2Block[],
	table3: readonly Table3Row[]
): Pick<LayoutSpec, 'rows' | 'printed'> {
	return {
		rows: {
			kind: 'post2019',
			table2: table2.flatMap((b) => b.read),
			table3,
			table4: TABLE4_METRICS
		},
		printed: () => [
			{ title: SECTIONS.table2, tables: table2.map((b) => b.printed) },
			{ title: SECTIONS.table3, tables: [printedTable3(table3)] },
			{ title: SECTIONS.table4, tables: [PRINTED_TABLE4] }
		]
	};
}

const TABLE4_IDENTITIES: readonly SumIdentity[] = Object.entries(TABLE4_BLOCKS).map(
	([block, outcomes]) => ({
		total: `${block}_total`,
		parts: outcomes.map((o) => `${block}_${o}`)
	})
);

/**
 * The identities of a post-2019 layout whose printed outcome subtotals have the sub-rows
 * `subtotals` names: 第一项加第二项之和等于第三项加第四项之和, the outcome rows sum to 总计, the
 * applicant columns to 总计, 表四's blocks.
 */
export function post2019Checks(subtotals: (keyof typeof OUTCOME_PARTS)[]): LayoutChecks {
	return {
		kind: 'post2019',
		balance: REQUESTS_BALANCE,
		outcomes: { total: 'outcome_total', parts: OUTCOME_ROWS },
		subtotals: Object.fromEntries(subtotals.map((id) => [id, OUTCOME_PARTS[id]])),
		applicantColumns: true,
		blocks: TABLE4_IDENTITIES
	};
}
