/**
 * The metric dictionary of the data contract (docs/data-contract.md, "Metric ids"): every metric id
 * with its group, labels, unit, era and definition. Ids are a public interface (SQL users type
 * them): never rename one. Pure data, no imports.
 *
 * Eras: since2019 = both post-2019 layouts (国办公开办函〔2019〕60号 and 〔2021〕30号);
 * layout2019 / layout2021 = one of them only; pre2019 = the 2008–2018 统计表 and prose;
 * all = the same id in every era; harmonized = computed in SQL across eras, never stored.
 */
export type Era = 'since2019' | 'layout2019' | 'layout2021' | 'pre2019' | 'all' | 'harmonized';
export type Unit =
	| 'requests'
	| 'cases'
	| 'items'
	| 'documents'
	| 'decisions'
	| 'yuan'
	| '10k_yuan'
	| 'people'
	| 'events'
	| 'rooms'
	| 'ratio';

export interface MetricDef {
	metric: string;
	group: string;
	label_zh: string;
	label_en: string;
	unit: Unit;
	era: Era;
	definition: string;
}

/** Metric groups, in display order. */
export const GROUPS = [
	'requests',
	'outcomes',
	'denial_reasons',
	'unable_reasons',
	'not_processed_reasons',
	'other_reasons',
	'review_litigation',
	'proactive',
	'channels',
	'answers',
	'capacity',
	'harmonized',
	'rates'
] as const;

export const METRICS: readonly MetricDef[] = [
	// requests
	{
		metric: 'requests_new',
		group: 'requests',
		label_zh: '本年新收政府信息公开申请数量',
		label_en: 'New requests this year',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Information-disclosure requests received during the report year. 表三 row 一, per applicant column and total.'
	},
	{
		metric: 'requests_carried_over',
		group: 'requests',
		label_zh: '上年结转政府信息公开申请数量',
		label_en: 'Carried over from last year',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests received in the previous year and still being handled at its end. 表三 row 二, per applicant column and total.'
	},
	{
		metric: 'requests_carried_forward',
		group: 'requests',
		label_zh: '结转下年度继续办理',
		label_en: 'Carried forward to next year',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests still being handled at the end of the report year. 表三 row 四, per applicant column and total.'
	},
	{
		metric: 'requests_received',
		group: 'requests',
		label_zh: '收到申请数',
		label_en: 'Requests received',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Information-disclosure requests received in the year (申请总数, 受理数), from the pre-2019 统计表 (依申请公开情况) or the same figure in prose.'
	},
	{
		metric: 'requests_closed_on_time',
		group: 'requests',
		label_zh: '按时办结数',
		label_en: 'Closed on time',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Requests closed within the statutory time limit (申请办结数: 按时办结), pre-2019 统计表 or prose.'
	},
	{
		metric: 'requests_closed_extended',
		group: 'requests',
		label_zh: '延期办结数',
		label_en: 'Closed after extension',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Requests closed after the time limit was extended (申请办结数: 延期办结), pre-2019 统计表 or prose.'
	},
	// outcomes
	{
		metric: 'outcome_granted',
		group: 'outcomes',
		label_zh: '予以公开',
		label_en: 'Granted',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests answered by disclosing the information in full. 表三 row 三(一), per applicant column and total.'
	},
	{
		metric: 'outcome_partial',
		group: 'outcomes',
		label_zh: '部分公开',
		label_en: 'Partly granted',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests answered by disclosing part of the information (区分处理, counted only here). 表三 row 三(二), per applicant column and total.'
	},
	{
		metric: 'outcome_denied',
		group: 'outcomes',
		label_zh: '不予公开',
		label_en: 'Denied',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests refused, the sum of the eight 不予公开 reasons. 表三 row 三(三); a fact only if the subtotal is printed or all eight reasons are present.'
	},
	{
		metric: 'outcome_unable',
		group: 'outcomes',
		label_zh: '无法提供',
		label_en: 'Unable to provide',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests whose information could not be provided, the sum of the three 无法提供 reasons. 表三 row 三(四).'
	},
	{
		metric: 'outcome_not_processed',
		group: 'outcomes',
		label_zh: '不予处理',
		label_en: 'Not processed',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests the agency declined to process, the sum of the five 不予处理 reasons. 表三 row 三(五).'
	},
	{
		metric: 'outcome_other',
		group: 'outcomes',
		label_zh: '其他处理',
		label_en: 'Other handling',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests closed in another way. 表三 row 三(六): a single row in the 2019 layout, the sum of its three sub-rows in the 2021 layout.'
	},
	{
		metric: 'outcome_total',
		group: 'outcomes',
		label_zh: '总计',
		label_en: 'Concluded in total',
		unit: 'requests',
		era: 'since2019',
		definition:
			'All requests concluded in the report year, the sum of outcomes 三(一) to 三(六). 表三 row 三(七) 总计.'
	},
	// denial_reasons
	{
		metric: 'denied_state_secret',
		group: 'denial_reasons',
		label_zh: '属于国家秘密',
		label_en: 'Denied: state secret',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests refused because the information is a state secret. 表三 row 三(三)1, per applicant column and total.'
	},
	{
		metric: 'denied_law_forbidden',
		group: 'denial_reasons',
		label_zh: '其他法律行政法规禁止公开',
		label_en: 'Denied: forbidden by other laws',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests refused because other laws or administrative regulations forbid disclosure. 表三 row 三(三)2, per applicant column and total.'
	},
	{
		metric: 'denied_three_safety',
		group: 'denial_reasons',
		label_zh: '危及“三安全一稳定”',
		label_en: 'Denied: endangers security or stability',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests refused because disclosure would endanger national, public or economic security or social stability (三安全一稳定). 表三 row 三(三)3, per applicant column and total.'
	},
	{
		metric: 'denied_third_party',
		group: 'denial_reasons',
		label_zh: '保护第三方合法权益',
		label_en: 'Denied: third-party rights',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests refused because disclosure would harm the lawful rights of a third party. 表三 row 三(三)4, per applicant column and total.'
	},
	{
		metric: 'denied_internal_affairs',
		group: 'denial_reasons',
		label_zh: '属于三类内部事务信息',
		label_en: 'Denied: internal affairs',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests refused because the information is one of the three kinds of internal-affairs information. 表三 row 三(三)5, per applicant column and total.'
	},
	{
		metric: 'denied_process_info',
		group: 'denial_reasons',
		label_zh: '属于四类过程性信息',
		label_en: 'Denied: process information',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests refused because the information is one of the four kinds of process (deliberative) information. 表三 row 三(三)6, per applicant column and total.'
	},
	{
		metric: 'denied_enforcement_file',
		group: 'denial_reasons',
		label_zh: '属于行政执法案卷',
		label_en: 'Denied: enforcement case file',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests refused because the information is part of an administrative enforcement case file. 表三 row 三(三)7, per applicant column and total.'
	},
	{
		metric: 'denied_admin_query',
		group: 'denial_reasons',
		label_zh: '属于行政查询事项',
		label_en: 'Denied: administrative query matter',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests refused because the request is an administrative query matter handled by another procedure. 表三 row 三(三)8, per applicant column and total.'
	},
	// unable_reasons
	{
		metric: 'unable_not_held',
		group: 'unable_reasons',
		label_zh: '本机关不掌握相关政府信息',
		label_en: 'Unable: not held by this agency',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests not answered because the agency does not hold the information. 表三 row 三(四)1, per applicant column and total.'
	},
	{
		metric: 'unable_needs_creation',
		group: 'unable_reasons',
		label_zh: '没有现成信息需要另行制作',
		label_en: 'Unable: would need to be created',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests not answered because no existing information exists and it would have to be newly created. 表三 row 三(四)2, per applicant column and total.'
	},
	{
		metric: 'unable_unclear',
		group: 'unable_reasons',
		label_zh: '补正后申请内容仍不明确',
		label_en: 'Unable: still unclear after correction',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests not answered because the request was still unclear after the applicant corrected it. 表三 row 三(四)3, per applicant column and total.'
	},
	// not_processed_reasons
	{
		metric: 'notproc_complaint',
		group: 'not_processed_reasons',
		label_zh: '信访举报投诉类申请',
		label_en: 'Not processed: petition or complaint',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests not processed because they were petitions, reports or complaints rather than information requests. 表三 row 三(五)1, per applicant column and total.'
	},
	{
		metric: 'notproc_repeat',
		group: 'not_processed_reasons',
		label_zh: '重复申请',
		label_en: 'Not processed: repeated request',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests not processed because they repeated an earlier request. 表三 row 三(五)2, per applicant column and total.'
	},
	{
		metric: 'notproc_publication',
		group: 'not_processed_reasons',
		label_zh: '要求提供公开出版物',
		label_en: 'Not processed: asks for publications',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests not processed because they asked for publicly sold publications. 表三 row 三(五)3, per applicant column and total.'
	},
	{
		metric: 'notproc_mass_repeat',
		group: 'not_processed_reasons',
		label_zh: '无正当理由大量反复申请',
		label_en: 'Not processed: mass repeated requests',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests not processed because they were part of a large number of repeated requests without good reason. 表三 row 三(五)4, per applicant column and total.'
	},
	{
		metric: 'notproc_confirm',
		group: 'not_processed_reasons',
		label_zh: '要求行政机关确认或重新出具已获取信息',
		label_en: 'Not processed: asks to confirm or reissue',
		unit: 'requests',
		era: 'since2019',
		definition:
			'Requests not processed because they asked the agency to confirm or reissue information the applicant already had. 表三 row 三(五)5, per applicant column and total.'
	},
	// other_reasons
	{
		metric: 'other_no_correction',
		group: 'other_reasons',
		label_zh: '申请人无正当理由逾期不补正',
		label_en: 'Other: not corrected in time',
		unit: 'requests',
		era: 'layout2021',
		definition:
			'Requests dropped because the applicant did not correct or complete them in time without good reason. 表三 row 三(六)1 (2021 layout only).'
	},
	{
		metric: 'other_no_fee',
		group: 'other_reasons',
		label_zh: '申请人逾期未按收费通知要求缴纳费用',
		label_en: 'Other: fee not paid in time',
		unit: 'requests',
		era: 'layout2021',
		definition:
			'Requests dropped because the applicant did not pay the information-processing fee by the deadline. 表三 row 三(六)2 (2021 layout only).'
	},
	{
		metric: 'other_misc',
		group: 'other_reasons',
		label_zh: '其他',
		label_en: 'Other: miscellaneous',
		unit: 'requests',
		era: 'layout2021',
		definition: 'Requests closed in any other way. 表三 row 三(六)3 其他 (2021 layout only).'
	},
	// review_litigation
	{
		metric: 'review_upheld',
		group: 'review_litigation',
		label_zh: '行政复议结果维持',
		label_en: 'Reviews: upheld',
		unit: 'cases',
		era: 'all',
		definition:
			'Administrative reviews (行政复议) about information disclosure whose decision was upheld (结果维持). 表四 行政复议 block since 2019; the 统计表 (行政复议数 and its outcomes) or prose before 2019.'
	},
	{
		metric: 'review_corrected',
		group: 'review_litigation',
		label_zh: '行政复议结果纠正',
		label_en: 'Reviews: corrected',
		unit: 'cases',
		era: 'all',
		definition:
			'Administrative reviews (行政复议) about information disclosure in which the decision was corrected (结果纠正). 表四 行政复议 block since 2019; the 统计表 (行政复议数 and its outcomes) or prose before 2019.'
	},
	{
		metric: 'review_other',
		group: 'review_litigation',
		label_zh: '行政复议其他结果',
		label_en: 'Reviews: other result',
		unit: 'cases',
		era: 'all',
		definition:
			'Administrative reviews (行政复议) about information disclosure with another result (其他结果). 表四 行政复议 block since 2019; the 统计表 (行政复议数 and its outcomes) or prose before 2019.'
	},
	{
		metric: 'review_pending',
		group: 'review_litigation',
		label_zh: '行政复议尚未审结',
		label_en: 'Reviews: pending',
		unit: 'cases',
		era: 'since2019',
		definition:
			'Administrative reviews (行政复议) about information disclosure not yet concluded at year end (尚未审结). 表四 行政复议 block (since 2019 only).'
	},
	{
		metric: 'review_total',
		group: 'review_litigation',
		label_zh: '行政复议总计',
		label_en: 'Administrative reviews',
		unit: 'cases',
		era: 'all',
		definition:
			'Administrative reviews (行政复议) about information disclosure in total (总计). 表四 行政复议 block since 2019; the 统计表 (行政复议数 and its outcomes) or prose before 2019.'
	},
	{
		metric: 'litigation_direct_upheld',
		group: 'review_litigation',
		label_zh: '未经复议直接起诉结果维持',
		label_en: 'Direct lawsuits: upheld',
		unit: 'cases',
		era: 'since2019',
		definition:
			'Administrative lawsuits (行政诉讼) filed directly, without a prior review (未经复议直接起诉) whose decision was upheld (结果维持). 表四 行政诉讼 block.'
	},
	{
		metric: 'litigation_direct_corrected',
		group: 'review_litigation',
		label_zh: '未经复议直接起诉结果纠正',
		label_en: 'Direct lawsuits: corrected',
		unit: 'cases',
		era: 'since2019',
		definition:
			'Administrative lawsuits (行政诉讼) filed directly, without a prior review (未经复议直接起诉) in which the decision was corrected (结果纠正). 表四 行政诉讼 block.'
	},
	{
		metric: 'litigation_direct_other',
		group: 'review_litigation',
		label_zh: '未经复议直接起诉其他结果',
		label_en: 'Direct lawsuits: other result',
		unit: 'cases',
		era: 'since2019',
		definition:
			'Administrative lawsuits (行政诉讼) filed directly, without a prior review (未经复议直接起诉) with another result (其他结果). 表四 行政诉讼 block.'
	},
	{
		metric: 'litigation_direct_pending',
		group: 'review_litigation',
		label_zh: '未经复议直接起诉尚未审结',
		label_en: 'Direct lawsuits: pending',
		unit: 'cases',
		era: 'since2019',
		definition:
			'Administrative lawsuits (行政诉讼) filed directly, without a prior review (未经复议直接起诉) not yet concluded at year end (尚未审结). 表四 行政诉讼 block.'
	},
	{
		metric: 'litigation_direct_total',
		group: 'review_litigation',
		label_zh: '未经复议直接起诉总计',
		label_en: 'Direct lawsuits: total',
		unit: 'cases',
		era: 'since2019',
		definition:
			'Administrative lawsuits (行政诉讼) filed directly, without a prior review (未经复议直接起诉) in total (总计). 表四 行政诉讼 block.'
	},
	{
		metric: 'litigation_after_review_upheld',
		group: 'review_litigation',
		label_zh: '复议后起诉结果维持',
		label_en: 'Lawsuits after review: upheld',
		unit: 'cases',
		era: 'since2019',
		definition:
			'Administrative lawsuits (行政诉讼) filed after an administrative review (复议后起诉) whose decision was upheld (结果维持). 表四 行政诉讼 block.'
	},
	{
		metric: 'litigation_after_review_corrected',
		group: 'review_litigation',
		label_zh: '复议后起诉结果纠正',
		label_en: 'Lawsuits after review: corrected',
		unit: 'cases',
		era: 'since2019',
		definition:
			'Administrative lawsuits (行政诉讼) filed after an administrative review (复议后起诉) in which the decision was corrected (结果纠正). 表四 行政诉讼 block.'
	},
	{
		metric: 'litigation_after_review_other',
		group: 'review_litigation',
		label_zh: '复议后起诉其他结果',
		label_en: 'Lawsuits after review: other result',
		unit: 'cases',
		era: 'since2019',
		definition:
			'Administrative lawsuits (行政诉讼) filed after an administrative review (复议后起诉) with another result (其他结果). 表四 行政诉讼 block.'
	},
	{
		metric: 'litigation_after_review_pending',
		group: 'review_litigation',
		label_zh: '复议后起诉尚未审结',
		label_en: 'Lawsuits after review: pending',
		unit: 'cases',
		era: 'since2019',
		definition:
			'Administrative lawsuits (行政诉讼) filed after an administrative review (复议后起诉) not yet concluded at year end (尚未审结). 表四 行政诉讼 block.'
	},
	{
		metric: 'litigation_after_review_total',
		group: 'review_litigation',
		label_zh: '复议后起诉总计',
		label_en: 'Lawsuits after review: total',
		unit: 'cases',
		era: 'since2019',
		definition:
			'Administrative lawsuits (行政诉讼) filed after an administrative review (复议后起诉) in total (总计). 表四 行政诉讼 block.'
	},
	{
		metric: 'litigation_total',
		group: 'review_litigation',
		label_zh: '行政诉讼数',
		label_en: 'Lawsuits',
		unit: 'cases',
		era: 'pre2019',
		definition:
			'Administrative lawsuits (行政诉讼) about information disclosure, direct and after review together. Pre-2019 统计表 or prose.'
	},
	{
		metric: 'litigation_upheld',
		group: 'review_litigation',
		label_zh: '行政诉讼维持具体行政行为数',
		label_en: 'Lawsuits: upheld',
		unit: 'cases',
		era: 'pre2019',
		definition:
			"Administrative lawsuits in which the agency's act was upheld. Pre-2019 统计表 (行政诉讼) or prose."
	},
	{
		metric: 'litigation_corrected',
		group: 'review_litigation',
		label_zh: '行政诉讼被依法纠错数',
		label_en: 'Lawsuits: corrected',
		unit: 'cases',
		era: 'pre2019',
		definition:
			"Administrative lawsuits in which the agency's act was corrected according to law. Pre-2019 统计表 (行政诉讼) or prose."
	},
	{
		metric: 'litigation_other',
		group: 'review_litigation',
		label_zh: '行政诉讼其他情形数',
		label_en: 'Lawsuits: other result',
		unit: 'cases',
		era: 'pre2019',
		definition: 'Administrative lawsuits with another result. Pre-2019 统计表 (行政诉讼) or prose.'
	},
	// proactive
	{
		metric: 'rules_made',
		group: 'proactive',
		label_zh: '规章本年制发件数',
		label_en: 'Rules issued',
		unit: 'documents',
		era: 'layout2021',
		definition:
			'Government rules (规章) issued in the report year. 表二 (2021 layout) 第二十条第（一）项, 规章 row, 本年制发件数.'
	},
	{
		metric: 'rules_repealed',
		group: 'proactive',
		label_zh: '规章本年废止件数',
		label_en: 'Rules repealed',
		unit: 'documents',
		era: 'layout2021',
		definition:
			'Government rules (规章) repealed in the report year. 表二 (2021 layout) 第二十条第（一）项, 规章 row, 本年废止件数.'
	},
	{
		metric: 'rules_in_force',
		group: 'proactive',
		label_zh: '规章现行有效件数',
		label_en: 'Rules in force',
		unit: 'documents',
		era: 'layout2021',
		definition:
			'Government rules (规章) in force at the end of the year. 表二 (2021 layout) 第二十条第（一）项, 规章 row, 现行有效件数.'
	},
	{
		metric: 'normative_docs_made',
		group: 'proactive',
		label_zh: '行政规范性文件本年制发件数',
		label_en: 'Normative documents issued',
		unit: 'documents',
		era: 'layout2021',
		definition:
			'Administrative normative documents (行政规范性文件) issued in the report year. 表二 (2021 layout) 第二十条第（一）项, 本年制发件数.'
	},
	{
		metric: 'normative_docs_repealed',
		group: 'proactive',
		label_zh: '行政规范性文件本年废止件数',
		label_en: 'Normative documents repealed',
		unit: 'documents',
		era: 'layout2021',
		definition:
			'Administrative normative documents repealed in the report year. 表二 (2021 layout) 第二十条第（一）项, 本年废止件数.'
	},
	{
		metric: 'normative_docs_in_force',
		group: 'proactive',
		label_zh: '行政规范性文件现行有效件数',
		label_en: 'Normative documents in force',
		unit: 'documents',
		era: 'layout2021',
		definition:
			'Administrative normative documents in force at the end of the year. 表二 (2021 layout) 第二十条第（一）项, 现行有效件数.'
	},
	{
		metric: 'licensing_decisions',
		group: 'proactive',
		label_zh: '行政许可处理决定数量',
		label_en: 'Licensing decisions',
		unit: 'decisions',
		era: 'since2019',
		definition:
			'Administrative licensing decisions made in the year. 表二 第二十条第（五）项, 行政许可 row (本年处理决定数量 in the 2021 layout, 处理决定数量 in the 2019 layout).'
	},
	{
		metric: 'penalty_decisions',
		group: 'proactive',
		label_zh: '行政处罚处理决定数量',
		label_en: 'Penalty decisions',
		unit: 'decisions',
		era: 'since2019',
		definition:
			'Administrative penalty decisions made in the year. 表二 第二十条第（六）项, 行政处罚 row, both layouts.'
	},
	{
		metric: 'coercion_decisions',
		group: 'proactive',
		label_zh: '行政强制处理决定数量',
		label_en: 'Coercion decisions',
		unit: 'decisions',
		era: 'since2019',
		definition:
			'Administrative coercion decisions made in the year. 表二 第二十条第（六）项, 行政强制 row, both layouts.'
	},
	{
		metric: 'fees_amount_10k_yuan',
		group: 'proactive',
		label_zh: '行政事业性收费本年收费金额',
		label_en: 'Administrative fees collected',
		unit: '10k_yuan',
		era: 'layout2021',
		definition:
			'Administrative and institutional fees (行政事业性收费) collected in the year, in 10,000 yuan. 表二 (2021 layout) 第二十条第（八）项.'
	},
	{
		metric: 'rules_new_made',
		group: 'proactive',
		label_zh: '规章本年新制作数量',
		label_en: 'Rules newly made',
		unit: 'documents',
		era: 'layout2019',
		definition:
			'Government rules (规章) newly made in the report year. 表二 (2019 layout) 第二十条第（一）项, 规章 row, 本年新制作数量.'
	},
	{
		metric: 'rules_new_published',
		group: 'proactive',
		label_zh: '规章本年新公开数量',
		label_en: 'Rules newly published',
		unit: 'documents',
		era: 'layout2019',
		definition:
			'Government rules (规章) newly published in the report year. 表二 (2019 layout) 第二十条第（一）项, 规章 row, 本年新公开数量.'
	},
	{
		metric: 'rules_published_total',
		group: 'proactive',
		label_zh: '规章对外公开总数量',
		label_en: 'Rules published in total',
		unit: 'documents',
		era: 'layout2019',
		definition:
			'All government rules (规章) published to date. 表二 (2019 layout) 第二十条第（一）项, 规章 row, 对外公开总数量.'
	},
	{
		metric: 'normative_docs_new_made',
		group: 'proactive',
		label_zh: '规范性文件本年新制作数量',
		label_en: 'Normative documents newly made',
		unit: 'documents',
		era: 'layout2019',
		definition:
			'Normative documents (规范性文件) newly made in the report year. 表二 (2019 layout) 第二十条第（一）项, 本年新制作数量.'
	},
	{
		metric: 'normative_docs_new_published',
		group: 'proactive',
		label_zh: '规范性文件本年新公开数量',
		label_en: 'Normative documents newly published',
		unit: 'documents',
		era: 'layout2019',
		definition:
			'Normative documents newly published in the report year. 表二 (2019 layout) 第二十条第（一）项, 本年新公开数量.'
	},
	{
		metric: 'normative_docs_published_total',
		group: 'proactive',
		label_zh: '规范性文件对外公开总数量',
		label_en: 'Normative documents published in total',
		unit: 'documents',
		era: 'layout2019',
		definition:
			'All normative documents published to date. 表二 (2019 layout) 第二十条第（一）项, 对外公开总数量.'
	},
	{
		metric: 'licensing_prev_items',
		group: 'proactive',
		label_zh: '行政许可上一年项目数量',
		label_en: 'Licensing: items last year',
		unit: 'items',
		era: 'layout2019',
		definition:
			'Number of 行政许可 items (事项) at the end of the previous year. 表二 (2019 layout) 第二十条第（五）项, 行政许可 row, 上一年项目数量.'
	},
	{
		metric: 'licensing_change',
		group: 'proactive',
		label_zh: '行政许可本年增/减',
		label_en: 'Licensing: change in items',
		unit: 'items',
		era: 'layout2019',
		definition:
			'Net change in the number of 行政许可 items during the year (may be negative). 表二 (2019 layout) 第二十条第（五）项, 行政许可 row, 本年增/减.'
	},
	{
		metric: 'penalty_prev_items',
		group: 'proactive',
		label_zh: '行政处罚上一年项目数量',
		label_en: 'Penalty: items last year',
		unit: 'items',
		era: 'layout2019',
		definition:
			'Number of 行政处罚 items (事项) at the end of the previous year. 表二 (2019 layout) 第二十条第（六）项, 行政处罚 row, 上一年项目数量.'
	},
	{
		metric: 'penalty_change',
		group: 'proactive',
		label_zh: '行政处罚本年增/减',
		label_en: 'Penalty: change in items',
		unit: 'items',
		era: 'layout2019',
		definition:
			'Net change in the number of 行政处罚 items during the year (may be negative). 表二 (2019 layout) 第二十条第（六）项, 行政处罚 row, 本年增/减.'
	},
	{
		metric: 'coercion_prev_items',
		group: 'proactive',
		label_zh: '行政强制上一年项目数量',
		label_en: 'Coercion: items last year',
		unit: 'items',
		era: 'layout2019',
		definition:
			'Number of 行政强制 items (事项) at the end of the previous year. 表二 (2019 layout) 第二十条第（六）项, 行政强制 row, 上一年项目数量.'
	},
	{
		metric: 'coercion_change',
		group: 'proactive',
		label_zh: '行政强制本年增/减',
		label_en: 'Coercion: change in items',
		unit: 'items',
		era: 'layout2019',
		definition:
			'Net change in the number of 行政强制 items during the year (may be negative). 表二 (2019 layout) 第二十条第（六）项, 行政强制 row, 本年增/减.'
	},
	{
		metric: 'other_services_prev_items',
		group: 'proactive',
		label_zh: '其他对外管理服务事项上一年项目数量',
		label_en: 'Other services: items last year',
		unit: 'items',
		era: 'layout2019',
		definition:
			'Number of 其他对外管理服务事项 items (事项) at the end of the previous year. 表二 (2019 layout) 第二十条第（五）项, 其他对外管理服务事项 row, 上一年项目数量.'
	},
	{
		metric: 'other_services_change',
		group: 'proactive',
		label_zh: '其他对外管理服务事项本年增/减',
		label_en: 'Other services: change in items',
		unit: 'items',
		era: 'layout2019',
		definition:
			'Net change in the number of 其他对外管理服务事项 items during the year (may be negative). 表二 (2019 layout) 第二十条第（五）项, 其他对外管理服务事项 row, 本年增/减.'
	},
	{
		metric: 'other_services_decisions',
		group: 'proactive',
		label_zh: '其他对外管理服务事项处理决定数量',
		label_en: 'Other services: decisions',
		unit: 'decisions',
		era: 'layout2019',
		definition:
			'Decisions on other external management and service matters made in the year. 表二 (2019 layout) 第二十条第（五）项, 其他对外管理服务事项 row, 处理决定数量.'
	},
	{
		metric: 'fees_prev_items',
		group: 'proactive',
		label_zh: '行政事业性收费上一年项目数量',
		label_en: 'Fees: items last year',
		unit: 'items',
		era: 'layout2019',
		definition:
			'Number of administrative fee items (行政事业性收费) at the end of the previous year. 表二 (2019 layout) 第二十条第（八）项, 上一年项目数量.'
	},
	{
		metric: 'fees_change',
		group: 'proactive',
		label_zh: '行政事业性收费本年增/减',
		label_en: 'Fees: change in items',
		unit: 'items',
		era: 'layout2019',
		definition:
			'Net change in the number of administrative fee items during the year. 表二 (2019 layout) 第二十条第（八）项, 本年增/减.'
	},
	{
		metric: 'procurement_items',
		group: 'proactive',
		label_zh: '政府集中采购项目数量',
		label_en: 'Procurement projects',
		unit: 'items',
		era: 'layout2019',
		definition:
			'Centralized government procurement projects (政府集中采购) in the year. 表二 (2019 layout) 第二十条第（九）项, 采购项目数量.'
	},
	{
		metric: 'procurement_amount_yuan',
		group: 'proactive',
		label_zh: '政府集中采购总金额',
		label_en: 'Procurement amount',
		unit: 'yuan',
		era: 'layout2019',
		definition:
			'Total amount of centralized government procurement in the year, in yuan. 表二 (2019 layout) 第二十条第（九）项, 采购总金额.'
	},
	{
		metric: 'proactive_total',
		group: 'proactive',
		label_zh: '主动公开政府信息数',
		label_en: 'Items disclosed proactively',
		unit: 'items',
		era: 'pre2019',
		definition:
			'Government information items (条) disclosed proactively in the year, an item published on several channels counted once. Pre-2019 统计表 (主动公开情况) or prose.'
	},
	{
		metric: 'proactive_normative_docs',
		group: 'proactive',
		label_zh: '主动公开规范性文件数',
		label_en: 'Normative documents disclosed',
		unit: 'documents',
		era: 'pre2019',
		definition:
			'Of the proactively disclosed items, normative documents (其中: 主动公开规范性文件数). Pre-2019 统计表 (主动公开情况) or prose.'
	},
	{
		metric: 'proactive_via_gazette',
		group: 'proactive',
		label_zh: '政府公报公开政府信息数',
		label_en: 'Disclosed via gazette',
		unit: 'items',
		era: 'pre2019',
		definition:
			'Items disclosed through government gazette (通过不同渠道和方式公开政府信息的情况). Pre-2019 统计表 (主动公开情况) or prose.'
	},
	{
		metric: 'proactive_via_website',
		group: 'proactive',
		label_zh: '政府网站公开政府信息数',
		label_en: 'Disclosed via website',
		unit: 'items',
		era: 'pre2019',
		definition:
			'Items disclosed through government website (通过不同渠道和方式公开政府信息的情况). Pre-2019 统计表 (主动公开情况) or prose.'
	},
	{
		metric: 'proactive_via_weibo',
		group: 'proactive',
		label_zh: '政务微博公开政府信息数',
		label_en: 'Disclosed via Weibo',
		unit: 'items',
		era: 'pre2019',
		definition:
			'Items disclosed through government Weibo accounts (通过不同渠道和方式公开政府信息的情况). Pre-2019 统计表 (主动公开情况) or prose.'
	},
	{
		metric: 'proactive_via_wechat',
		group: 'proactive',
		label_zh: '政务微信公开政府信息数',
		label_en: 'Disclosed via WeChat',
		unit: 'items',
		era: 'pre2019',
		definition:
			'Items disclosed through government WeChat accounts (通过不同渠道和方式公开政府信息的情况). Pre-2019 统计表 (主动公开情况) or prose.'
	},
	{
		metric: 'proactive_via_other',
		group: 'proactive',
		label_zh: '其他方式公开政府信息数',
		label_en: 'Disclosed via other channels',
		unit: 'items',
		era: 'pre2019',
		definition:
			'Items disclosed through other channels (通过不同渠道和方式公开政府信息的情况). Pre-2019 统计表 (主动公开情况) or prose.'
	},
	{
		metric: 'hotspot_responses',
		group: 'proactive',
		label_zh: '回应公众关注热点或重大舆情数',
		label_en: 'Responses to public concerns',
		unit: 'events',
		era: 'pre2019',
		definition:
			'Times the government responded to hot issues of public concern or major public opinion. Pre-2019 统计表 (回应解读情况) or prose.'
	},
	{
		metric: 'press_conferences',
		group: 'proactive',
		label_zh: '新闻发布会次数',
		label_en: 'Press conferences',
		unit: 'events',
		era: 'pre2019',
		definition:
			'Press conferences held or attended (参加或举办新闻发布会总次数). Pre-2019 统计表 (回应解读情况) or prose.'
	},
	{
		metric: 'online_interviews',
		group: 'proactive',
		label_zh: '政府网站在线访谈次数',
		label_en: 'Online interviews',
		unit: 'events',
		era: 'pre2019',
		definition:
			'Online interviews held on the government website (在线访谈). Pre-2019 统计表 (回应解读情况) or prose.'
	},
	{
		metric: 'policy_interpretations',
		group: 'proactive',
		label_zh: '政策解读稿件发布数',
		label_en: 'Policy interpretations',
		unit: 'documents',
		era: 'pre2019',
		definition:
			'Policy interpretation articles (政策解读稿件, 篇) published. Pre-2019 统计表 (回应解读情况) or prose.'
	},
	// channels
	{
		metric: 'channel_in_person',
		group: 'channels',
		label_zh: '当面申请数',
		label_en: 'Requests in person',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Requests received in person (当面). Pre-2019 统计表 (收到申请数, 其中) or prose; the channels sum to requests_received.'
	},
	{
		metric: 'channel_fax',
		group: 'channels',
		label_zh: '传真申请数',
		label_en: 'Requests by fax',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Requests received by fax (传真). Pre-2019 统计表 (收到申请数, 其中) or prose; the channels sum to requests_received.'
	},
	{
		metric: 'channel_online',
		group: 'channels',
		label_zh: '网络申请数',
		label_en: 'Requests online',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Requests received online (网络/网上申请). Pre-2019 统计表 (收到申请数, 其中) or prose; the channels sum to requests_received.'
	},
	{
		metric: 'channel_letter',
		group: 'channels',
		label_zh: '信函申请数',
		label_en: 'Requests by letter',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Requests received by letter (信函). Pre-2019 统计表 (收到申请数, 其中) or prose; the channels sum to requests_received.'
	},
	{
		metric: 'channel_email',
		group: 'channels',
		label_zh: '电子邮件申请数',
		label_en: 'Requests by e-mail',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Requests received by e-mail (电子邮件). Pre-2019 统计表 (收到申请数, 其中) or prose; the channels sum to requests_received.'
	},
	{
		metric: 'channel_phone',
		group: 'channels',
		label_zh: '电话申请数',
		label_en: 'Requests by phone',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Requests received by phone (电话). Pre-2019 统计表 (收到申请数, 其中) or prose; the channels sum to requests_received.'
	},
	{
		metric: 'channel_other',
		group: 'channels',
		label_zh: '其他形式申请数',
		label_en: 'Requests by other channels',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Requests received in other forms (其他形式). Pre-2019 统计表 (收到申请数, 其中) or prose; the channels sum to requests_received.'
	},
	// answers
	{
		metric: 'answers_total',
		group: 'answers',
		label_zh: '对申请的答复总数',
		label_en: 'Answers in total',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'All answers given to requests in the year (申请答复数); the answer categories sum to it. Pre-2019 统计表 (申请答复数) or prose.'
	},
	{
		metric: 'answer_already_public',
		group: 'answers',
		label_zh: '属于已主动公开范围数',
		label_en: 'Answer: already public',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Requests answered by pointing to information already disclosed proactively. Pre-2019 统计表 (申请答复数) or prose.'
	},
	{
		metric: 'answer_granted',
		group: 'answers',
		label_zh: '同意公开答复数',
		label_en: 'Answer: granted',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Answers agreeing to disclose the information. Pre-2019 统计表 (申请答复数) or prose.'
	},
	{
		metric: 'answer_partial',
		group: 'answers',
		label_zh: '同意部分公开答复数',
		label_en: 'Answer: partly granted',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Answers agreeing to disclose part of the information. Pre-2019 统计表 (申请答复数) or prose.'
	},
	{
		metric: 'answer_denied',
		group: 'answers',
		label_zh: '不同意公开答复数',
		label_en: 'Answer: denied',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Answers refusing disclosure (不同意公开, also printed as 否决公开 or 不予公开答复数). Pre-2019 统计表 (申请答复数) or prose.'
	},
	{
		metric: 'answer_denied_state_secret',
		group: 'answers',
		label_zh: '涉及国家秘密',
		label_en: 'Answer denied: state secret',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Refusals (of answer_denied) because the information involves state secrets. Pre-2019 统计表 (申请答复数) or prose, 不同意公开答复数 其中.'
	},
	{
		metric: 'answer_denied_commercial_secret',
		group: 'answers',
		label_zh: '涉及商业秘密',
		label_en: 'Answer denied: commercial secret',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Refusals (of answer_denied) because the information involves commercial secrets. Pre-2019 统计表 (申请答复数) or prose, 不同意公开答复数 其中.'
	},
	{
		metric: 'answer_denied_privacy',
		group: 'answers',
		label_zh: '涉及个人隐私',
		label_en: 'Answer denied: privacy',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Refusals (of answer_denied) because the information involves personal privacy. Pre-2019 统计表 (申请答复数) or prose, 不同意公开答复数 其中.'
	},
	{
		metric: 'answer_denied_three_safety',
		group: 'answers',
		label_zh: '危及“三安全一稳定”',
		label_en: 'Answer denied: endangers security or stability',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Refusals (of answer_denied) because disclosure would endanger national, public or economic security or social stability. Pre-2019 统计表 (申请答复数) or prose, 不同意公开答复数 其中.'
	},
	{
		metric: 'answer_denied_not_gov_info',
		group: 'answers',
		label_zh: '不是《条例》所指政府信息',
		label_en: 'Answer denied: not government information',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Refusals (of answer_denied) because the information is not government information as defined by the Regulations. Pre-2019 统计表 (申请答复数) or prose, 不同意公开答复数 其中.'
	},
	{
		metric: 'answer_denied_other_law',
		group: 'answers',
		label_zh: '法律法规规定的其他情形',
		label_en: 'Answer denied: other legal grounds',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Refusals (of answer_denied) because of other circumstances provided by laws and regulations. Pre-2019 统计表 (申请答复数) or prose, 不同意公开答复数 其中.'
	},
	{
		metric: 'answer_not_this_agency',
		group: 'answers',
		label_zh: '不属于本行政机关公开数',
		label_en: 'Answer: not this agency',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Answers that the information is not for this agency to disclose. Pre-2019 统计表 (申请答复数) or prose.'
	},
	{
		metric: 'answer_not_exist',
		group: 'answers',
		label_zh: '申请信息不存在数',
		label_en: 'Answer: does not exist',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Answers that the requested information does not exist. Pre-2019 统计表 (申请答复数) or prose.'
	},
	{
		metric: 'answer_correction_required',
		group: 'answers',
		label_zh: '告知作出更改补充数',
		label_en: 'Answer: correction required',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Answers telling the applicant to change or complete an unclear request. Pre-2019 统计表 (申请答复数) or prose.'
	},
	{
		metric: 'answer_other_channel',
		group: 'answers',
		label_zh: '告知通过其他途径办理数',
		label_en: 'Answer: use another channel',
		unit: 'requests',
		era: 'pre2019',
		definition:
			'Answers telling the applicant to obtain the information through another procedure. Pre-2019 统计表 (申请答复数) or prose.'
	},
	// capacity
	{
		metric: 'complaints_total',
		group: 'capacity',
		label_zh: '举报投诉数',
		label_en: 'Complaints',
		unit: 'cases',
		era: 'pre2019',
		definition:
			'Complaints, reports and appeals about information disclosure (举报投诉, 申诉). Pre-2019 统计表 or prose.'
	},
	{
		metric: 'consultations',
		group: 'capacity',
		label_zh: '咨询数',
		label_en: 'Consultations',
		unit: 'people',
		era: 'pre2019',
		definition:
			'Consultations about information disclosure received, in person-times (人次). Pre-2019 统计表 or prose.'
	},
	{
		metric: 'fees_amount_yuan',
		group: 'capacity',
		label_zh: '依申请公开收费',
		label_en: 'Request fees collected',
		unit: 'yuan',
		era: 'pre2019',
		definition:
			'Fees charged for answering information requests (依申请公开信息收取的费用), in yuan. Pre-2019 统计表 or prose.'
	},
	{
		metric: 'staff_full_time',
		group: 'capacity',
		label_zh: '专职人员数',
		label_en: 'Full-time staff',
		unit: 'people',
		era: 'pre2019',
		definition:
			'Staff working full-time on information disclosure (机构建设与保障). Pre-2019 统计表 or prose.'
	},
	{
		metric: 'staff_part_time',
		group: 'capacity',
		label_zh: '兼职人员数',
		label_en: 'Part-time staff',
		unit: 'people',
		era: 'pre2019',
		definition:
			'Staff working part-time on information disclosure (机构建设与保障). Pre-2019 统计表 or prose.'
	},
	{
		metric: 'reading_rooms',
		group: 'capacity',
		label_zh: '政府信息公开查阅点数',
		label_en: 'Reading rooms',
		unit: 'rooms',
		era: 'pre2019',
		definition:
			'Public reading points where government information can be consulted (查阅点/查阅场所). Pre-2019 统计表 or prose.'
	},
	{
		metric: 'budget_10k_yuan',
		group: 'capacity',
		label_zh: '政府信息公开专项经费',
		label_en: 'Disclosure budget',
		unit: '10k_yuan',
		era: 'pre2019',
		definition:
			'Dedicated budget for information-disclosure work, in 10,000 yuan. Pre-2019 统计表 or prose.'
	},
	{
		metric: 'trainings',
		group: 'capacity',
		label_zh: '举办各类培训班数',
		label_en: 'Training sessions',
		unit: 'events',
		era: 'pre2019',
		definition:
			'Training sessions on information disclosure held (会议和培训情况). Pre-2019 统计表 or prose.'
	},
	{
		metric: 'trainees',
		group: 'capacity',
		label_zh: '接受培训人员数',
		label_en: 'Trainees',
		unit: 'people',
		era: 'pre2019',
		definition: 'People trained, in person-times (接受培训人员数). Pre-2019 统计表 or prose.'
	},
	// harmonized
	{
		metric: 'h_requests',
		group: 'harmonized',
		label_zh: '收到申请数（可比口径）',
		label_en: 'Requests (comparable)',
		unit: 'requests',
		era: 'harmonized',
		definition:
			'Requests received: requests_new since 2019; requests_received before 2019. Computed in SQL, never stored as a fact.'
	},
	{
		metric: 'h_handled',
		group: 'harmonized',
		label_zh: '办理申请数（可比口径）',
		label_en: 'Requests handled (comparable)',
		unit: 'requests',
		era: 'harmonized',
		definition:
			'Requests handled: outcome_total since 2019; answers_total, else requests_received, before 2019. Computed in SQL, never stored as a fact.'
	},
	{
		metric: 'h_granted',
		group: 'harmonized',
		label_zh: '予以公开（可比口径）',
		label_en: 'Granted (comparable)',
		unit: 'requests',
		era: 'harmonized',
		definition:
			'Fully granted: outcome_granted since 2019; answer_granted + answer_already_public before 2019. Computed in SQL, never stored as a fact.'
	},
	{
		metric: 'h_partial',
		group: 'harmonized',
		label_zh: '部分公开（可比口径）',
		label_en: 'Partly granted (comparable)',
		unit: 'requests',
		era: 'harmonized',
		definition:
			'Partly granted: outcome_partial since 2019; answer_partial before 2019. Computed in SQL, never stored as a fact.'
	},
	{
		metric: 'h_denied',
		group: 'harmonized',
		label_zh: '不予公开（可比口径）',
		label_en: 'Denied (comparable)',
		unit: 'requests',
		era: 'harmonized',
		definition:
			'Denied: outcome_denied since 2019; answer_denied before 2019. Computed in SQL, never stored as a fact.'
	},
	{
		metric: 'h_unable',
		group: 'harmonized',
		label_zh: '无法提供（可比口径）',
		label_en: 'Unable to provide (comparable)',
		unit: 'requests',
		era: 'harmonized',
		definition:
			'Unable to provide: outcome_unable since 2019; answer_not_exist + answer_not_this_agency + answer_correction_required before 2019. Computed in SQL, never stored as a fact.'
	},
	{
		metric: 'h_other',
		group: 'harmonized',
		label_zh: '其他处理（可比口径）',
		label_en: 'Other handling (comparable)',
		unit: 'requests',
		era: 'harmonized',
		definition:
			'Not processed or otherwise handled: outcome_not_processed + outcome_other since 2019; answer_other_channel before 2019. Computed in SQL, never stored as a fact.'
	},
	{
		metric: 'h_reviews',
		group: 'harmonized',
		label_zh: '行政复议数（可比口径）',
		label_en: 'Administrative reviews (comparable)',
		unit: 'cases',
		era: 'harmonized',
		definition:
			'Administrative reviews: review_total in both eras. Computed in SQL, never stored as a fact.'
	},
	{
		metric: 'h_lawsuits',
		group: 'harmonized',
		label_zh: '行政诉讼数（可比口径）',
		label_en: 'Lawsuits (comparable)',
		unit: 'cases',
		era: 'harmonized',
		definition:
			'Administrative lawsuits: litigation_direct_total + litigation_after_review_total since 2019; litigation_total before 2019. Computed in SQL, never stored as a fact.'
	},
	{
		metric: 'h_proactive',
		group: 'harmonized',
		label_zh: '主动公开信息数（可比口径）',
		label_en: 'Proactive disclosures (comparable)',
		unit: 'items',
		era: 'harmonized',
		definition:
			'Items disclosed proactively: proactive_total before 2019; NULL since 2019, where the tables count documents, not items. Computed in SQL, never stored as a fact.'
	},
	// rates
	{
		metric: 'grant_rate',
		group: 'rates',
		label_zh: '公开率',
		label_en: 'Grant rate',
		unit: 'ratio',
		era: 'harmonized',
		definition:
			'h_granted / h_handled, in both eras. NULL where the denominator is 0 or absent; shown with its numerator and denominator.'
	},
	{
		metric: 'openness_rate',
		group: 'rates',
		label_zh: '公开及部分公开率',
		label_en: 'Openness rate',
		unit: 'ratio',
		era: 'harmonized',
		definition:
			'(h_granted + h_partial) / h_handled, in both eras. NULL where the denominator is 0 or absent; shown with its numerator and denominator.'
	},
	{
		metric: 'denial_rate',
		group: 'rates',
		label_zh: '不予公开率',
		label_en: 'Denial rate',
		unit: 'ratio',
		era: 'harmonized',
		definition:
			'h_denied / h_handled, in both eras. NULL where the denominator is 0 or absent; shown with its numerator and denominator.'
	},
	{
		metric: 'unable_rate',
		group: 'rates',
		label_zh: '无法提供率',
		label_en: 'Unable rate',
		unit: 'ratio',
		era: 'harmonized',
		definition:
			'h_unable / h_handled, in both eras. NULL where the denominator is 0 or absent; shown with its numerator and denominator.'
	},
	{
		metric: 'review_rate',
		group: 'rates',
		label_zh: '行政复议率',
		label_en: 'Review rate',
		unit: 'ratio',
		era: 'harmonized',
		definition:
			'h_reviews / h_requests, in both eras. NULL where the denominator is 0 or absent; shown with its numerator and denominator.'
	},
	{
		metric: 'correction_rate',
		group: 'rates',
		label_zh: '纠错率',
		label_en: 'Correction rate',
		unit: 'ratio',
		era: 'harmonized',
		definition:
			'Corrected cases / concluded cases (upheld + corrected + other). Since 2019: (review_corrected + litigation_direct_corrected + litigation_after_review_corrected) / the concluded cases of the three 表四 blocks; before 2019: (review_corrected + litigation_corrected) / (review and litigation upheld + corrected + other). NULL where the denominator is 0 or absent; shown with its numerator and denominator.'
	}
];

export const METRIC_BY_ID: ReadonlyMap<string, MetricDef> = new Map(
	METRICS.map((m) => [m.metric, m])
);

/** The 表三 applicant columns, in table order, then the total column. */
export const APPLICANTS = [
	'natural_person',
	'legal_commercial',
	'legal_research',
	'legal_social',
	'legal_services',
	'legal_other',
	'total'
] as const;

export type Applicant = (typeof APPLICANTS)[number];

export const APPLICANT_LABELS: Readonly<Record<Applicant, { zh: string; en: string }>> = {
	natural_person: { zh: '自然人', en: 'Natural persons' },
	legal_commercial: { zh: '商业企业', en: 'Businesses' },
	legal_research: { zh: '科研机构', en: 'Research institutions' },
	legal_social: { zh: '社会公益组织', en: 'Public-interest organizations' },
	legal_services: { zh: '法律服务机构', en: 'Legal service providers' },
	legal_other: { zh: '其他', en: 'Other legal persons and organizations' },
	total: { zh: '总计', en: 'Total' }
};
