/**
 * The metric dictionary: every metric id of the data contract with its labels, unit, era and
 * definition. The ids are a public interface (SQL users type them): never rename one.
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

type Row = [
	metric: string,
	label_zh: string,
	label_en: string,
	unit: Unit,
	era: Era,
	definition: string
];

function group(name: string, rows: Row[]): MetricDef[] {
	return rows.map(([metric, label_zh, label_en, unit, era, definition]) => ({
		metric,
		group: name,
		label_zh,
		label_en,
		unit,
		era,
		definition
	}));
}

const T3 = '表三 (收到和处理政府信息公开申请情况), per applicant column and total';

export const METRICS: readonly MetricDef[] = [
	...group('requests', [
		[
			'requests_new',
			'本年新收政府信息公开申请数量',
			'New requests this year',
			'requests',
			'since2019',
			`Information requests received in the year. ${T3}, row 一.`
		],
		[
			'requests_carried_over',
			'上年结转政府信息公开申请数量',
			'Carried over from last year',
			'requests',
			'since2019',
			`Requests received in the previous year and still open at its end. ${T3}, row 二.`
		],
		[
			'requests_carried_forward',
			'结转下年度继续办理',
			'Carried forward to next year',
			'requests',
			'since2019',
			`Requests still open at the end of the year. ${T3}, row 四.`
		],
		[
			'requests_received',
			'收到申请数',
			'Requests received',
			'requests',
			'pre2019',
			'Information requests received (申请总数, 受理数), from the pre-2019 统计表 or prose.'
		],
		[
			'requests_closed_on_time',
			'按时办结数',
			'Closed on time',
			'requests',
			'pre2019',
			'Requests answered within the statutory time limit (pre-2019).'
		],
		[
			'requests_closed_extended',
			'延期办结数',
			'Closed after extension',
			'requests',
			'pre2019',
			'Requests answered after an extension of the time limit (pre-2019).'
		]
	]),
	...group('outcomes', [
		[
			'outcome_granted',
			'予以公开',
			'Granted',
			'requests',
			'since2019',
			`Requests answered by disclosing the information. ${T3}, row 三(一).`
		],
		[
			'outcome_partial',
			'部分公开',
			'Partly granted',
			'requests',
			'since2019',
			`Requests answered with partial disclosure (区分处理). ${T3}, row 三(二).`
		],
		[
			'outcome_denied',
			'不予公开',
			'Denied',
			'requests',
			'since2019',
			`Requests refused, the sum of the eight reasons. ${T3}, row 三(三); a fact only where printed.`
		],
		[
			'outcome_unable',
			'无法提供',
			'Could not provide',
			'requests',
			'since2019',
			`Requests whose information could not be provided, the sum of three reasons. ${T3}, row 三(四).`
		],
		[
			'outcome_not_processed',
			'不予处理',
			'Not processed',
			'requests',
			'since2019',
			`Requests not processed, the sum of five reasons. ${T3}, row 三(五).`
		],
		[
			'outcome_other',
			'其他处理',
			'Other handling',
			'requests',
			'since2019',
			`Other handling: the single row of the 2019 layout, the sum of three sub-rows in the 2021 layout. ${T3}, row 三(六).`
		],
		[
			'outcome_total',
			'总计',
			'Concluded in total',
			'requests',
			'since2019',
			`All requests concluded in the year. ${T3}, row 三(七).`
		]
	]),
	...group('denial_reasons', [
		[
			'denied_state_secret',
			'属于国家秘密',
			'Denied: state secret',
			'requests',
			'since2019',
			`${T3}, row 三(三)1.`
		],
		[
			'denied_law_forbidden',
			'其他法律行政法规禁止公开',
			'Denied: forbidden by other laws',
			'requests',
			'since2019',
			`${T3}, row 三(三)2.`
		],
		[
			'denied_three_safety',
			'危及“三安全一稳定”',
			'Denied: endangers security or stability',
			'requests',
			'since2019',
			`National, public, economic security or social stability. ${T3}, row 三(三)3.`
		],
		[
			'denied_third_party',
			'保护第三方合法权益',
			'Denied: third-party rights',
			'requests',
			'since2019',
			`${T3}, row 三(三)4.`
		],
		[
			'denied_internal_affairs',
			'属于三类内部事务信息',
			'Denied: internal affairs',
			'requests',
			'since2019',
			`${T3}, row 三(三)5.`
		],
		[
			'denied_process_info',
			'属于四类过程性信息',
			'Denied: process information',
			'requests',
			'since2019',
			`${T3}, row 三(三)6.`
		],
		[
			'denied_enforcement_file',
			'属于行政执法案卷',
			'Denied: enforcement case file',
			'requests',
			'since2019',
			`${T3}, row 三(三)7.`
		],
		[
			'denied_admin_query',
			'属于行政查询事项',
			'Denied: administrative query matter',
			'requests',
			'since2019',
			`${T3}, row 三(三)8.`
		]
	]),
	...group('unable_reasons', [
		[
			'unable_not_held',
			'本机关不掌握相关政府信息',
			'Unable: not held by this agency',
			'requests',
			'since2019',
			`${T3}, row 三(四)1.`
		],
		[
			'unable_needs_creation',
			'没有现成信息需要另行制作',
			'Unable: would need to be created',
			'requests',
			'since2019',
			`${T3}, row 三(四)2.`
		],
		[
			'unable_unclear',
			'补正后申请内容仍不明确',
			'Unable: still unclear after correction',
			'requests',
			'since2019',
			`${T3}, row 三(四)3.`
		]
	]),
	...group('not_processed_reasons', [
		[
			'notproc_complaint',
			'信访举报投诉类申请',
			'Not processed: petition or complaint',
			'requests',
			'since2019',
			`${T3}, row 三(五)1.`
		],
		[
			'notproc_repeat',
			'重复申请',
			'Not processed: repeated request',
			'requests',
			'since2019',
			`${T3}, row 三(五)2.`
		],
		[
			'notproc_publication',
			'要求提供公开出版物',
			'Not processed: asks for publications',
			'requests',
			'since2019',
			`${T3}, row 三(五)3.`
		],
		[
			'notproc_mass_repeat',
			'无正当理由大量反复申请',
			'Not processed: mass repeated requests',
			'requests',
			'since2019',
			`${T3}, row 三(五)4.`
		],
		[
			'notproc_confirm',
			'要求行政机关确认或重新出具已获取信息',
			'Not processed: asks to confirm or reissue',
			'requests',
			'since2019',
			`${T3}, row 三(五)5.`
		]
	]),
	...group('other_reasons', [
		[
			'other_no_correction',
			'申请人逾期不补正',
			'Other: no correction in time',
			'requests',
			'layout2021',
			`${T3}, row 三(六)1 (2021 layout only).`
		],
		[
			'other_no_fee',
			'申请人逾期未缴纳费用',
			'Other: fee not paid in time',
			'requests',
			'layout2021',
			`${T3}, row 三(六)2 (2021 layout only).`
		],
		[
			'other_misc',
			'其他',
			'Other: miscellaneous',
			'requests',
			'layout2021',
			`${T3}, row 三(六)3 (2021 layout only).`
		]
	]),
	...group('review_litigation', [
		...(['upheld', 'corrected', 'other', 'pending', 'total'] as const).map((o): Row => [
			`review_${o}`,
			{
				upheld: '行政复议结果维持',
				corrected: '行政复议结果纠正',
				other: '行政复议其他结果',
				pending: '行政复议尚未审结',
				total: '行政复议总计'
			}[o],
			{
				upheld: 'Reviews: upheld',
				corrected: 'Reviews: corrected',
				other: 'Reviews: other result',
				pending: 'Reviews: pending',
				total: 'Administrative reviews'
			}[o],
			'cases',
			o === 'pending' ? 'since2019' : 'all',
			`Administrative reviews (行政复议) about information disclosure: ${o === 'total' ? 'all cases' : o}. 表四 since 2019; the 统计表 or prose before.`
		]),
		...(['direct', 'after_review'] as const).flatMap((k) =>
			(['upheld', 'corrected', 'other', 'pending', 'total'] as const).map((o): Row => [
				`litigation_${k}_${o}`,
				`行政诉讼${k === 'direct' ? '未经复议直接起诉' : '复议后起诉'}${{ upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结', total: '总计' }[o]}`,
				`Lawsuits ${k === 'direct' ? 'without prior review' : 'after review'}: ${o === 'total' ? 'total' : o}`,
				'cases',
				'since2019',
				`Administrative lawsuits (行政诉讼) ${k === 'direct' ? 'filed directly (未经复议直接起诉)' : 'filed after a review (复议后起诉)'}: ${o}. 表四.`
			])
		),
		[
			'litigation_total',
			'行政诉讼数',
			'Lawsuits',
			'cases',
			'pre2019',
			'Administrative lawsuits about information disclosure (pre-2019).'
		],
		[
			'litigation_upheld',
			'行政诉讼维持',
			'Lawsuits: upheld',
			'cases',
			'pre2019',
			'Lawsuits whose decision was upheld (pre-2019).'
		],
		[
			'litigation_corrected',
			'行政诉讼纠正',
			'Lawsuits: corrected',
			'cases',
			'pre2019',
			'Lawsuits that corrected the decision (pre-2019).'
		],
		[
			'litigation_other',
			'行政诉讼其他',
			'Lawsuits: other result',
			'cases',
			'pre2019',
			'Lawsuits with another result (pre-2019).'
		]
	]),
	...group('proactive', [
		[
			'rules_made',
			'规章本年制发件数',
			'Rules made',
			'documents',
			'layout2021',
			'表二 第二十条第（一）项: rules (规章) issued in the year.'
		],
		[
			'rules_repealed',
			'规章本年废止件数',
			'Rules repealed',
			'documents',
			'layout2021',
			'表二: rules repealed in the year.'
		],
		[
			'rules_in_force',
			'规章现行有效件数',
			'Rules in force',
			'documents',
			'layout2021',
			'表二: rules in force at the end of the year.'
		],
		[
			'normative_docs_made',
			'行政规范性文件本年制发件数',
			'Normative documents made',
			'documents',
			'layout2021',
			'表二: normative documents (行政规范性文件) issued in the year.'
		],
		[
			'normative_docs_repealed',
			'行政规范性文件本年废止件数',
			'Normative documents repealed',
			'documents',
			'layout2021',
			'表二: normative documents repealed in the year.'
		],
		[
			'normative_docs_in_force',
			'行政规范性文件现行有效件数',
			'Normative documents in force',
			'documents',
			'layout2021',
			'表二: normative documents in force at the end of the year.'
		],
		[
			'licensing_decisions',
			'行政许可本年处理决定数量',
			'Licensing decisions',
			'decisions',
			'since2019',
			'表二 第二十条第（五）项: administrative licensing decisions of the year.'
		],
		[
			'penalty_decisions',
			'行政处罚本年处理决定数量',
			'Penalty decisions',
			'decisions',
			'since2019',
			'表二 第二十条第（六）项: administrative penalty decisions.'
		],
		[
			'coercion_decisions',
			'行政强制本年处理决定数量',
			'Coercion decisions',
			'decisions',
			'since2019',
			'表二 第二十条第（六）项: administrative coercion decisions.'
		],
		[
			'fees_amount_10k_yuan',
			'行政事业性收费本年收费金额',
			'Administrative fees collected',
			'10k_yuan',
			'layout2021',
			'表二 第二十条第（八）项: administrative fees collected, in 10,000 yuan.'
		],
		[
			'rules_new_made',
			'规章本年新制作数量',
			'Rules newly made',
			'documents',
			'layout2019',
			'表二 (2019 layout) 第二十条第（一）项: rules newly made.'
		],
		[
			'rules_new_published',
			'规章本年新公开数量',
			'Rules newly published',
			'documents',
			'layout2019',
			'表二 (2019 layout): rules newly published.'
		],
		[
			'rules_published_total',
			'规章对外公开总数量',
			'Rules published in total',
			'documents',
			'layout2019',
			'表二 (2019 layout): rules published in total.'
		],
		[
			'normative_docs_new_made',
			'规范性文件本年新制作数量',
			'Normative documents newly made',
			'documents',
			'layout2019',
			'表二 (2019 layout): normative documents newly made.'
		],
		[
			'normative_docs_new_published',
			'规范性文件本年新公开数量',
			'Normative documents newly published',
			'documents',
			'layout2019',
			'表二 (2019 layout): normative documents newly published.'
		],
		[
			'normative_docs_published_total',
			'规范性文件对外公开总数量',
			'Normative documents published in total',
			'documents',
			'layout2019',
			'表二 (2019 layout): normative documents published in total.'
		],
		...(['licensing', 'penalty', 'coercion', 'other_services'] as const).flatMap((k): Row[] => {
			const zh = {
				licensing: '行政许可',
				penalty: '行政处罚',
				coercion: '行政强制',
				other_services: '其他对外管理服务事项'
			}[k];
			const en = {
				licensing: 'Licensing',
				penalty: 'Penalty',
				coercion: 'Coercion',
				other_services: 'Other services'
			}[k];
			const rows: Row[] = [
				[
					`${k}_prev_items`,
					`${zh}上一年项目数量`,
					`${en}: items last year`,
					'items',
					'layout2019',
					`表二 (2019 layout): ${en.toLowerCase()} items at the end of the previous year.`
				],
				[
					`${k}_change`,
					`${zh}本年增/减`,
					`${en}: change in items`,
					'items',
					'layout2019',
					`表二 (2019 layout): change in the number of ${en.toLowerCase()} items (may be negative).`
				]
			];
			if (k === 'other_services')
				rows.push([
					`${k}_decisions`,
					`${zh}处理决定数量`,
					`${en}: decisions`,
					'decisions',
					'layout2019',
					'表二 (2019 layout): decisions on other external management services.'
				]);
			return rows;
		}),
		[
			'fees_prev_items',
			'行政事业性收费上一年项目数量',
			'Fees: items last year',
			'items',
			'layout2019',
			'表二 (2019 layout): administrative fee items at the end of the previous year.'
		],
		[
			'fees_change',
			'行政事业性收费本年增/减',
			'Fees: change in items',
			'items',
			'layout2019',
			'表二 (2019 layout): change in the number of fee items.'
		],
		[
			'procurement_items',
			'政府集中采购项目数量',
			'Procurement items',
			'items',
			'layout2019',
			'表二 (2019 layout): centralized government procurement items.'
		],
		[
			'procurement_amount_yuan',
			'政府集中采购总金额',
			'Procurement amount',
			'yuan',
			'layout2019',
			'表二 (2019 layout): total amount of centralized procurement, in yuan.'
		],
		[
			'proactive_total',
			'主动公开政府信息数',
			'Items disclosed proactively',
			'items',
			'pre2019',
			'Government information items disclosed proactively in the year (pre-2019 统计表 or prose).'
		],
		[
			'proactive_normative_docs',
			'主动公开规范性文件数',
			'Normative documents disclosed',
			'documents',
			'pre2019',
			'Of which normative documents (pre-2019).'
		],
		[
			'proactive_via_gazette',
			'政府公报公开政府信息数',
			'Disclosed via gazette',
			'items',
			'pre2019',
			'Items disclosed through the government gazette (pre-2019).'
		],
		[
			'proactive_via_website',
			'政府网站公开政府信息数',
			'Disclosed via website',
			'items',
			'pre2019',
			'Items disclosed on the government website (pre-2019).'
		],
		[
			'proactive_via_weibo',
			'政务微博公开政府信息数',
			'Disclosed via Weibo',
			'items',
			'pre2019',
			'Items disclosed through government Weibo accounts (pre-2019).'
		],
		[
			'proactive_via_wechat',
			'政务微信公开政府信息数',
			'Disclosed via WeChat',
			'items',
			'pre2019',
			'Items disclosed through government WeChat accounts (pre-2019).'
		],
		[
			'proactive_via_other',
			'其他方式公开政府信息数',
			'Disclosed via other means',
			'items',
			'pre2019',
			'Items disclosed by other means (pre-2019).'
		],
		[
			'hotspot_responses',
			'回应公众关注热点或重大舆情数',
			'Responses to public concerns',
			'events',
			'pre2019',
			'Responses to issues of public concern or major public opinion (pre-2019).'
		],
		[
			'press_conferences',
			'召开新闻发布会次数',
			'Press conferences',
			'events',
			'pre2019',
			'Press conferences held (pre-2019).'
		],
		[
			'online_interviews',
			'在线访谈次数',
			'Online interviews',
			'events',
			'pre2019',
			'Online interviews held (pre-2019).'
		],
		[
			'policy_interpretations',
			'政策解读稿件发布数',
			'Policy interpretations',
			'documents',
			'pre2019',
			'Policy interpretation pieces published (pre-2019).'
		]
	]),
	...group('channels', [
		[
			'channel_in_person',
			'当面申请数',
			'Requests in person',
			'requests',
			'pre2019',
			'Requests made in person (pre-2019).'
		],
		[
			'channel_fax',
			'传真申请数',
			'Requests by fax',
			'requests',
			'pre2019',
			'Requests made by fax (pre-2019).'
		],
		[
			'channel_online',
			'网络申请数',
			'Requests online',
			'requests',
			'pre2019',
			'Requests made online (pre-2019).'
		],
		[
			'channel_letter',
			'信函申请数',
			'Requests by letter',
			'requests',
			'pre2019',
			'Requests made by letter (pre-2019).'
		],
		[
			'channel_email',
			'电子邮件申请数',
			'Requests by e-mail',
			'requests',
			'pre2019',
			'Requests made by e-mail (pre-2019).'
		],
		[
			'channel_phone',
			'电话申请数',
			'Requests by phone',
			'requests',
			'pre2019',
			'Requests made by phone (pre-2019).'
		],
		[
			'channel_other',
			'其他形式申请数',
			'Requests by other means',
			'requests',
			'pre2019',
			'Requests made in other forms (pre-2019).'
		]
	]),
	...group('answers', [
		[
			'answers_total',
			'对申请的答复总数',
			'Answers in total',
			'requests',
			'pre2019',
			'All answers given to requests (pre-2019).'
		],
		[
			'answer_already_public',
			'属于已主动公开范围数',
			'Answer: already public',
			'requests',
			'pre2019',
			'Answered by pointing to information already disclosed (pre-2019).'
		],
		[
			'answer_granted',
			'同意公开答复数',
			'Answer: granted',
			'requests',
			'pre2019',
			'Answers agreeing to disclose (pre-2019).'
		],
		[
			'answer_partial',
			'同意部分公开答复数',
			'Answer: partly granted',
			'requests',
			'pre2019',
			'Answers agreeing to partial disclosure (pre-2019).'
		],
		[
			'answer_denied',
			'不同意公开答复数',
			'Answer: denied',
			'requests',
			'pre2019',
			'Answers refusing disclosure (否决公开, pre-2019).'
		],
		[
			'answer_denied_state_secret',
			'涉及国家秘密',
			'Denied: state secret',
			'requests',
			'pre2019',
			'Refusals because of state secrets (pre-2019).'
		],
		[
			'answer_denied_commercial_secret',
			'涉及商业秘密',
			'Denied: commercial secret',
			'requests',
			'pre2019',
			'Refusals because of commercial secrets (pre-2019).'
		],
		[
			'answer_denied_privacy',
			'涉及个人隐私',
			'Denied: privacy',
			'requests',
			'pre2019',
			'Refusals because of personal privacy (pre-2019).'
		],
		[
			'answer_denied_three_safety',
			'危及“三安全一稳定”',
			'Denied: security or stability',
			'requests',
			'pre2019',
			'Refusals because disclosure endangers security or stability (pre-2019).'
		],
		[
			'answer_denied_not_gov_info',
			'不是《条例》所指政府信息',
			'Denied: not government information',
			'requests',
			'pre2019',
			'Refusals because the request is not for government information under the Regulations (pre-2019).'
		],
		[
			'answer_denied_other_law',
			'法律法规规定的其他情形',
			'Denied: other legal grounds',
			'requests',
			'pre2019',
			'Refusals on other legal grounds (pre-2019).'
		],
		[
			'answer_not_this_agency',
			'不属于本行政机关公开数',
			'Answer: not this agency',
			'requests',
			'pre2019',
			'The information is not held by this agency (pre-2019).'
		],
		[
			'answer_not_exist',
			'申请信息不存在数',
			'Answer: does not exist',
			'requests',
			'pre2019',
			'The requested information does not exist (pre-2019).'
		],
		[
			'answer_correction_required',
			'告知作出更改补充数',
			'Answer: correction required',
			'requests',
			'pre2019',
			'The applicant was told to correct or complete an unclear request (pre-2019).'
		],
		[
			'answer_other_channel',
			'告知通过其他途径办理数',
			'Answer: other channel',
			'requests',
			'pre2019',
			'The applicant was told to use another procedure (pre-2019).'
		]
	]),
	...group('capacity', [
		[
			'complaints_total',
			'举报投诉数',
			'Complaints',
			'cases',
			'pre2019',
			'Complaints and appeals about information disclosure (举报投诉, 申诉; pre-2019).'
		],
		[
			'consultations',
			'咨询数',
			'Consultations',
			'people',
			'pre2019',
			'Consultations handled, in person-times (人次; pre-2019).'
		],
		[
			'fees_amount_yuan',
			'依申请公开收费',
			'Request fees collected',
			'yuan',
			'pre2019',
			'Fees collected for answering requests, in yuan (pre-2019).'
		],
		[
			'staff_full_time',
			'专职人员数',
			'Full-time staff',
			'people',
			'pre2019',
			'Full-time disclosure staff (pre-2019).'
		],
		[
			'staff_part_time',
			'兼职人员数',
			'Part-time staff',
			'people',
			'pre2019',
			'Part-time disclosure staff (pre-2019).'
		],
		[
			'reading_rooms',
			'政府信息查阅场所数',
			'Reading rooms',
			'rooms',
			'pre2019',
			'Places where the public can consult government information (pre-2019).'
		],
		[
			'budget_10k_yuan',
			'政府信息公开专项经费',
			'Disclosure budget',
			'10k_yuan',
			'pre2019',
			'Budget for information disclosure work, in 10,000 yuan (pre-2019).'
		],
		[
			'trainings',
			'召开培训会议次数',
			'Trainings held',
			'events',
			'pre2019',
			'Training sessions held (pre-2019).'
		],
		['trainees', '参加培训人员数', 'Trainees', 'people', 'pre2019', 'People trained (pre-2019).']
	]),
	...group('harmonized', [
		[
			'h_requests',
			'收到申请（可比）',
			'Requests received (comparable)',
			'requests',
			'harmonized',
			'requests_new since 2019; requests_received before.'
		],
		[
			'h_handled',
			'办结申请（可比）',
			'Requests handled (comparable)',
			'requests',
			'harmonized',
			'outcome_total since 2019; answers_total, else requests_received, before.'
		],
		[
			'h_granted',
			'予以公开（可比）',
			'Granted (comparable)',
			'requests',
			'harmonized',
			'outcome_granted since 2019; answer_granted + answer_already_public before.'
		],
		[
			'h_partial',
			'部分公开（可比）',
			'Partly granted (comparable)',
			'requests',
			'harmonized',
			'outcome_partial since 2019; answer_partial before.'
		],
		[
			'h_denied',
			'不予公开（可比）',
			'Denied (comparable)',
			'requests',
			'harmonized',
			'outcome_denied (or the sum of its eight reasons when all are printed) since 2019; answer_denied before.'
		],
		[
			'h_unable',
			'无法提供（可比）',
			'Could not provide (comparable)',
			'requests',
			'harmonized',
			'outcome_unable (or the sum of its reasons) since 2019; answer_not_exist + answer_not_this_agency + answer_correction_required before.'
		],
		[
			'h_other',
			'其他（可比）',
			'Other (comparable)',
			'requests',
			'harmonized',
			'outcome_not_processed + outcome_other since 2019; answer_other_channel before.'
		],
		[
			'h_reviews',
			'行政复议（可比）',
			'Administrative reviews (comparable)',
			'cases',
			'harmonized',
			'review_total in both eras.'
		],
		[
			'h_lawsuits',
			'行政诉讼（可比）',
			'Lawsuits (comparable)',
			'cases',
			'harmonized',
			'litigation_direct_total + litigation_after_review_total since 2019; litigation_total before.'
		],
		[
			'h_proactive',
			'主动公开（可比）',
			'Proactive disclosure (comparable)',
			'items',
			'harmonized',
			'proactive_total before 2019; not comparable since 2019 (the tables count documents, not items), so NULL.'
		]
	]),
	...group('rates', [
		[
			'grant_rate',
			'公开率',
			'Grant rate',
			'ratio',
			'harmonized',
			'h_granted / h_handled; NULL where the denominator is 0 or absent.'
		],
		[
			'openness_rate',
			'公开及部分公开率',
			'Openness rate',
			'ratio',
			'harmonized',
			'(h_granted + h_partial) / h_handled; NULL where the denominator is 0 or absent.'
		],
		[
			'denial_rate',
			'不予公开率',
			'Denial rate',
			'ratio',
			'harmonized',
			'h_denied / h_handled; NULL where the denominator is 0 or absent.'
		],
		[
			'unable_rate',
			'无法提供率',
			'Unable rate',
			'ratio',
			'harmonized',
			'h_unable / h_handled; NULL where the denominator is 0 or absent.'
		],
		[
			'review_rate',
			'复议率',
			'Review rate',
			'ratio',
			'harmonized',
			'h_reviews / h_requests; NULL where the denominator is 0 or absent.'
		],
		[
			'correction_rate',
			'纠错率',
			'Correction rate',
			'ratio',
			'harmonized',
			'(review_corrected + litigation corrected) / concluded review and litigation cases; NULL where the denominator is 0 or absent.'
		]
	])
];

export const METRIC_BY_ID: ReadonlyMap<string, MetricDef> = new Map(
	METRICS.map((m) => [m.metric, m])
);

export const APPLICANTS = [
	'natural_person',
	'legal_commercial',
	'legal_research',
	'legal_social',
	'legal_services',
	'legal_other',
	'total'
] as const;

export const APPLICANT_LABELS: Record<(typeof APPLICANTS)[number], { zh: string; en: string }> = {
	natural_person: { zh: '自然人', en: 'Natural persons' },
	legal_commercial: { zh: '商业企业', en: 'Businesses' },
	legal_research: { zh: '科研机构', en: 'Research institutions' },
	legal_social: { zh: '社会公益组织', en: 'Public-interest organizations' },
	legal_services: { zh: '法律服务机构', en: 'Legal service providers' },
	legal_other: { zh: '其他', en: 'Other organizations' },
	total: { zh: '总计', en: 'Total' }
};
