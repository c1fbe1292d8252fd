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

/** What the UI needs of a metric; definitions live in metric-definitions.ts (loaded where shown). */
export interface MetricLabel {
	metric: string;
	group: string;
	label_zh: string;
	label_en: string;
	unit: Unit;
	era: Era;
}

export interface MetricDef extends MetricLabel {
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

export const METRICS: readonly MetricLabel[] = [
	// requests
	{
		metric: 'requests_new',
		group: 'requests',
		label_zh: '本年新收政府信息公开申请数量',
		label_en: 'New requests this year',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'requests_carried_over',
		group: 'requests',
		label_zh: '上年结转政府信息公开申请数量',
		label_en: 'Carried over from last year',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'requests_carried_forward',
		group: 'requests',
		label_zh: '结转下年度继续办理',
		label_en: 'Carried forward to next year',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'requests_received',
		group: 'requests',
		label_zh: '收到申请数',
		label_en: 'Requests received',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'requests_closed_on_time',
		group: 'requests',
		label_zh: '按时办结数',
		label_en: 'Closed on time',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'requests_closed_extended',
		group: 'requests',
		label_zh: '延期办结数',
		label_en: 'Closed after extension',
		unit: 'requests',
		era: 'pre2019'
	},
	// outcomes
	{
		metric: 'outcome_granted',
		group: 'outcomes',
		label_zh: '予以公开',
		label_en: 'Granted',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'outcome_partial',
		group: 'outcomes',
		label_zh: '部分公开',
		label_en: 'Partly granted',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'outcome_denied',
		group: 'outcomes',
		label_zh: '不予公开',
		label_en: 'Denied',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'outcome_unable',
		group: 'outcomes',
		label_zh: '无法提供',
		label_en: 'Unable to provide',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'outcome_not_processed',
		group: 'outcomes',
		label_zh: '不予处理',
		label_en: 'Not processed',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'outcome_other',
		group: 'outcomes',
		label_zh: '其他处理',
		label_en: 'Other handling',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'outcome_total',
		group: 'outcomes',
		label_zh: '总计',
		label_en: 'Concluded in total',
		unit: 'requests',
		era: 'since2019'
	},
	// denial_reasons
	{
		metric: 'denied_state_secret',
		group: 'denial_reasons',
		label_zh: '属于国家秘密',
		label_en: 'Denied: state secret',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'denied_law_forbidden',
		group: 'denial_reasons',
		label_zh: '其他法律行政法规禁止公开',
		label_en: 'Denied: forbidden by other laws',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'denied_three_safety',
		group: 'denial_reasons',
		label_zh: '危及“三安全一稳定”',
		label_en: 'Denied: endangers security or stability',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'denied_third_party',
		group: 'denial_reasons',
		label_zh: '保护第三方合法权益',
		label_en: 'Denied: third-party rights',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'denied_internal_affairs',
		group: 'denial_reasons',
		label_zh: '属于三类内部事务信息',
		label_en: 'Denied: internal affairs',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'denied_process_info',
		group: 'denial_reasons',
		label_zh: '属于四类过程性信息',
		label_en: 'Denied: process information',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'denied_enforcement_file',
		group: 'denial_reasons',
		label_zh: '属于行政执法案卷',
		label_en: 'Denied: enforcement case file',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'denied_admin_query',
		group: 'denial_reasons',
		label_zh: '属于行政查询事项',
		label_en: 'Denied: administrative query matter',
		unit: 'requests',
		era: 'since2019'
	},
	// unable_reasons
	{
		metric: 'unable_not_held',
		group: 'unable_reasons',
		label_zh: '本机关不掌握相关政府信息',
		label_en: 'Unable: not held by this agency',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'unable_needs_creation',
		group: 'unable_reasons',
		label_zh: '没有现成信息需要另行制作',
		label_en: 'Unable: would need to be created',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'unable_unclear',
		group: 'unable_reasons',
		label_zh: '补正后申请内容仍不明确',
		label_en: 'Unable: still unclear after correction',
		unit: 'requests',
		era: 'since2019'
	},
	// not_processed_reasons
	{
		metric: 'notproc_complaint',
		group: 'not_processed_reasons',
		label_zh: '信访举报投诉类申请',
		label_en: 'Not processed: petition or complaint',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'notproc_repeat',
		group: 'not_processed_reasons',
		label_zh: '重复申请',
		label_en: 'Not processed: repeated request',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'notproc_publication',
		group: 'not_processed_reasons',
		label_zh: '要求提供公开出版物',
		label_en: 'Not processed: asks for publications',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'notproc_mass_repeat',
		group: 'not_processed_reasons',
		label_zh: '无正当理由大量反复申请',
		label_en: 'Not processed: mass repeated requests',
		unit: 'requests',
		era: 'since2019'
	},
	{
		metric: 'notproc_confirm',
		group: 'not_processed_reasons',
		label_zh: '要求行政机关确认或重新出具已获取信息',
		label_en: 'Not processed: asks to confirm or reissue',
		unit: 'requests',
		era: 'since2019'
	},
	// other_reasons
	{
		metric: 'other_no_correction',
		group: 'other_reasons',
		label_zh: '申请人无正当理由逾期不补正',
		label_en: 'Other: not corrected in time',
		unit: 'requests',
		era: 'layout2021'
	},
	{
		metric: 'other_no_fee',
		group: 'other_reasons',
		label_zh: '申请人逾期未按收费通知要求缴纳费用',
		label_en: 'Other: fee not paid in time',
		unit: 'requests',
		era: 'layout2021'
	},
	{
		metric: 'other_misc',
		group: 'other_reasons',
		label_zh: '其他',
		label_en: 'Other: miscellaneous',
		unit: 'requests',
		era: 'layout2021'
	},
	// review_litigation
	{
		metric: 'review_upheld',
		group: 'review_litigation',
		label_zh: '行政复议结果维持',
		label_en: 'Reviews: upheld',
		unit: 'cases',
		era: 'all'
	},
	{
		metric: 'review_corrected',
		group: 'review_litigation',
		label_zh: '行政复议结果纠正',
		label_en: 'Reviews: corrected',
		unit: 'cases',
		era: 'all'
	},
	{
		metric: 'review_other',
		group: 'review_litigation',
		label_zh: '行政复议其他结果',
		label_en: 'Reviews: other result',
		unit: 'cases',
		era: 'all'
	},
	{
		metric: 'review_pending',
		group: 'review_litigation',
		label_zh: '行政复议尚未审结',
		label_en: 'Reviews: pending',
		unit: 'cases',
		era: 'since2019'
	},
	{
		metric: 'review_total',
		group: 'review_litigation',
		label_zh: '行政复议总计',
		label_en: 'Administrative reviews',
		unit: 'cases',
		era: 'all'
	},
	{
		metric: 'litigation_direct_upheld',
		group: 'review_litigation',
		label_zh: '未经复议直接起诉结果维持',
		label_en: 'Direct lawsuits: upheld',
		unit: 'cases',
		era: 'since2019'
	},
	{
		metric: 'litigation_direct_corrected',
		group: 'review_litigation',
		label_zh: '未经复议直接起诉结果纠正',
		label_en: 'Direct lawsuits: corrected',
		unit: 'cases',
		era: 'since2019'
	},
	{
		metric: 'litigation_direct_other',
		group: 'review_litigation',
		label_zh: '未经复议直接起诉其他结果',
		label_en: 'Direct lawsuits: other result',
		unit: 'cases',
		era: 'since2019'
	},
	{
		metric: 'litigation_direct_pending',
		group: 'review_litigation',
		label_zh: '未经复议直接起诉尚未审结',
		label_en: 'Direct lawsuits: pending',
		unit: 'cases',
		era: 'since2019'
	},
	{
		metric: 'litigation_direct_total',
		group: 'review_litigation',
		label_zh: '未经复议直接起诉总计',
		label_en: 'Direct lawsuits: total',
		unit: 'cases',
		era: 'since2019'
	},
	{
		metric: 'litigation_after_review_upheld',
		group: 'review_litigation',
		label_zh: '复议后起诉结果维持',
		label_en: 'Lawsuits after review: upheld',
		unit: 'cases',
		era: 'since2019'
	},
	{
		metric: 'litigation_after_review_corrected',
		group: 'review_litigation',
		label_zh: '复议后起诉结果纠正',
		label_en: 'Lawsuits after review: corrected',
		unit: 'cases',
		era: 'since2019'
	},
	{
		metric: 'litigation_after_review_other',
		group: 'review_litigation',
		label_zh: '复议后起诉其他结果',
		label_en: 'Lawsuits after review: other result',
		unit: 'cases',
		era: 'since2019'
	},
	{
		metric: 'litigation_after_review_pending',
		group: 'review_litigation',
		label_zh: '复议后起诉尚未审结',
		label_en: 'Lawsuits after review: pending',
		unit: 'cases',
		era: 'since2019'
	},
	{
		metric: 'litigation_after_review_total',
		group: 'review_litigation',
		label_zh: '复议后起诉总计',
		label_en: 'Lawsuits after review: total',
		unit: 'cases',
		era: 'since2019'
	},
	{
		metric: 'litigation_total',
		group: 'review_litigation',
		label_zh: '行政诉讼数',
		label_en: 'Lawsuits',
		unit: 'cases',
		era: 'pre2019'
	},
	{
		metric: 'litigation_upheld',
		group: 'review_litigation',
		label_zh: '行政诉讼维持具体行政行为数',
		label_en: 'Lawsuits: upheld',
		unit: 'cases',
		era: 'pre2019'
	},
	{
		metric: 'litigation_corrected',
		group: 'review_litigation',
		label_zh: '行政诉讼被依法纠错数',
		label_en: 'Lawsuits: corrected',
		unit: 'cases',
		era: 'pre2019'
	},
	{
		metric: 'litigation_other',
		group: 'review_litigation',
		label_zh: '行政诉讼其他情形数',
		label_en: 'Lawsuits: other result',
		unit: 'cases',
		era: 'pre2019'
	},
	// proactive
	{
		metric: 'rules_made',
		group: 'proactive',
		label_zh: '规章本年制发件数',
		label_en: 'Rules issued',
		unit: 'documents',
		era: 'layout2021'
	},
	{
		metric: 'rules_repealed',
		group: 'proactive',
		label_zh: '规章本年废止件数',
		label_en: 'Rules repealed',
		unit: 'documents',
		era: 'layout2021'
	},
	{
		metric: 'rules_in_force',
		group: 'proactive',
		label_zh: '规章现行有效件数',
		label_en: 'Rules in force',
		unit: 'documents',
		era: 'layout2021'
	},
	{
		metric: 'normative_docs_made',
		group: 'proactive',
		label_zh: '行政规范性文件本年制发件数',
		label_en: 'Normative documents issued',
		unit: 'documents',
		era: 'layout2021'
	},
	{
		metric: 'normative_docs_repealed',
		group: 'proactive',
		label_zh: '行政规范性文件本年废止件数',
		label_en: 'Normative documents repealed',
		unit: 'documents',
		era: 'layout2021'
	},
	{
		metric: 'normative_docs_in_force',
		group: 'proactive',
		label_zh: '行政规范性文件现行有效件数',
		label_en: 'Normative documents in force',
		unit: 'documents',
		era: 'layout2021'
	},
	{
		metric: 'licensing_decisions',
		group: 'proactive',
		label_zh: '行政许可处理决定数量',
		label_en: 'Licensing decisions',
		unit: 'decisions',
		era: 'since2019'
	},
	{
		metric: 'penalty_decisions',
		group: 'proactive',
		label_zh: '行政处罚处理决定数量',
		label_en: 'Penalty decisions',
		unit: 'decisions',
		era: 'since2019'
	},
	{
		metric: 'coercion_decisions',
		group: 'proactive',
		label_zh: '行政强制处理决定数量',
		label_en: 'Coercion decisions',
		unit: 'decisions',
		era: 'since2019'
	},
	{
		metric: 'fees_amount_10k_yuan',
		group: 'proactive',
		label_zh: '行政事业性收费本年收费金额',
		label_en: 'Administrative fees collected',
		unit: '10k_yuan',
		era: 'layout2021'
	},
	{
		metric: 'rules_new_made',
		group: 'proactive',
		label_zh: '规章本年新制作数量',
		label_en: 'Rules newly made',
		unit: 'documents',
		era: 'layout2019'
	},
	{
		metric: 'rules_new_published',
		group: 'proactive',
		label_zh: '规章本年新公开数量',
		label_en: 'Rules newly published',
		unit: 'documents',
		era: 'layout2019'
	},
	{
		metric: 'rules_published_total',
		group: 'proactive',
		label_zh: '规章对外公开总数量',
		label_en: 'Rules published in total',
		unit: 'documents',
		era: 'layout2019'
	},
	{
		metric: 'normative_docs_new_made',
		group: 'proactive',
		label_zh: '规范性文件本年新制作数量',
		label_en: 'Normative documents newly made',
		unit: 'documents',
		era: 'layout2019'
	},
	{
		metric: 'normative_docs_new_published',
		group: 'proactive',
		label_zh: '规范性文件本年新公开数量',
		label_en: 'Normative documents newly published',
		unit: 'documents',
		era: 'layout2019'
	},
	{
		metric: 'normative_docs_published_total',
		group: 'proactive',
		label_zh: '规范性文件对外公开总数量',
		label_en: 'Normative documents published in total',
		unit: 'documents',
		era: 'layout2019'
	},
	{
		metric: 'licensing_prev_items',
		group: 'proactive',
		label_zh: '行政许可上一年项目数量',
		label_en: 'Licensing: items last year',
		unit: 'items',
		era: 'layout2019'
	},
	{
		metric: 'licensing_change',
		group: 'proactive',
		label_zh: '行政许可本年增/减',
		label_en: 'Licensing: change in items',
		unit: 'items',
		era: 'layout2019'
	},
	{
		metric: 'penalty_prev_items',
		group: 'proactive',
		label_zh: '行政处罚上一年项目数量',
		label_en: 'Penalty: items last year',
		unit: 'items',
		era: 'layout2019'
	},
	{
		metric: 'penalty_change',
		group: 'proactive',
		label_zh: '行政处罚本年增/减',
		label_en: 'Penalty: change in items',
		unit: 'items',
		era: 'layout2019'
	},
	{
		metric: 'coercion_prev_items',
		group: 'proactive',
		label_zh: '行政强制上一年项目数量',
		label_en: 'Coercion: items last year',
		unit: 'items',
		era: 'layout2019'
	},
	{
		metric: 'coercion_change',
		group: 'proactive',
		label_zh: '行政强制本年增/减',
		label_en: 'Coercion: change in items',
		unit: 'items',
		era: 'layout2019'
	},
	{
		metric: 'other_services_prev_items',
		group: 'proactive',
		label_zh: '其他对外管理服务事项上一年项目数量',
		label_en: 'Other services: items last year',
		unit: 'items',
		era: 'layout2019'
	},
	{
		metric: 'other_services_change',
		group: 'proactive',
		label_zh: '其他对外管理服务事项本年增/减',
		label_en: 'Other services: change in items',
		unit: 'items',
		era: 'layout2019'
	},
	{
		metric: 'other_services_decisions',
		group: 'proactive',
		label_zh: '其他对外管理服务事项处理决定数量',
		label_en: 'Other services: decisions',
		unit: 'decisions',
		era: 'layout2019'
	},
	{
		metric: 'fees_prev_items',
		group: 'proactive',
		label_zh: '行政事业性收费上一年项目数量',
		label_en: 'Fees: items last year',
		unit: 'items',
		era: 'layout2019'
	},
	{
		metric: 'fees_change',
		group: 'proactive',
		label_zh: '行政事业性收费本年增/减',
		label_en: 'Fees: change in items',
		unit: 'items',
		era: 'layout2019'
	},
	{
		metric: 'procurement_items',
		group: 'proactive',
		label_zh: '政府集中采购项目数量',
		label_en: 'Procurement projects',
		unit: 'items',
		era: 'layout2019'
	},
	{
		metric: 'procurement_amount_yuan',
		group: 'proactive',
		label_zh: '政府集中采购总金额',
		label_en: 'Procurement amount',
		unit: 'yuan',
		era: 'layout2019'
	},
	{
		metric: 'proactive_total',
		group: 'proactive',
		label_zh: '主动公开政府信息数',
		label_en: 'Items disclosed proactively',
		unit: 'items',
		era: 'pre2019'
	},
	{
		metric: 'proactive_normative_docs',
		group: 'proactive',
		label_zh: '主动公开规范性文件数',
		label_en: 'Normative documents disclosed',
		unit: 'documents',
		era: 'pre2019'
	},
	{
		metric: 'proactive_via_gazette',
		group: 'proactive',
		label_zh: '政府公报公开政府信息数',
		label_en: 'Disclosed via gazette',
		unit: 'items',
		era: 'pre2019'
	},
	{
		metric: 'proactive_via_website',
		group: 'proactive',
		label_zh: '政府网站公开政府信息数',
		label_en: 'Disclosed via website',
		unit: 'items',
		era: 'pre2019'
	},
	{
		metric: 'proactive_via_weibo',
		group: 'proactive',
		label_zh: '政务微博公开政府信息数',
		label_en: 'Disclosed via Weibo',
		unit: 'items',
		era: 'pre2019'
	},
	{
		metric: 'proactive_via_wechat',
		group: 'proactive',
		label_zh: '政务微信公开政府信息数',
		label_en: 'Disclosed via WeChat',
		unit: 'items',
		era: 'pre2019'
	},
	{
		metric: 'proactive_via_other',
		group: 'proactive',
		label_zh: '其他方式公开政府信息数',
		label_en: 'Disclosed via other channels',
		unit: 'items',
		era: 'pre2019'
	},
	{
		metric: 'hotspot_responses',
		group: 'proactive',
		label_zh: '回应公众关注热点或重大舆情数',
		label_en: 'Responses to public concerns',
		unit: 'events',
		era: 'pre2019'
	},
	{
		metric: 'press_conferences',
		group: 'proactive',
		label_zh: '新闻发布会次数',
		label_en: 'Press conferences',
		unit: 'events',
		era: 'pre2019'
	},
	{
		metric: 'online_interviews',
		group: 'proactive',
		label_zh: '政府网站在线访谈次数',
		label_en: 'Online interviews',
		unit: 'events',
		era: 'pre2019'
	},
	{
		metric: 'policy_interpretations',
		group: 'proactive',
		label_zh: '政策解读稿件发布数',
		label_en: 'Policy interpretations',
		unit: 'documents',
		era: 'pre2019'
	},
	// channels
	{
		metric: 'channel_in_person',
		group: 'channels',
		label_zh: '当面申请数',
		label_en: 'Requests in person',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'channel_fax',
		group: 'channels',
		label_zh: '传真申请数',
		label_en: 'Requests by fax',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'channel_online',
		group: 'channels',
		label_zh: '网络申请数',
		label_en: 'Requests online',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'channel_letter',
		group: 'channels',
		label_zh: '信函申请数',
		label_en: 'Requests by letter',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'channel_email',
		group: 'channels',
		label_zh: '电子邮件申请数',
		label_en: 'Requests by e-mail',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'channel_phone',
		group: 'channels',
		label_zh: '电话申请数',
		label_en: 'Requests by phone',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'channel_other',
		group: 'channels',
		label_zh: '其他形式申请数',
		label_en: 'Requests by other channels',
		unit: 'requests',
		era: 'pre2019'
	},
	// answers
	{
		metric: 'answers_total',
		group: 'answers',
		label_zh: '对申请的答复总数',
		label_en: 'Answers in total',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'answer_already_public',
		group: 'answers',
		label_zh: '属于已主动公开范围数',
		label_en: 'Answer: already public',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'answer_granted',
		group: 'answers',
		label_zh: '同意公开答复数',
		label_en: 'Answer: granted',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'answer_partial',
		group: 'answers',
		label_zh: '同意部分公开答复数',
		label_en: 'Answer: partly granted',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'answer_denied',
		group: 'answers',
		label_zh: '不同意公开答复数',
		label_en: 'Answer: denied',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'answer_denied_state_secret',
		group: 'answers',
		label_zh: '涉及国家秘密',
		label_en: 'Answer denied: state secret',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'answer_denied_commercial_secret',
		group: 'answers',
		label_zh: '涉及商业秘密',
		label_en: 'Answer denied: commercial secret',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'answer_denied_privacy',
		group: 'answers',
		label_zh: '涉及个人隐私',
		label_en: 'Answer denied: privacy',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'answer_denied_three_safety',
		group: 'answers',
		label_zh: '危及“三安全一稳定”',
		label_en: 'Answer denied: endangers security or stability',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'answer_denied_not_gov_info',
		group: 'answers',
		label_zh: '不是《条例》所指政府信息',
		label_en: 'Answer denied: not government information',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'answer_denied_other_law',
		group: 'answers',
		label_zh: '法律法规规定的其他情形',
		label_en: 'Answer denied: other legal grounds',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'answer_not_this_agency',
		group: 'answers',
		label_zh: '不属于本行政机关公开数',
		label_en: 'Answer: not this agency',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'answer_not_exist',
		group: 'answers',
		label_zh: '申请信息不存在数',
		label_en: 'Answer: does not exist',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'answer_correction_required',
		group: 'answers',
		label_zh: '告知作出更改补充数',
		label_en: 'Answer: correction required',
		unit: 'requests',
		era: 'pre2019'
	},
	{
		metric: 'answer_other_channel',
		group: 'answers',
		label_zh: '告知通过其他途径办理数',
		label_en: 'Answer: use another channel',
		unit: 'requests',
		era: 'pre2019'
	},
	// capacity
	{
		metric: 'complaints_total',
		group: 'capacity',
		label_zh: '举报投诉数',
		label_en: 'Complaints',
		unit: 'cases',
		era: 'pre2019'
	},
	{
		metric: 'consultations',
		group: 'capacity',
		label_zh: '咨询数',
		label_en: 'Consultations',
		unit: 'people',
		era: 'pre2019'
	},
	{
		metric: 'fees_amount_yuan',
		group: 'capacity',
		label_zh: '依申请公开收费',
		label_en: 'Request fees collected',
		unit: 'yuan',
		era: 'pre2019'
	},
	{
		metric: 'staff_full_time',
		group: 'capacity',
		label_zh: '专职人员数',
		label_en: 'Full-time staff',
		unit: 'people',
		era: 'pre2019'
	},
	{
		metric: 'staff_part_time',
		group: 'capacity',
		label_zh: '兼职人员数',
		label_en: 'Part-time staff',
		unit: 'people',
		era: 'pre2019'
	},
	{
		metric: 'reading_rooms',
		group: 'capacity',
		label_zh: '政府信息公开查阅点数',
		label_en: 'Reading rooms',
		unit: 'rooms',
		era: 'pre2019'
	},
	{
		metric: 'budget_10k_yuan',
		group: 'capacity',
		label_zh: '政府信息公开专项经费',
		label_en: 'Disclosure budget',
		unit: '10k_yuan',
		era: 'pre2019'
	},
	{
		metric: 'trainings',
		group: 'capacity',
		label_zh: '举办各类培训班数',
		label_en: 'Training sessions',
		unit: 'events',
		era: 'pre2019'
	},
	{
		metric: 'trainees',
		group: 'capacity',
		label_zh: '接受培训人员数',
		label_en: 'Trainees',
		unit: 'people',
		era: 'pre2019'
	},
	// harmonized
	{
		metric: 'h_requests',
		group: 'harmonized',
		label_zh: '收到申请数（可比口径）',
		label_en: 'Requests (comparable)',
		unit: 'requests',
		era: 'harmonized'
	},
	{
		metric: 'h_handled',
		group: 'harmonized',
		label_zh: '办理申请数（可比口径）',
		label_en: 'Requests handled (comparable)',
		unit: 'requests',
		era: 'harmonized'
	},
	{
		metric: 'h_granted',
		group: 'harmonized',
		label_zh: '予以公开（可比口径）',
		label_en: 'Granted (comparable)',
		unit: 'requests',
		era: 'harmonized'
	},
	{
		metric: 'h_partial',
		group: 'harmonized',
		label_zh: '部分公开（可比口径）',
		label_en: 'Partly granted (comparable)',
		unit: 'requests',
		era: 'harmonized'
	},
	{
		metric: 'h_denied',
		group: 'harmonized',
		label_zh: '不予公开（可比口径）',
		label_en: 'Denied (comparable)',
		unit: 'requests',
		era: 'harmonized'
	},
	{
		metric: 'h_unable',
		group: 'harmonized',
		label_zh: '无法提供（可比口径）',
		label_en: 'Unable to provide (comparable)',
		unit: 'requests',
		era: 'harmonized'
	},
	{
		metric: 'h_other',
		group: 'harmonized',
		label_zh: '其他处理（可比口径）',
		label_en: 'Other handling (comparable)',
		unit: 'requests',
		era: 'harmonized'
	},
	{
		metric: 'h_reviews',
		group: 'harmonized',
		label_zh: '行政复议数（可比口径）',
		label_en: 'Administrative reviews (comparable)',
		unit: 'cases',
		era: 'harmonized'
	},
	{
		metric: 'h_lawsuits',
		group: 'harmonized',
		label_zh: '行政诉讼数（可比口径）',
		label_en: 'Lawsuits (comparable)',
		unit: 'cases',
		era: 'harmonized'
	},
	{
		metric: 'h_proactive',
		group: 'harmonized',
		label_zh: '主动公开信息数（可比口径）',
		label_en: 'Proactive disclosures (comparable)',
		unit: 'items',
		era: 'harmonized'
	},
	{
		metric: 'h_not_processed',
		group: 'harmonized',
		label_zh: '不予处理（2019年起）',
		label_en: 'Not processed (since 2019)',
		unit: 'requests',
		era: 'harmonized'
	},
	{
		metric: 'h_other_handling',
		group: 'harmonized',
		label_zh: '其他处理（2019年起）',
		label_en: 'Other handling (since 2019)',
		unit: 'requests',
		era: 'harmonized'
	},
	{
		metric: 'h_other_channel',
		group: 'harmonized',
		label_zh: '告知通过其他途径办理（2019年前）',
		label_en: 'Referred to another procedure (before 2019)',
		unit: 'requests',
		era: 'harmonized'
	},
	{
		metric: 'h_carried_over',
		group: 'harmonized',
		label_zh: '上年结转申请数（2019年起）',
		label_en: 'Carried over from last year (since 2019)',
		unit: 'requests',
		era: 'harmonized'
	},
	{
		metric: 'h_carried_forward',
		group: 'harmonized',
		label_zh: '结转下年度申请数（2019年起）',
		label_en: 'Carried forward to next year (since 2019)',
		unit: 'requests',
		era: 'harmonized'
	},
	{
		metric: 'h_review_corrected',
		group: 'harmonized',
		label_zh: '行政复议纠正数',
		label_en: 'Reviews corrected',
		unit: 'cases',
		era: 'harmonized'
	},
	{
		metric: 'h_reviews_concluded',
		group: 'harmonized',
		label_zh: '行政复议审结数',
		label_en: 'Reviews concluded',
		unit: 'cases',
		era: 'harmonized'
	},
	{
		metric: 'h_lawsuits_corrected',
		group: 'harmonized',
		label_zh: '行政诉讼纠正数',
		label_en: 'Lawsuits corrected',
		unit: 'cases',
		era: 'harmonized'
	},
	{
		metric: 'h_lawsuits_concluded',
		group: 'harmonized',
		label_zh: '行政诉讼审结数',
		label_en: 'Lawsuits concluded',
		unit: 'cases',
		era: 'harmonized'
	},
	// rates
	{
		metric: 'grant_rate',
		group: 'rates',
		label_zh: '公开率',
		label_en: 'Grant rate',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'openness_rate',
		group: 'rates',
		label_zh: '公开及部分公开率',
		label_en: 'Openness rate',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'denial_rate',
		group: 'rates',
		label_zh: '不予公开率',
		label_en: 'Denial rate',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'denied_state_secret_rate',
		group: 'rates',
		label_zh: '不予公开率：属于国家秘密',
		label_en: 'Denial rate: state secret',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'denied_law_forbidden_rate',
		group: 'rates',
		label_zh: '不予公开率：其他法律行政法规禁止公开',
		label_en: 'Denial rate: forbidden by other laws',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'denied_three_safety_rate',
		group: 'rates',
		label_zh: '不予公开率：危及“三安全一稳定”',
		label_en: 'Denial rate: endangers security or stability',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'denied_third_party_rate',
		group: 'rates',
		label_zh: '不予公开率：保护第三方合法权益',
		label_en: 'Denial rate: third-party rights',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'denied_internal_affairs_rate',
		group: 'rates',
		label_zh: '不予公开率：属于三类内部事务信息',
		label_en: 'Denial rate: internal affairs',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'denied_process_info_rate',
		group: 'rates',
		label_zh: '不予公开率：属于四类过程性信息',
		label_en: 'Denial rate: process information',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'denied_enforcement_file_rate',
		group: 'rates',
		label_zh: '不予公开率：属于行政执法案卷',
		label_en: 'Denial rate: enforcement case file',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'denied_admin_query_rate',
		group: 'rates',
		label_zh: '不予公开率：属于行政查询事项',
		label_en: 'Denial rate: administrative query',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'unable_rate',
		group: 'rates',
		label_zh: '无法提供率',
		label_en: 'Unable rate',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'unable_not_held_rate',
		group: 'rates',
		label_zh: '无法提供率：本机关不掌握相关政府信息',
		label_en: 'Unable rate: not held',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'unable_needs_creation_rate',
		group: 'rates',
		label_zh: '无法提供率：没有现成信息需要另行制作',
		label_en: 'Unable rate: would need creating',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'unable_unclear_rate',
		group: 'rates',
		label_zh: '无法提供率：补正后申请内容仍不明确',
		label_en: 'Unable rate: still unclear',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'not_processed_rate',
		group: 'rates',
		label_zh: '不予处理率',
		label_en: 'Not-processed rate',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'carried_forward_rate',
		group: 'rates',
		label_zh: '结转率',
		label_en: 'Carried-forward rate',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'review_rate',
		group: 'rates',
		label_zh: '行政复议率',
		label_en: 'Review rate',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'litigation_rate',
		group: 'rates',
		label_zh: '行政诉讼率',
		label_en: 'Litigation rate',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'dispute_rate',
		group: 'rates',
		label_zh: '争议率（复议＋诉讼）',
		label_en: 'Dispute rate (reviews + lawsuits)',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'correction_rate',
		group: 'rates',
		label_zh: '纠错率',
		label_en: 'Correction rate',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'review_correction_rate',
		group: 'rates',
		label_zh: '行政复议纠错率',
		label_en: 'Review correction rate',
		unit: 'ratio',
		era: 'harmonized'
	},
	{
		metric: 'litigation_correction_rate',
		group: 'rates',
		label_zh: '行政诉讼纠错率',
		label_en: 'Litigation correction rate',
		unit: 'ratio',
		era: 'harmonized'
	}
];

export const METRIC_BY_ID: ReadonlyMap<string, MetricLabel> = new Map(
	METRICS.map((m) => [m.metric, m])
);

/**
 * Since 2019, the sub-rows of 表三 三、本年度办理结果 whose sum is each outcome subtotal (the 2021
 * layout prints no subtotal row for them; the harmonized metrics and the checks add them up).
 */
export const OUTCOME_PARTS = {
	outcome_denied: [
		'denied_state_secret',
		'denied_law_forbidden',
		'denied_three_safety',
		'denied_third_party',
		'denied_internal_affairs',
		'denied_process_info',
		'denied_enforcement_file',
		'denied_admin_query'
	],
	outcome_unable: ['unable_not_held', 'unable_needs_creation', 'unable_unclear'],
	outcome_not_processed: [
		'notproc_complaint',
		'notproc_repeat',
		'notproc_publication',
		'notproc_mass_repeat',
		'notproc_confirm'
	],
	outcome_other: ['other_no_correction', 'other_no_fee', 'other_misc']
} as const satisfies Readonly<Record<string, readonly string[]>>;

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
