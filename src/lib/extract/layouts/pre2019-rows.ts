/**
 * Row labels of the pre-2019 统计表 (the national template of 2008–2018 and the provincial variants
 * found in real reports), each with the metric it prints. Labels are matched on the normalized
 * (simplified) text; a label counts only when a number follows it (after its unit), so a sentence
 * that mentions the label is not a table row.
 */
import { labelPattern } from '../label-pattern';

export interface StatRowDef {
	metric: string;
	pattern: RegExp;
	/** Rows whose value is part of `parent` (used to choose among run-together splits). */
	parent?: string;
	/** The row is one of the outcomes listed under the review or litigation rows. */
	outcome?: 'upheld' | 'corrected' | 'other';
}

function alt(...labels: string[]): string {
	return labels.map(labelPattern).join('|');
}

/** An item number ("2." "3、") may stand before a label, glued to the previous row's digits. */
const ITEM = '(?:[1-9]\\s*[.、．]\\s*)?';

function row(metric: string, labels: string, parent?: string): StatRowDef {
	return { metric, pattern: new RegExp(`${ITEM}(?:${labels})`, 'g'), parent };
}

export const STAT_ROWS: readonly StatRowDef[] = [
	row(
		'proactive_total',
		alt('主动公开政府信息总数', '主动公开政府信息数', '主动公开信息数', '主动公开文件数')
	),
	row('proactive_normative_docs', alt('主动公开规范性文件数'), 'proactive_total'),
	row(
		'proactive_via_gazette',
		alt('政府公报公开政府信息数', '政府公报发布政府信息数', '政府公报公开数', '政府公报公开'),
		'proactive_total'
	),
	row(
		'proactive_via_website',
		alt('政府网站公开政府信息数', '政府网站公开数', '网站公开'),
		'proactive_total'
	),
	row('proactive_via_weibo', alt('政务微博公开政府信息数'), 'proactive_total'),
	row('proactive_via_wechat', alt('政务微信公开政府信息数'), 'proactive_total'),
	row('proactive_via_other', alt('其他方式公开政府信息数'), 'proactive_total'),
	row('hotspot_responses', alt('回应公众关注热点或重大舆情数')),
	row('press_conferences', alt('参加或举办新闻发布会总次数', '举办新闻发布会次数')),
	row('online_interviews', alt('政府网站在线访谈次数', '在线访谈次数')),
	row('policy_interpretations', alt('政策解读稿件发布数')),
	row(
		'requests_received',
		alt(
			'收到申请数',
			'申请总数',
			'受理依申请公开信息总数',
			'受理政府信息依申请公开总数',
			'受理申请总数'
		)
	),
	row('channel_in_person', alt('当面申请数'), 'requests_received'),
	{
		metric: 'channel_fax',
		pattern: new RegExp(`${ITEM}(?<!信\\s*函\\s*[、,，]\\s*)(?:${alt('传真申请数')})`, 'g'),
		parent: 'requests_received'
	},
	row('channel_online', alt('网络申请数', '网上申请数', '网路申请数'), 'requests_received'),
	row('channel_letter', alt('信函申请数'), 'requests_received'),
	row('channel_email', alt('电子邮件申请数'), 'requests_received'),
	{
		metric: 'channel_phone',
		pattern: new RegExp(`${ITEM}(?<!传真\\s*)(?:${alt('电话申请数')})`, 'g'),
		parent: 'requests_received'
	},
	row('channel_other', alt('其他形式申请数', '其它形式申请数'), 'requests_received'),
	row('requests_closed_on_time', alt('按时办结数')),
	row('requests_closed_extended', alt('延期办结数')),
	row('answers_total', alt('对申请的答复总数', '对申请的答复数', '对申请答复总数', '申请答复数')),
	row('answer_already_public', alt('属于已主动公开范围数'), 'answers_total'),
	{
		metric: 'answer_granted',
		pattern: new RegExp(`${ITEM}(?<!不\\s*)(?:${alt('同意公开答复数')})`, 'g'),
		parent: 'answers_total'
	},
	row('answer_partial', alt('同意部分公开答复数'), 'answers_total'),
	row(
		'answer_denied',
		alt('不同意公开答复数', '否决公开答复数', '不予公开答复数'),
		'answers_total'
	),
	row('answer_denied_state_secret', alt('涉及国家秘密'), 'answer_denied'),
	row('answer_denied_commercial_secret', alt('涉及商业秘密'), 'answer_denied'),
	row('answer_denied_privacy', alt('涉及个人隐私'), 'answer_denied'),
	row(
		'answer_denied_three_safety',
		alt('危及国家安全、公共安全、经济安全和社会稳定', '危及国家安全'),
		'answer_denied'
	),
	row('answer_denied_not_gov_info', alt('不是《条例》所指政府信息'), 'answer_denied'),
	row('answer_denied_other_law', alt('法律法规规定的其他情形'), 'answer_denied'),
	row('answer_not_this_agency', alt('不属于本行政机关公开数'), 'answers_total'),
	row('answer_not_exist', alt('申请信息不存在数'), 'answers_total'),
	row('answer_correction_required', alt('告知作出更改补充数'), 'answers_total'),
	row('answer_other_channel', alt('告知通过其他途径办理数'), 'answers_total'),
	row('review_total', alt('行政复议数量', '行政复议数')),
	row('litigation_total', alt('行政诉讼数量', '行政诉讼数')),
	{
		metric: 'upheld',
		pattern: new RegExp(ITEM + `(?:${alt('维持具体行政行为数')})`, 'g'),
		outcome: 'upheld'
	},
	{
		metric: 'corrected',
		pattern: new RegExp(ITEM + `(?:${alt('被依法纠错数')})`, 'g'),
		outcome: 'corrected'
	},
	{
		metric: 'other',
		pattern: new RegExp(ITEM + `(?:${alt('其他情形数')})`, 'g'),
		outcome: 'other'
	},
	row(
		'complaints_total',
		alt('举报投诉数量', '行政申诉、举报数', '接受行政诉讼、举报数', '行政申诉数')
	),
	row('fees_amount_yuan', alt('依申请公开信息收取的费用', '政府信息公开收费减免金额')),
	row('consultations', alt('接受咨询数量')),
	row('reading_rooms', alt('设置政府信息公开查阅点数')),
	row('staff_full_time', alt('专职人员数')),
	row('staff_part_time', alt('兼职人员数')),
	row('budget_10k_yuan', alt('政府信息公开专项经费')),
	row('trainings', alt('举办各类培训班数')),
	row('trainees', alt('接受培训人员数'))
];

/** Units printed between a row label and its numbers. */
export const UNIT = '(?:人次|万元|条|件|次|人|个|元|场|期|篇|项|份)';

/**
 * Rows that have no metric id of their own but belong to a group whose sum is checked: a combined
 * channel ("信函、传真申请数") or an "other" answer category. Their values enter the group's check
 * (so the check says what the report says) but are not facts.
 */
export const GROUP_ONLY_ROWS: readonly { group: 'channels' | 'answers'; pattern: RegExp }[] = [
	{
		group: 'channels',
		pattern: new RegExp(
			`${ITEM}(?:${alt('信函、传真申请数', '传真电话申请数', '传真、电话申请数')})`,
			'g'
		)
	},
	{
		group: 'answers',
		pattern: new RegExp(
			`${ITEM}(?:${alt('其他类型答复数')}|[4-9]\\s*[.、．]\\s*其他(?![方形情类]))`,
			'g'
		)
	}
];
