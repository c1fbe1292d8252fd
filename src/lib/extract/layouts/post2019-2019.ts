/**
 * The 2019 layout (国办公开办函〔2019〕60号), reports for 2019 and 2020: 表二 counts what was newly
 * made and published (and item counts with their yearly change), and 表三 prints 其他处理 as one row.
 */
import { layoutEra } from '../../contract/layouts';
import type { LayoutSpec, Table3Row } from './layout-spec';
import {
	OTHER_SINGLE,
	TABLE3_HEAD,
	TABLE3_TAIL,
	post2019Checks,
	post2019Tables,
	table2Block
} from './post2019-shared';

/** 本年新制作 / 本年新公开 / 对外公开总数量; 上一年项目数量 / 本年增/减 / 处理决定数量; … */
const TABLE2 = [
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

const TABLE3: readonly Table3Row[] = [...TABLE3_HEAD, OTHER_SINGLE, ...TABLE3_TAIL];

export const POST2019_2019: LayoutSpec<'post2019_2019'> = {
	...layoutEra('post2019_2019'),
	document: '国办公开办函〔2019〕60号',
	cues: [/本\s*年\s*新\s*制\s*作/, /本\s*年\s*新\s*公\s*开/, /对外公开总数量/],
	...post2019Tables(TABLE2, TABLE3),
	// 其他处理 is one printed row here: it has no sub-rows to add up.
	checks: post2019Checks(['outcome_denied', 'outcome_unable', 'outcome_not_processed'])
};
