/**
 * The rows of 表三 (收到和处理政府信息公开申请情况) in printed order, per official layout, with the
 * label fragment that finds each row. Item numbers ("6.", "2、") are part of the match so that one
 * glued to the previous row's digits ("10000016.属于…") is not read as a digit of that row.
 */
import { OUTCOME_PARTS } from '../contract/metrics';
import { itemPrefix, labelPattern } from './label-pattern';

export interface RowDef {
	metric: string;
	pattern: RegExp;
}

/**
 * A row label: its item number (optional, as PDF text loses it), up to sixteen characters of the
 * label's own wording that reports vary ("属于", "其他法律行政法规"), then the fragment that identifies
 * the row. Matching from the item number keeps it out of the previous row's digits.
 */
function row(metric: string, label: string, item?: number): RowDef {
	const prefix = item === undefined ? '' : itemPrefix(item);
	const wording = '(?:(?!无\\s)[\\u4e00-\\u9fff“”"\\s]){0,16}?';
	return {
		metric,
		pattern: new RegExp(prefix + (item === undefined ? '' : wording) + labelPattern(label), 'g')
	};
}

const HEAD: RowDef[] = [
	row('requests_new', '本年新收'),
	row('requests_carried_over', '上年结转'),
	row('outcome_granted', '予以公开'),
	row('outcome_partial', '部分公开'),
	row('denied_state_secret', '国家秘密', 1),
	// Also as misprinted: "其他法律行政止公开" (hongze_2023).
	{
		metric: 'denied_law_forbidden',
		pattern: new RegExp(
			`${itemPrefix(2)}(?:其\\s*他\\s*)?(?:法\\s*律\\s*)?(?:行\\s*政\\s*)?(?:法\\s*规\\s*)?禁?\\s*止\\s*公\\s*开`,
			'g'
		)
	},
	row('denied_three_safety', '三安全一稳定', 3),
	row('denied_third_party', '第三方合法权益', 4),
	row('denied_internal_affairs', '三类内部事务', 5),
	row('denied_process_info', '四类过程性信息', 6),
	row('denied_enforcement_file', '行政执法案卷', 7),
	row('denied_admin_query', '行政查询事项', 8),
	row('unable_not_held', '不掌握', 1),
	row('unable_needs_creation', '另行制作', 2),
	row('unable_unclear', '仍不明确', 3),
	row('notproc_complaint', '信访举报投诉', 1),
	row('notproc_repeat', '重复申请', 2),
	row('notproc_publication', '公开出版物', 3),
	row('notproc_mass_repeat', '大量反复', 4),
	row('notproc_confirm', '确认或重新出', 5)
];

const TAIL: RowDef[] = [
	{
		metric: 'outcome_total',
		pattern: new RegExp(`[（(]\\s*七\\s*[)）]\\s*${labelPattern('总计')}`, 'g')
	},
	row('requests_carried_forward', '结转下年')
];

const OTHER_SINGLE: RowDef = {
	metric: 'outcome_other',
	pattern: new RegExp(`[（(]\\s*六\\s*[)）]\\s*${labelPattern('其他处理')}`, 'g')
};

/** 2021 layout; some reports still print 其他处理 as one row (hongze_2023): read it when there. */
export const TABLE3_ROWS_2021: readonly RowDef[] = [
	...HEAD,
	OTHER_SINGLE,
	row('other_no_correction', '逾期不补', 1),
	row('other_no_fee', '逾期未按', 2),
	{ metric: 'other_misc', pattern: new RegExp(`3\\s*[.、．]\\s*其\\s*他`, 'g') },
	...TAIL
];

export const TABLE3_ROWS_2019: readonly RowDef[] = [...HEAD, OTHER_SINGLE, ...TAIL];

/** Sub-rows whose sum is a subtotal the 2021 layout does not print as a row of its own. */
export const SUBTOTALS: Readonly<Record<string, readonly string[]>> = OUTCOME_PARTS;
