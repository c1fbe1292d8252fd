/**
 * The phrasings that make a counted number in a sentence mean a metric. A rule names the clause
 * around the number: the object the number counts (the end of `lead`, "…受理政府信息公开申请"),
 * or, for a number written first, the verb before it and the object after it ("收到70件申请",
 * "1件结转下年度"). The first rule that fits a number decides it; a number no rule fits is not a
 * fact. Every rule names the report layouts (eras) whose metric ids it produces.
 *
 * The phrasings are the official ones: the 2008–2018 统计表 rows restated in prose, and the
 * standard sentences of the 2019 and 2021 layouts' 总体情况 section.
 */
import {
	ALL,
	LINK,
	OTHER_SERVICE,
	POST,
	POST_2021,
	PRE,
	aboutDisclosure,
	channelOf,
	type Channel,
	type ProseContext,
	type Topic
} from './prose-context';
import type { Applicant, ReportFormat } from './types';

export interface ProseRule {
	metric: string;
	applicant?: Applicant;
	eras: readonly ReportFormat[];
	/** The counting units the metric is stated in. */
	units: RegExp;
	/** What the clause before the number must end with. */
	lead?: RegExp;
	/** What must follow the unit (number-first phrasings). */
	trail?: RegExp;
	/** Only in a sentence that speaks of this. */
	topics?: readonly Topic[];
	/** May stand in a parenthesis ("（含上年结转189件）"); other figures there are sub-counts. */
	inParen?: boolean;
	/** May be said of a part of the government (reviews and lawsuits are the region's). */
	parts?: boolean;
	/**
	 * A figure of the whole (a total, not a breakdown): not read after "其中" plus a subject
	 * ("其中市政府新闻发布会8场"), though "其中主动公开政府信息425条" (the 统计表 wording) is.
	 */
	whole?: boolean;
	/** "3.765万元" is 3.765 in a metric counted in 万元. */
	tenThousandYuan?: boolean;
	/** Further conditions on the clause, sentence or section. */
	test?: (c: ProseContext) => boolean;
}

/** The clause ends with the object, maybe nominalized ("…答复的5件") and linked ("共计"). */
const end = (object: string) => new RegExp(`(?:${object})(?:的)?${LINK}$`);

const COUNT = /^(?:件|条|起|个|份|宗|次|例)$/;
const ITEMS = /^(?:条|件|个|篇|份|项)$/;
const EVENTS = /^(?:次|场|期)$/;
const CASES = /^(?:件|起|宗|个|份|次|例)$/;

const RECEIVE = '(?:受理|收到|接到|接收|新收)';
/** The object of a request, as the clause names it. */
const DISCLOSURE_REQUEST = /信息公开|依申请|公开申请|政府信息/;
/** A verb between "收到" and the number moves the number to another act ("收到申请信函并办理1起"). */
const OTHER_ACT = /办理|答复|回复|办结|处理|转办|转送|并/;
const CHANNEL_WORD = '(?:当面|传真|网上|网络|网路|在线|信函|邮寄|电子邮件|邮件|电话)';

/** "…共受理政府信息公开申请69件", "…接到依申请公开政府信息22起", "…收到有关…的申请7条". */
function requestObject(c: ProseContext): boolean {
	const m = new RegExp(`${RECEIVE}(?!.*${RECEIVE})(.*)$`).exec(c.lead);
	if (!m) return false;
	const object = m[1]!;
	if (OTHER_ACT.test(object) || /复议|诉讼|咨询|诉求|投诉|举报/.test(object)) return false;
	if (!new RegExp(`(?:申请|依申请公开(?:政府)?(?:信息)?)(?:数量?)?${LINK}$`).test(object))
		return false;
	if (new RegExp(`${CHANNEL_WORD}[^，]{0,4}申请(?:数量?)?${LINK}$`).test(object)) return false;
	return requestWords(object, c);
}

/** "收到70件申请", "共受理2件依申请公开". */
function requestAfter(c: ProseContext): boolean {
	if (!new RegExp(`${RECEIVE}(?:的)?${LINK}$`).test(c.lead)) return false;
	const m = /^(?:有关)?(?:政府信息公开|信息公开)?(?:的)?(?:各类)?(申请|依申请公开)/.exec(c.trail);
	return !!m && requestWords(c.trail.slice(0, m.index + m[0].length), c);
}

/**
 * A plain "申请" ("共收到70件申请") counts as a disclosure request only in the 依申请公开 section,
 * and only bare: "受理行政许可申请" names another kind of application.
 */
function requestWords(object: string, c: ProseContext): boolean {
	if (OTHER_SERVICE.test(c.sentence)) return false;
	if (DISCLOSURE_REQUEST.test(object)) return true;
	const bare = object.replace(new RegExp(`(?:数量?)?${LINK}$`), '');
	return /^(?:各类|有关|的|件|份|条)*申请$/.test(bare) && /申请/.test(c.section);
}

/** "收到申请75件（含上年结转5件）": new and carried-over requests together, not 新收. */
const includesCarriedOver = (c: ProseContext) =>
	/^[，,]?[（(]?(?:其中|含|包括)[^，。；）)]{0,8}上一?年/.test(c.next);

const requests = (c: ProseContext) =>
	(requestObject(c) || requestAfter(c)) && !/^(?:在|于)/.test(c.segment);

/** "在3561件政府信息公开申请中" restates the year's requests. */
const requestsRestated = (c: ProseContext) =>
	/在$/.test(c.lead) && /^(?:政府信息公开|依申请公开)?申请中/.test(c.trail);

/** Channel words of the request channels (统计表 当面/传真/网上/信函/电子邮件/电话). */
function requestChannel(metric: string, words: string): ProseRule {
	return {
		metric,
		eras: PRE,
		units: COUNT,
		test: (c) => {
			const own = new RegExp(
				`(?:^|[^、和及])${words}(?:方式|形式|途径)?(?:提交|提出|递交)?(?:的)?(?:政府信息公开)?(?:申请)?(?:数|件数)?(?:的)?${LINK}$`
			);
			// "当面申请1件、网上申请2件": the "、" after the previous count opens this clause.
			if (!own.test(c.segment.replace(/^[、，,；;]/, ''))) return false;
			// Bare "传真1件" only after the sentence spoke of requests.
			if (!/申请/.test(c.segment) && c.topic !== 'requests') return false;
			return !OTHER_SERVICE.test(c.sentence);
		}
	};
}

/** The publishing verb of a channel clause: "通过政府网站公开政府信息数94802条". */
const PUBLISHED = new RegExp(
	`(?:公开|发布)(?:了)?(?:政府)?(?:信息|微博|微信|文章)?(?:数|条数)?${LINK}$`
);

function proactiveChannel(metric: string, channel: Channel): ProseRule {
	return {
		metric,
		eras: PRE,
		units: ITEMS,
		inParen: true,
		test: (c) => {
			if (!PUBLISHED.test(c.segment) || /主动|各类|类信息|累计|历年/.test(c.segment)) return false;
			const named = channelOf(c.segment);
			if (named) {
				if (named !== channel) return false;
				// The website, the gazette and other media are the means ("通过…"); an account publishes itself.
				return /通过|利用|依托/.test(c.segment) || channel === 'weibo' || channel === 'wechat';
			}
			// "其中微博29个，共发布信息1992条": the object of the previous clause.
			return (
				c.channel === channel &&
				!c.trail &&
				new RegExp(
					`^(?:共|共计|累计|全年)?(?:发布|公开)(?:了)?(?:各类)?(?:政府)?信息${LINK}$`
				).test(c.segment)
			);
		}
	};
}

const notSubCount = (c: ProseContext) => !/负责(?:人|同志)|领导/.test(c.segment);

/**
 * The proactive total is stated for the whole output, not for one column ("在扶贫专栏主动公开
 * 信息25条") or in a section on one field of disclosure (重点领域, 财政, 环境…).
 */
const wholeProactiveOutput = (c: ProseContext) =>
	!/专栏|栏目|专题|板块/.test(c.lead) &&
	!/重点领域|财政|预决算|扶贫|教育|医疗|卫生|环境|环保|食品|药品|安全生产|征地|征收|采购|招投标|招标|审批|许可|处罚|价格|收费|住房|救助|就业|社保|建设项目/.test(
		c.section
	);

/** "2017年共举办17场" after "开展线上访谈活动": the event the sentence named. */
function eventOfSentence(c: ProseContext, event: RegExp, others: RegExp): boolean {
	if (c.trail) return false;
	if (
		!new RegExp(
			`^(?:\\d{4}年)?(?:全年)?(?:共|共计|累计)?(?:举办|开展|组织|进行|召开)(?:了)?${LINK}$`
		).test(c.segment)
	)
		return false;
	return event.test(c.earlier) && !others.test(c.earlier);
}

const outcomeTopic: readonly Topic[] = ['requests'];

/** An answer category may be named in quotes: "已答复中“同意公开”的件数1件". */
const Q = '["“”]?';

export const RULES: readonly ProseRule[] = [
	// ── Proactive disclosure (统计表 一) ──────────────────────────────────────────────
	{
		metric: 'proactive_total',
		whole: true,
		eras: PRE,
		units: ITEMS,
		lead: end('主动公开(?:各类)?(?:政府)?信息(?:数|总数|总量|数量)?'),
		test: (c) => wholeProactiveOutput(c) && !/平台/.test(c.lead)
	},
	{
		// "主动通过…平台发布各类政府信息21503条": all kinds, i.e. the whole proactive output.
		metric: 'proactive_total',
		whole: true,
		eras: PRE,
		units: ITEMS,
		lead: end('主动[^，]{0,40}?(?:公开|发布)各类(?:政府)?信息'),
		test: wholeProactiveOutput
	},
	{
		// "在…网站主动公开的425条政府信息中" (the base of a breakdown: the total restated).
		metric: 'proactive_total',
		whole: true,
		eras: PRE,
		units: ITEMS,
		lead: /主动公开的$/,
		trail: /^(?:政府)?信息中/,
		test: wholeProactiveOutput
	},
	{
		metric: 'proactive_normative_docs',
		eras: PRE,
		units: ITEMS,
		inParen: true,
		lead: end('(?:公开|发布)(?:的)?规范性(?:政府)?(?:文件|信息)(?:数)?'),
		test: (c) => !/类|政策、|制发|制定|清理|废止|现行有效|累计|历年/.test(c.segment)
	},
	{
		// "主动公开政府信息1000条，其中规范性文件20条" (统计表 其中：主动公开规范性文件数).
		metric: 'proactive_normative_docs',
		eras: PRE,
		units: ITEMS,
		inParen: true,
		lead: end('^其中(?:主动公开)?(?:的)?(?:行政)?规范性文件(?:数)?'),
		test: (c) => c.head === 'proactive_total'
	},
	proactiveChannel('proactive_via_website', 'website'),
	proactiveChannel('proactive_via_gazette', 'gazette'),
	proactiveChannel('proactive_via_weibo', 'weibo'),
	proactiveChannel('proactive_via_wechat', 'wechat'),
	proactiveChannel('proactive_via_other', 'other'),

	// ── Interpretation and responses (统计表 二) ─────────────────────────────────────
	{
		metric: 'hotspot_responses',
		whole: true,
		eras: PRE,
		units: /^(?:次|件|条|起|个)$/,
		lead: end('(?:回应|处置|处理)[^，]{0,14}?(?:热点|舆情)(?:问题|事件)?(?:数)?')
	},
	{
		metric: 'press_conferences',
		whole: true,
		eras: PRE,
		units: EVENTS,
		lead: end('新闻发布会'),
		test: notSubCount
	},
	{
		metric: 'press_conferences',
		whole: true,
		eras: PRE,
		units: EVENTS,
		test: (c) => eventOfSentence(c, /新闻发布会/, /访谈|培训/)
	},
	{
		metric: 'online_interviews',
		whole: true,
		eras: PRE,
		units: EVENTS,
		lead: end('(?:在线|线上|网上|网络)访谈(?:活动|节目)?'),
		test: notSubCount
	},
	{
		metric: 'online_interviews',
		whole: true,
		eras: PRE,
		units: EVENTS,
		test: (c) => eventOfSentence(c, /(?:在线|线上|网上|网络)访谈/, /新闻发布会|培训/)
	},
	{
		metric: 'policy_interpretations',
		whole: true,
		eras: PRE,
		units: /^(?:篇|条|件|份|个|期)$/,
		lead: end('(?:政策)?解读(?:类)?(?:稿件|文章|材料|信息)(?:数)?|政策解读'),
		test: (c) => !/负责|领导/.test(c.segment)
	},
	{
		// "（四）开展政策解读工作情况 … 2017年，共公开发布信息82条": the section names the object.
		metric: 'policy_interpretations',
		whole: true,
		eras: PRE,
		units: /^(?:篇|条|件|份|个)$/,
		lead: new RegExp(
			`^(?:\\d{4}年)?(?:全年|今年)?(?:共|共计|累计)?(?:公开)?(?:发布|公开)(?:各类)?信息${LINK}$`
		),
		test: (c) => !c.trail && /政策解读|解读工作/.test(c.section) && c.sectionDistance < 400
	},

	// ── Requests (统计表 三/四) ──────────────────────────────────────────────────────
	requestChannel('channel_in_person', '当面'),
	// "信函传真申请11件" is one merged channel (the 统计表's 信函、传真申请数), not 传真.
	requestChannel('channel_fax', '(?<!信函[、，,]?)传真'),
	requestChannel('channel_online', '(?:网上|网络|网路|在线)'),
	requestChannel('channel_letter', '(?:信函|邮寄)'),
	requestChannel('channel_email', '(?:电子邮件|邮件)'),
	requestChannel('channel_phone', '电话'),
	{
		metric: 'requests_received',
		whole: true,
		eras: PRE,
		units: COUNT,
		test: (c) => requests(c) || requestsRestated(c)
	},
	{
		metric: 'requests_closed_on_time',
		eras: PRE,
		units: COUNT,
		topics: outcomeTopic,
		lead: end('(?:按时|按期|在法定期限内|如期)办结')
	},
	{
		metric: 'requests_closed_extended',
		eras: PRE,
		units: COUNT,
		topics: outcomeTopic,
		lead: end('延期办结')
	},
	{
		metric: 'answer_already_public',
		eras: PRE,
		units: COUNT,
		topics: outcomeTopic,
		lead: end('属于已主动公开(?:范围|的)(?:数|信息)?')
	},
	{
		metric: 'answer_granted',
		eras: PRE,
		units: COUNT,
		topics: outcomeTopic,
		lead: end(`(?<!不)(?<!部分)${Q}(?:同意|予以)公开${Q}(?:的)?(?:答复)?(?:数|件数)?`)
	},
	{
		metric: 'answer_partial',
		eras: PRE,
		units: COUNT,
		topics: outcomeTopic,
		lead: end(`(?<![及和、])${Q}(?:同意)?部分公开${Q}(?:的)?(?:答复)?(?:数|件数)?`)
	},
	{
		metric: 'answer_denied',
		eras: PRE,
		units: COUNT,
		topics: outcomeTopic,
		lead: end(
			`${Q}(?:不同意公开|不予公开|否决公开|免于公开|免予公开)${Q}(?:的)?(?:答复)?(?:数|件数)?`
		)
	},
	{
		metric: 'answer_not_this_agency',
		eras: PRE,
		units: COUNT,
		topics: outcomeTopic,
		lead: end('不属于本(?:行政)?机关(?:公开)?(?:的)?(?:数|件数)?')
	},
	{
		metric: 'answer_not_exist',
		eras: PRE,
		units: COUNT,
		topics: outcomeTopic,
		lead: end('(?:申请)?信息不存在(?:的)?(?:数|件数)?')
	},
	{
		metric: 'answer_correction_required',
		eras: PRE,
		units: COUNT,
		topics: outcomeTopic,
		lead: end('(?:申请)?内容不明确(?:的)?(?:数|件数)?|告知作出更改补充(?:数|件数)?')
	},
	{
		metric: 'answer_other_channel',
		eras: PRE,
		units: COUNT,
		topics: outcomeTopic,
		lead: end('告知通过其他途径办理(?:数|件数)?')
	},
	{
		metric: 'answers_total',
		whole: true,
		eras: PRE,
		units: COUNT,
		lead: end('答复(?:总数|数|件数)?(?:的)?'),
		test: (c) =>
			(c.topic === 'requests' || /申请/.test(c.segment)) &&
			!/率|公开答复|其他|其它/.test(c.segment) &&
			!new RegExp(RECEIVE).test(c.segment)
	},
	{
		metric: 'consultations',
		whole: true,
		eras: PRE,
		units: /^(?:人次|次|件|个|人)$/,
		lead: end(
			'(?:接受|受理|接待|解答|答复|提供)(?:了)?(?:群众|公众|公民|社会公众)?(?:的)?(?:政府信息公开)?(?:政府信息)?咨询'
		),
		test: (c) => !OTHER_SERVICE.test(c.sentence)
	},

	// ── Requests since 2019 (表三 restated) ─────────────────────────────────────────
	{
		metric: 'requests_carried_over',
		eras: POST,
		units: COUNT,
		inParen: true,
		lead: end('上一?年度?结转(?:的)?(?:政府信息公开)?(?:申请)?')
	},
	{
		metric: 'requests_carried_forward',
		eras: POST,
		units: COUNT,
		inParen: true,
		lead: end(
			'(?:结转|顺延|转入)(?:到|至|入)?(?:下一?年度?|下年|\\d{4}年度?)(?:继续办理|办理|答复)?(?:的)?(?:申请)?'
		)
	},
	{
		metric: 'requests_carried_forward',
		eras: POST,
		units: COUNT,
		inParen: true,
		lead: new RegExp(`(?:^|另有|尚有|还有|其中|剩余|余)${LINK}$`),
		trail:
			/^(?:申请)?(?:按照?[^，]{0,8}?|依法|依照[^，]{0,8}?)?(?:顺延|结转|转入|延续)(?:到|至|入)?(?:下一?年度?|下年|\d{4}年)/
	},
	{
		metric: 'requests_new',
		whole: true,
		eras: POST,
		units: COUNT,
		test: (c) => requests(c) && !includesCarriedOver(c)
	},
	{
		metric: 'requests_new',
		applicant: 'natural_person',
		eras: POST,
		units: COUNT,
		lead: end('(?:^|、|涉及|其中|包括)(?:自然人|公民)(?:申请)?'),
		test: (c) => c.head === 'requests_new'
	},
	{
		metric: 'requests_new',
		applicant: 'legal_commercial',
		eras: POST,
		units: COUNT,
		lead: end('(?:^|、|涉及|其中|包括)商业企业(?:申请)?'),
		test: (c) => c.head === 'requests_new'
	},
	{
		metric: 'requests_new',
		applicant: 'legal_research',
		eras: POST,
		units: COUNT,
		lead: end('(?:^|、|涉及|其中|包括)科研机构(?:申请)?'),
		test: (c) => c.head === 'requests_new'
	},
	{
		metric: 'requests_new',
		applicant: 'legal_social',
		eras: POST,
		units: COUNT,
		lead: end('(?:^|、|涉及|其中|包括)社会公益组织(?:申请)?'),
		test: (c) => c.head === 'requests_new'
	},
	{
		metric: 'requests_new',
		applicant: 'legal_services',
		eras: POST,
		units: COUNT,
		lead: end('(?:^|、|涉及|其中|包括)法律服务机构(?:申请)?'),
		test: (c) => c.head === 'requests_new'
	},
	{
		metric: 'outcome_total',
		whole: true,
		eras: POST,
		units: COUNT,
		// Not "办理…申请N件": handled, which says neither received nor concluded (pingtan_2024).
		lead: end(
			'(?:办结|答复|办理完结|处理完毕)(?:了)?(?:依申请公开|政府信息公开申请|信息公开申请|申请)?(?:的)?(?:申请)?'
		),
		test: (c) =>
			(c.topic === 'requests' || /申请/.test(c.segment)) &&
			!/[率]/.test(c.segment) &&
			!OTHER_SERVICE.test(c.sentence)
	},
	{
		// Number first: "16件公开申请均已办结" (not "…均在法定时限内办理": handled is not concluded).
		metric: 'outcome_total',
		whole: true,
		eras: POST,
		units: COUNT,
		lead: new RegExp(`(?:^|；|;)${LINK}$`),
		trail: /^(?:政府信息公开|依申请公开|信息公开|公开)?申请(?:均|全部)?(?:已|已经)?(?:全部)?办结/,
		test: (c) => !OTHER_SERVICE.test(c.sentence)
	},
	{
		metric: 'outcome_granted',
		eras: POST,
		units: COUNT,
		topics: outcomeTopic,
		lead: end('(?<![不])(?:予以公开|同意公开(?:答复)?(?:数|件数)?)')
	},
	{
		metric: 'outcome_partial',
		eras: POST,
		units: COUNT,
		topics: outcomeTopic,
		lead: end('(?<![及和、与])(?:部分公开|区分处理后公开)(?:答复)?(?:数|件数)?')
	},
	{
		metric: 'outcome_denied',
		eras: POST,
		units: COUNT,
		topics: outcomeTopic,
		lead: end('不予公开')
	},
	{
		metric: 'outcome_unable',
		eras: POST,
		units: COUNT,
		topics: outcomeTopic,
		lead: end('无法提供(?:政府信息|信息)?(?:答复)?(?:数|件数)?')
	},
	{
		metric: 'outcome_not_processed',
		eras: POST,
		units: COUNT,
		topics: outcomeTopic,
		lead: end('不予处理')
	},
	{
		metric: 'outcome_other',
		eras: POST,
		units: COUNT,
		topics: outcomeTopic,
		lead: end('其他处理')
	},

	// ── 表二 since 2021: rules and normative documents made this year ────────────────
	{
		metric: 'rules_made',
		eras: POST_2021,
		units: /^(?:件|部|个|项)$/,
		lead: end('规章'),
		test: (c) => madeThisYear(c)
	},
	{
		metric: 'normative_docs_made',
		eras: POST_2021,
		units: /^(?:件|个|份|项)$/,
		lead: end('规范性文件'),
		test: (c) => madeThisYear(c)
	},
	{
		// "现行有效件数424件", "现行有效行政规范性文件共253件" — the count in force, stated as such;
		// not "清理并集中发布现行有效行政规范性文件393件" (an act of publishing, not the count).
		metric: 'normative_docs_in_force',
		eras: POST_2021,
		units: /^(?:件|个|份|项)$/,
		lead: end('现行有效(?:的)?(?:行政)?(?:规范性文件)?(?:件数|数量?)?'),
		test: (c) => /^现行有效/.test(c.segment.replace(/^[，,；;、\s]+/, '')) && normativeSentence(c)
	},
	{
		// "按程序确认失效或废止文件7件", "本年废止规范性文件3件", in a sentence on 规范性文件.
		metric: 'normative_docs_repealed',
		eras: POST_2021,
		units: /^(?:件|个|份|项)$/,
		lead: end('(?:失效或|失效、)?废止(?:的)?(?:行政)?(?:规范性)?文件(?:件数|数量?)?'),
		test: (c) => !/现行有效|累计|历年|截至/.test(c.segment) && normativeSentence(c)
	},

	// ── Reviews and lawsuits ────────────────────────────────────────────────────────
	{
		metric: 'review_total',
		whole: true,
		eras: ALL,
		units: CASES,
		parts: true,
		lead: end('行政复议(?:案件|案|申请)?(?:数)?'),
		test: (c) => !/诉讼|起诉/.test(c.segment) && aboutDisclosure(c)
	},
	{
		// "收到1份有关政府信息公开行政复议申请"
		metric: 'review_total',
		whole: true,
		eras: ALL,
		units: CASES,
		parts: true,
		lead: new RegExp(`(?:收到|受理|发生|引发|提起|办理)${LINK}$`),
		trail: /^(?:有关|涉及)?(?:政府信息公开)?(?:的)?行政复议(?:申请|案件)?(?=$|已|均|并|且)/,
		test: aboutDisclosure
	},
	{
		metric: 'review_upheld',
		eras: ALL,
		units: CASES,
		parts: true,
		topics: ['review'],
		lead: end('(?:^|结果)维持(?:原(?:具体)?行政行为|原决定)?(?:的)?')
	},
	{
		metric: 'review_corrected',
		eras: ALL,
		units: CASES,
		parts: true,
		topics: ['review'],
		lead: end('(?:^|结果|被依法|被)(?:纠正|纠错|责令履行|撤销|确认违法)(?:数)?(?:的)?')
	},
	{
		metric: 'review_other',
		eras: ALL,
		units: CASES,
		parts: true,
		topics: ['review'],
		lead: end('^其他(?:结果)?')
	},
	{
		metric: 'review_pending',
		eras: POST,
		units: CASES,
		parts: true,
		topics: ['review'],
		lead: end('^(?:尚未审结|未审结|正在审理中?|审理中)')
	},
	{
		metric: 'litigation_total',
		whole: true,
		eras: PRE,
		units: CASES,
		parts: true,
		lead: end('行政诉讼(?:案件|案)?(?:数)?'),
		test: (c) => !/复议/.test(c.segment) && aboutDisclosure(c)
	},
	{
		metric: 'litigation_upheld',
		eras: PRE,
		units: CASES,
		parts: true,
		topics: ['litigation'],
		lead: end('(?:^|结果)(?:维持|胜诉|驳回(?:原告)?(?:诉讼)?(?:请求|诉求)?)(?:的)?')
	},
	{
		// "3件驳回诉求"
		metric: 'litigation_upheld',
		eras: PRE,
		units: CASES,
		parts: true,
		topics: ['litigation'],
		lead: new RegExp(`^(?:其中)?${LINK}$`),
		trail: /^(?:被)?(?:驳回|维持|胜诉)/
	},
	{
		metric: 'litigation_corrected',
		eras: PRE,
		units: CASES,
		parts: true,
		topics: ['litigation'],
		lead: end('(?:^|结果|被依法|被)(?:纠正|纠错|败诉|撤销|确认违法)(?:数)?(?:的)?')
	},
	{
		metric: 'litigation_other',
		eras: PRE,
		units: CASES,
		parts: true,
		topics: ['litigation'],
		lead: end('^其他(?:结果)?')
	},

	// ── Organisation (统计表 机构建设和保障经费) ─────────────────────────────────────
	{
		metric: 'staff_full_time',
		whole: true,
		eras: PRE,
		units: /^(?:人|名|个)$/,
		lead: end('(?<!兼)专职(?:工作)?人员')
	},
	{
		metric: 'staff_part_time',
		whole: true,
		eras: PRE,
		units: /^(?:人|名|个)$/,
		lead: end('(?<![专/、])兼职(?:工作)?人员')
	},
	{
		metric: 'reading_rooms',
		whole: true,
		eras: PRE,
		units: /^(?:个|处|间|家)$/,
		lead: end('(?:设置|设立|建立|建成|开设)[^，]{0,12}?查阅(?:点|场所|室|中心|场地)')
	},
	{
		metric: 'budget_10k_yuan',
		whole: true,
		eras: PRE,
		units: /^万元$/,
		tenThousandYuan: true,
		lead: new RegExp(`工作经费(?:支出)?${LINK}(?:人民币)?$`),
		test: (c) => !/三公|预算|决算|专项/.test(c.segment)
	},
	{
		metric: 'trainings',
		whole: true,
		eras: PRE,
		units: /^(?:次|期|场|轮)$/,
		lead: end('(?:举办|组织|开展)?(?:各类)?培训(?:班|会)?'),
		// "参加省里组织的培训2次" is training received, not given.
		test: (c) => notSubCount(c) && !/参加|参与/.test(c.segment)
	},
	{
		metric: 'trainees',
		whole: true,
		eras: PRE,
		units: /^(?:人|人次|名)$/,
		parts: true,
		lead: end('培训(?:人员|干部|学员)?'),
		test: notSubCount
	},
	{
		// "共225人接受培训", "共170人参加培训"
		metric: 'trainees',
		whole: true,
		eras: PRE,
		units: /^(?:人|人次|名)$/,
		parts: true,
		trail: /^(?:次)?(?:参加|接受|参与)(?:了)?(?:各类)?(?:培训|学习)/
	}
];

/** A sentence on normative documents (not on rules: 规章 has rows of its own). */
const normativeSentence = (c: ProseContext) =>
	/规范性文件/.test(c.sentence) && !/规章/.test(c.segment);

/** "全年主动公开市政府规章22件", "动态更新本年度制发的规范性文件77件" — not "现行有效…393件". */
function madeThisYear(c: ProseContext): boolean {
	// "主动公开市政府规章13件（含新制定5件，修改4件，废止4件）": a mix, not the year's new ones.
	if (/^[（(](?:含|包括|其中)/.test(c.next)) return false;
	if (
		/现行有效|废止|失效|清理|修改|修订|累计|截至|历年|审查|备案|审核|起草|征求|政策性|类/.test(
			c.lead
		)
	)
		return false;
	if (/制发|制定|出台|印发|新增|新制/.test(c.lead)) return true;
	return /(?:全年|本年|年内|今年|本年度|\d{4}年)[^，]{0,6}(?:主动)?(?:公开|发布)/.test(c.lead);
}
