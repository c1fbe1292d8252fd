/**
 * 表二 主动公开政府信息情况 (post-2019): the rows of each official layout and the metric of each
 * printed cell, in column order.
 */
import { labelPattern } from './label-pattern';

export interface Table2Row {
	label: RegExp;
	metrics: readonly string[];
}

function row(labels: string[], metrics: string[]): Table2Row {
	return { label: new RegExp(`(?:${labels.map(labelPattern).join('|')})`, 'g'), metrics };
}

/** 〔2021〕30号: 本年制发件数 / 本年废止件数 / 现行有效件数; then one 本年处理决定数量 or 收费金额 cell. */
export const TABLE2_ROWS_2021: readonly Table2Row[] = [
	row(['规章'], ['rules_made', 'rules_repealed', 'rules_in_force']),
	row(
		['行政规范性文件', '规范性文件'],
		['normative_docs_made', 'normative_docs_repealed', 'normative_docs_in_force']
	),
	row(['行政许可'], ['licensing_decisions']),
	row(['行政处罚'], ['penalty_decisions']),
	row(['行政强制'], ['coercion_decisions']),
	row(['行政事业性收费'], ['fees_amount_10k_yuan'])
];

/** 〔2019〕60号: 本年新制作 / 本年新公开 / 对外公开总数量; 上一年项目数量 / 本年增/减 / 处理决定数量; … */
export const TABLE2_ROWS_2019: readonly Table2Row[] = [
	row(['规章'], ['rules_new_made', 'rules_new_published', 'rules_published_total']),
	row(
		['规范性文件'],
		['normative_docs_new_made', 'normative_docs_new_published', 'normative_docs_published_total']
	),
	row(['行政许可'], ['licensing_prev_items', 'licensing_change', 'licensing_decisions']),
	row(
		['其他对外管理服务事项'],
		['other_services_prev_items', 'other_services_change', 'other_services_decisions']
	),
	row(['行政处罚'], ['penalty_prev_items', 'penalty_change', 'penalty_decisions']),
	row(['行政强制'], ['coercion_prev_items', 'coercion_change', 'coercion_decisions']),
	row(['行政事业性收费'], ['fees_prev_items', 'fees_change']),
	row(['政府集中采购'], ['procurement_items', 'procurement_amount_yuan'])
];
