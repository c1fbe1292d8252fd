/**
 * The 2021 layout (国办公开办函〔2021〕30号), reports for 2021 on: 表二 counts documents made,
 * repealed and in force, and 表三 splits 其他处理 into three rows.
 */
import { layoutEra } from '../../contract/layouts';
import type { LayoutSpec, Table3Row } from './layout-spec';
import {
	OTHER,
	OTHER_SINGLE,
	RESULTS,
	TABLE3_HEAD,
	TABLE3_TAIL,
	post2019Checks,
	post2019Tables,
	table2Block,
	table3Label,
	table3Row
} from './post2019-shared';

/** 本年制发件数 / 本年废止件数 / 现行有效件数; then one 本年处理决定数量 or 收费金额 cell. */
const TABLE2 = [
	table2Block(
		'第二十条第（一）项',
		['本年制发件数', '本年废止件数', '现行有效件数'],
		[
			['规章', ['rules_made', 'rules_repealed', 'rules_in_force']],
			[
				'行政规范性文件',
				['normative_docs_made', 'normative_docs_repealed', 'normative_docs_in_force'],
				['规范性文件']
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

/** Some reports still print 其他处理 as one row (hongze_2023): read it when there. */
const TABLE3: readonly Table3Row[] = [
	...TABLE3_HEAD,
	{ ...OTHER_SINGLE, optional: true },
	table3Row(
		'other_no_correction',
		[RESULTS, OTHER, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
		table3Label('逾期不补', 1)
	),
	table3Row(
		'other_no_fee',
		[RESULTS, OTHER, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
		table3Label('逾期未按', 2)
	),
	table3Row('other_misc', [RESULTS, OTHER, '3.其他'], new RegExp(`3\\s*[.、．]\\s*其\\s*他`, 'g')),
	...TABLE3_TAIL
];

export const POST2019_2021: LayoutSpec<'post2019_2021'> = {
	...layoutEra('post2019_2021'),
	document: '国办公开办函〔2021〕30号',
	cues: [/逾\s*期\s*不\s*补\s*正/, /逾期未按收费/, /本\s*年\s*制\s*发\s*件\s*数/],
	...post2019Tables(TABLE2, TABLE3),
	checks: post2019Checks([
		'outcome_denied',
		'outcome_unable',
		'outcome_not_processed',
		'outcome_other'
	])
};
