/**
 * The definition of every metric id: what exactly is counted, from which table row, and the
 * formula of harmonized metrics and rates. Kept apart from metrics.ts so the pages that only need
 * labels (explorer, embeds) do not download them.
 */
import { dictionaryDefinition } from './describe-derived';
import { METRICS, type MetricDef } from './metrics';

const PRINTED: Readonly<Record<string, string>> = {
	requests_new:
		'Information-disclosure requests received during the report year. 表三 row 一, per applicant column and total.',
	requests_carried_over:
		'Requests received in the previous year and still being handled at its end. 表三 row 二, per applicant column and total.',
	requests_carried_forward:
		'Requests still being handled at the end of the report year. 表三 row 四, per applicant column and total.',
	requests_received:
		'Information-disclosure requests received in the year (申请总数, 受理数), from the pre-2019 统计表 (依申请公开情况) or the same figure in prose.',
	requests_closed_on_time:
		'Requests closed within the statutory time limit (申请办结数: 按时办结), pre-2019 统计表 or prose.',
	requests_closed_extended:
		'Requests closed after the time limit was extended (申请办结数: 延期办结), pre-2019 统计表 or prose.',
	outcome_granted:
		'Requests answered by disclosing the information in full. 表三 row 三(一), per applicant column and total.',
	outcome_partial:
		'Requests answered by disclosing part of the information (区分处理, counted only here). 表三 row 三(二), per applicant column and total.',
	outcome_denied:
		'Requests refused, the sum of the eight 不予公开 reasons. 表三 row 三(三); a fact only if the subtotal is printed or all eight reasons are present.',
	outcome_unable:
		'Requests whose information could not be provided, the sum of the three 无法提供 reasons. 表三 row 三(四).',
	outcome_not_processed:
		'Requests the agency declined to process, the sum of the five 不予处理 reasons. 表三 row 三(五).',
	outcome_other:
		'Requests closed in another way. 表三 row 三(六): a single row in the 2019 layout, the sum of its three sub-rows in the 2021 layout.',
	outcome_total:
		'All requests concluded in the report year, the sum of outcomes 三(一) to 三(六). 表三 row 三(七) 总计.',
	denied_state_secret:
		'Requests refused because the information is a state secret. 表三 row 三(三)1, per applicant column and total.',
	denied_law_forbidden:
		'Requests refused because other laws or administrative regulations forbid disclosure. 表三 row 三(三)2, per applicant column and total.',
	denied_three_safety:
		'Requests refused because disclosure would endanger national, public or economic security or social stability (三安全一稳定). 表三 row 三(三)3, per applicant column and total.',
	denied_third_party:
		'Requests refused because disclosure would harm the lawful rights of a third party. 表三 row 三(三)4, per applicant column and total.',
	denied_internal_affairs:
		'Requests refused because the information is one of the three kinds of internal-affairs information. 表三 row 三(三)5, per applicant column and total.',
	denied_process_info:
		'Requests refused because the information is one of the four kinds of process (deliberative) information. 表三 row 三(三)6, per applicant column and total.',
	denied_enforcement_file:
		'Requests refused because the information is part of an administrative enforcement case file. 表三 row 三(三)7, per applicant column and total.',
	denied_admin_query:
		'Requests refused because the request is an administrative query matter handled by another procedure. 表三 row 三(三)8, per applicant column and total.',
	unable_not_held:
		'Requests not answered because the agency does not hold the information. 表三 row 三(四)1, per applicant column and total.',
	unable_needs_creation:
		'Requests not answered because no existing information exists and it would have to be newly created. 表三 row 三(四)2, per applicant column and total.',
	unable_unclear:
		'Requests not answered because the request was still unclear after the applicant corrected it. 表三 row 三(四)3, per applicant column and total.',
	notproc_complaint:
		'Requests not processed because they were petitions, reports or complaints rather than information requests. 表三 row 三(五)1, per applicant column and total.',
	notproc_repeat:
		'Requests not processed because they repeated an earlier request. 表三 row 三(五)2, per applicant column and total.',
	notproc_publication:
		'Requests not processed because they asked for publicly sold publications. 表三 row 三(五)3, per applicant column and total.',
	notproc_mass_repeat:
		'Requests not processed because they were part of a large number of repeated requests without good reason. 表三 row 三(五)4, per applicant column and total.',
	notproc_confirm:
		'Requests not processed because they asked the agency to confirm or reissue information the applicant already had. 表三 row 三(五)5, per applicant column and total.',
	other_no_correction:
		'Requests dropped because the applicant did not correct or complete them in time without good reason. 表三 row 三(六)1 (2021 layout only).',
	other_no_fee:
		'Requests dropped because the applicant did not pay the information-processing fee by the deadline. 表三 row 三(六)2 (2021 layout only).',
	other_misc: 'Requests closed in any other way. 表三 row 三(六)3 其他 (2021 layout only).',
	review_upheld:
		'Administrative reviews (行政复议) about information disclosure whose decision was upheld (结果维持). 表四 行政复议 block since 2019; the 统计表 (行政复议数 and its outcomes) or prose before 2019.',
	review_corrected:
		'Administrative reviews (行政复议) about information disclosure in which the decision was corrected (结果纠正). 表四 行政复议 block since 2019; the 统计表 (行政复议数 and its outcomes) or prose before 2019.',
	review_other:
		'Administrative reviews (行政复议) about information disclosure with another result (其他结果). 表四 行政复议 block since 2019; the 统计表 (行政复议数 and its outcomes) or prose before 2019.',
	review_pending:
		'Administrative reviews (行政复议) about information disclosure not yet concluded at year end (尚未审结). 表四 行政复议 block (since 2019 only).',
	review_total:
		'Administrative reviews (行政复议) about information disclosure in total (总计). 表四 行政复议 block since 2019; the 统计表 (行政复议数 and its outcomes) or prose before 2019.',
	litigation_direct_upheld:
		'Administrative lawsuits (行政诉讼) filed directly, without a prior review (未经复议直接起诉) whose decision was upheld (结果维持). 表四 行政诉讼 block.',
	litigation_direct_corrected:
		'Administrative lawsuits (行政诉讼) filed directly, without a prior review (未经复议直接起诉) in which the decision was corrected (结果纠正). 表四 行政诉讼 block.',
	litigation_direct_other:
		'Administrative lawsuits (行政诉讼) filed directly, without a prior review (未经复议直接起诉) with another result (其他结果). 表四 行政诉讼 block.',
	litigation_direct_pending:
		'Administrative lawsuits (行政诉讼) filed directly, without a prior review (未经复议直接起诉) not yet concluded at year end (尚未审结). 表四 行政诉讼 block.',
	litigation_direct_total:
		'Administrative lawsuits (行政诉讼) filed directly, without a prior review (未经复议直接起诉) in total (总计). 表四 行政诉讼 block.',
	litigation_after_review_upheld:
		'Administrative lawsuits (行政诉讼) filed after an administrative review (复议后起诉) whose decision was upheld (结果维持). 表四 行政诉讼 block.',
	litigation_after_review_corrected:
		'Administrative lawsuits (行政诉讼) filed after an administrative review (复议后起诉) in which the decision was corrected (结果纠正). 表四 行政诉讼 block.',
	litigation_after_review_other:
		'Administrative lawsuits (行政诉讼) filed after an administrative review (复议后起诉) with another result (其他结果). 表四 行政诉讼 block.',
	litigation_after_review_pending:
		'Administrative lawsuits (行政诉讼) filed after an administrative review (复议后起诉) not yet concluded at year end (尚未审结). 表四 行政诉讼 block.',
	litigation_after_review_total:
		'Administrative lawsuits (行政诉讼) filed after an administrative review (复议后起诉) in total (总计). 表四 行政诉讼 block.',
	litigation_total:
		'Administrative lawsuits (行政诉讼) about information disclosure, direct and after review together. Pre-2019 统计表 or prose.',
	litigation_upheld:
		"Administrative lawsuits in which the agency's act was upheld. Pre-2019 统计表 (行政诉讼) or prose.",
	litigation_corrected:
		"Administrative lawsuits in which the agency's act was corrected according to law. Pre-2019 统计表 (行政诉讼) or prose.",
	litigation_other:
		'Administrative lawsuits with another result. Pre-2019 统计表 (行政诉讼) or prose.',
	rules_made:
		'Government rules (规章) issued in the report year. 表二 (2021 layout) 第二十条第（一）项, 规章 row, 本年制发件数.',
	rules_repealed:
		'Government rules (规章) repealed in the report year. 表二 (2021 layout) 第二十条第（一）项, 规章 row, 本年废止件数.',
	rules_in_force:
		'Government rules (规章) in force at the end of the year. 表二 (2021 layout) 第二十条第（一）项, 规章 row, 现行有效件数.',
	normative_docs_made:
		'Administrative normative documents (行政规范性文件) issued in the report year. 表二 (2021 layout) 第二十条第（一）项, 本年制发件数.',
	normative_docs_repealed:
		'Administrative normative documents repealed in the report year. 表二 (2021 layout) 第二十条第（一）项, 本年废止件数.',
	normative_docs_in_force:
		'Administrative normative documents in force at the end of the year. 表二 (2021 layout) 第二十条第（一）项, 现行有效件数.',
	licensing_decisions:
		'Administrative licensing decisions made in the year. 表二 第二十条第（五）项, 行政许可 row (本年处理决定数量 in the 2021 layout, 处理决定数量 in the 2019 layout).',
	penalty_decisions:
		'Administrative penalty decisions made in the year. 表二 第二十条第（六）项, 行政处罚 row, both layouts.',
	coercion_decisions:
		'Administrative coercion decisions made in the year. 表二 第二十条第（六）项, 行政强制 row, both layouts.',
	fees_amount_10k_yuan:
		'Administrative and institutional fees (行政事业性收费) collected in the year, in 10,000 yuan. 表二 (2021 layout) 第二十条第（八）项.',
	rules_new_made:
		'Government rules (规章) newly made in the report year. 表二 (2019 layout) 第二十条第（一）项, 规章 row, 本年新制作数量.',
	rules_new_published:
		'Government rules (规章) newly published in the report year. 表二 (2019 layout) 第二十条第（一）项, 规章 row, 本年新公开数量.',
	rules_published_total:
		'All government rules (规章) published to date. 表二 (2019 layout) 第二十条第（一）项, 规章 row, 对外公开总数量.',
	normative_docs_new_made:
		'Normative documents (规范性文件) newly made in the report year. 表二 (2019 layout) 第二十条第（一）项, 本年新制作数量.',
	normative_docs_new_published:
		'Normative documents newly published in the report year. 表二 (2019 layout) 第二十条第（一）项, 本年新公开数量.',
	normative_docs_published_total:
		'All normative documents published to date. 表二 (2019 layout) 第二十条第（一）项, 对外公开总数量.',
	licensing_prev_items:
		'Number of 行政许可 items (事项) at the end of the previous year. 表二 (2019 layout) 第二十条第（五）项, 行政许可 row, 上一年项目数量.',
	licensing_change:
		'Net change in the number of 行政许可 items during the year (may be negative). 表二 (2019 layout) 第二十条第（五）项, 行政许可 row, 本年增/减.',
	penalty_prev_items:
		'Number of 行政处罚 items (事项) at the end of the previous year. 表二 (2019 layout) 第二十条第（六）项, 行政处罚 row, 上一年项目数量.',
	penalty_change:
		'Net change in the number of 行政处罚 items during the year (may be negative). 表二 (2019 layout) 第二十条第（六）项, 行政处罚 row, 本年增/减.',
	coercion_prev_items:
		'Number of 行政强制 items (事项) at the end of the previous year. 表二 (2019 layout) 第二十条第（六）项, 行政强制 row, 上一年项目数量.',
	coercion_change:
		'Net change in the number of 行政强制 items during the year (may be negative). 表二 (2019 layout) 第二十条第（六）项, 行政强制 row, 本年增/减.',
	other_services_prev_items:
		'Number of 其他对外管理服务事项 items (事项) at the end of the previous year. 表二 (2019 layout) 第二十条第（五）项, 其他对外管理服务事项 row, 上一年项目数量.',
	other_services_change:
		'Net change in the number of 其他对外管理服务事项 items during the year (may be negative). 表二 (2019 layout) 第二十条第（五）项, 其他对外管理服务事项 row, 本年增/减.',
	other_services_decisions:
		'Decisions on other external management and service matters made in the year. 表二 (2019 layout) 第二十条第（五）项, 其他对外管理服务事项 row, 处理决定数量.',
	fees_prev_items:
		'Number of administrative fee items (行政事业性收费) at the end of the previous year. 表二 (2019 layout) 第二十条第（八）项, 上一年项目数量.',
	fees_change:
		'Net change in the number of administrative fee items during the year. 表二 (2019 layout) 第二十条第（八）项, 本年增/减.',
	procurement_items:
		'Centralized government procurement projects (政府集中采购) in the year. 表二 (2019 layout) 第二十条第（九）项, 采购项目数量.',
	procurement_amount_yuan:
		'Total amount of centralized government procurement in the year, in yuan. 表二 (2019 layout) 第二十条第（九）项, 采购总金额.',
	proactive_total:
		'Government information items (条) disclosed proactively in the year, an item published on several channels counted once. Pre-2019 统计表 (主动公开情况) or prose.',
	proactive_normative_docs:
		'Of the proactively disclosed items, normative documents (其中: 主动公开规范性文件数). Pre-2019 统计表 (主动公开情况) or prose.',
	proactive_via_gazette:
		'Items disclosed through government gazette (通过不同渠道和方式公开政府信息的情况). Pre-2019 统计表 (主动公开情况) or prose.',
	proactive_via_website:
		'Items disclosed through government website (通过不同渠道和方式公开政府信息的情况). Pre-2019 统计表 (主动公开情况) or prose.',
	proactive_via_weibo:
		'Items disclosed through government Weibo accounts (通过不同渠道和方式公开政府信息的情况). Pre-2019 统计表 (主动公开情况) or prose.',
	proactive_via_wechat:
		'Items disclosed through government WeChat accounts (通过不同渠道和方式公开政府信息的情况). Pre-2019 统计表 (主动公开情况) or prose.',
	proactive_via_other:
		'Items disclosed through other channels (通过不同渠道和方式公开政府信息的情况). Pre-2019 统计表 (主动公开情况) or prose.',
	hotspot_responses:
		'Times the government responded to hot issues of public concern or major public opinion. Pre-2019 统计表 (回应解读情况) or prose.',
	press_conferences:
		'Press conferences held or attended (参加或举办新闻发布会总次数). Pre-2019 统计表 (回应解读情况) or prose.',
	online_interviews:
		'Online interviews held on the government website (在线访谈). Pre-2019 统计表 (回应解读情况) or prose.',
	policy_interpretations:
		'Policy interpretation articles (政策解读稿件, 篇) published. Pre-2019 统计表 (回应解读情况) or prose.',
	channel_in_person:
		'Requests received in person (当面). Pre-2019 统计表 (收到申请数, 其中) or prose; the channels sum to requests_received.',
	channel_fax:
		'Requests received by fax (传真). Pre-2019 统计表 (收到申请数, 其中) or prose; the channels sum to requests_received.',
	channel_online:
		'Requests received online (网络/网上申请). Pre-2019 统计表 (收到申请数, 其中) or prose; the channels sum to requests_received.',
	channel_letter:
		'Requests received by letter (信函). Pre-2019 统计表 (收到申请数, 其中) or prose; the channels sum to requests_received.',
	channel_email:
		'Requests received by e-mail (电子邮件). Pre-2019 统计表 (收到申请数, 其中) or prose; the channels sum to requests_received.',
	channel_phone:
		'Requests received by phone (电话). Pre-2019 统计表 (收到申请数, 其中) or prose; the channels sum to requests_received.',
	channel_other:
		'Requests received in other forms (其他形式). Pre-2019 统计表 (收到申请数, 其中) or prose; the channels sum to requests_received.',
	answers_total:
		'All answers given to requests in the year (申请答复数); the answer categories sum to it. Pre-2019 统计表 (申请答复数) or prose.',
	answer_already_public:
		'Requests answered by pointing to information already disclosed proactively. Pre-2019 统计表 (申请答复数) or prose.',
	answer_granted:
		'Answers agreeing to disclose the information. Pre-2019 统计表 (申请答复数) or prose.',
	answer_partial:
		'Answers agreeing to disclose part of the information. Pre-2019 统计表 (申请答复数) or prose.',
	answer_denied:
		'Answers refusing disclosure (不同意公开, also printed as 否决公开 or 不予公开答复数). Pre-2019 统计表 (申请答复数) or prose.',
	answer_denied_state_secret:
		'Refusals (of answer_denied) because the information involves state secrets. Pre-2019 统计表 (申请答复数) or prose, 不同意公开答复数 其中.',
	answer_denied_commercial_secret:
		'Refusals (of answer_denied) because the information involves commercial secrets. Pre-2019 统计表 (申请答复数) or prose, 不同意公开答复数 其中.',
	answer_denied_privacy:
		'Refusals (of answer_denied) because the information involves personal privacy. Pre-2019 统计表 (申请答复数) or prose, 不同意公开答复数 其中.',
	answer_denied_three_safety:
		'Refusals (of answer_denied) because disclosure would endanger national, public or economic security or social stability. Pre-2019 统计表 (申请答复数) or prose, 不同意公开答复数 其中.',
	answer_denied_not_gov_info:
		'Refusals (of answer_denied) because the information is not government information as defined by the Regulations. Pre-2019 统计表 (申请答复数) or prose, 不同意公开答复数 其中.',
	answer_denied_other_law:
		'Refusals (of answer_denied) because of other circumstances provided by laws and regulations. Pre-2019 统计表 (申请答复数) or prose, 不同意公开答复数 其中.',
	answer_not_this_agency:
		'Answers that the information is not for this agency to disclose. Pre-2019 统计表 (申请答复数) or prose.',
	answer_not_exist:
		'Answers that the requested information does not exist. Pre-2019 统计表 (申请答复数) or prose.',
	answer_correction_required:
		'Answers telling the applicant to change or complete an unclear request. Pre-2019 统计表 (申请答复数) or prose.',
	answer_other_channel:
		'Answers telling the applicant to obtain the information through another procedure. Pre-2019 统计表 (申请答复数) or prose.',
	complaints_total:
		'Complaints, reports and appeals about information disclosure (举报投诉, 申诉). Pre-2019 统计表 or prose.',
	consultations:
		'Consultations about information disclosure received, in person-times (人次). Pre-2019 统计表 or prose.',
	fees_amount_yuan:
		'Fees charged for answering information requests (依申请公开信息收取的费用), in yuan. Pre-2019 统计表 or prose.',
	staff_full_time:
		'Staff working full-time on information disclosure (机构建设与保障). Pre-2019 统计表 or prose.',
	staff_part_time:
		'Staff working part-time on information disclosure (机构建设与保障). Pre-2019 统计表 or prose.',
	reading_rooms:
		'Public reading points where government information can be consulted (查阅点/查阅场所). Pre-2019 统计表 or prose.',
	budget_10k_yuan:
		'Dedicated budget for information-disclosure work, in 10,000 yuan. Pre-2019 统计表 or prose.',
	trainings:
		'Training sessions on information disclosure held (会议和培训情况). Pre-2019 统计表 or prose.',
	trainees: 'People trained, in person-times (接受培训人员数). Pre-2019 统计表 or prose.'
};

/**
 * Every metric's definition: the printed metrics' above, the derived metrics' (harmonized and
 * rates) generated from their one spec (derived-metrics.ts).
 */
export const METRIC_DEFINITIONS: Readonly<Record<string, string>> = Object.fromEntries(
	METRICS.map((m) => [m.metric, dictionaryDefinition(m.metric) ?? PRINTED[m.metric] ?? ''])
);

/** The full dictionary: labels and definitions (metrics.parquet, the console's metric browser). */
export const METRIC_DICTIONARY: readonly MetricDef[] = METRICS.map((m) => ({
	...m,
	definition: METRIC_DEFINITIONS[m.metric] ?? ''
}));
