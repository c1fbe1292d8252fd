/**
 * What a rule may look at when it decides what a counted number means: its clause (the words
 * before it, the words after its unit), the sentence, the section, and what the sentence has been
 * speaking of so far (its topic). Also the small word lists the rules share.
 */
import { LAYOUT_IDS, layoutsOfEra } from './layouts';
import type { ReportFormat } from './types';

/** What a sentence speaks of, carried from clause to clause ("行政复议8件,维持4件,…"). */
export type Topic = 'proactive' | 'requests' | 'review' | 'litigation';

/** Where proactively disclosed information was published (统计表 rows 公报/网站/微博/微信/其他). */
export type Channel = 'website' | 'gazette' | 'weibo' | 'wechat' | 'other';

export interface ProseContext {
	era: ReportFormat;
	/** The clause before the number (its approximation word excluded), quotation marks removed. */
	lead: string;
	/** The clause since the previous count in it ("、商业企业" in "涉及自然人80件、商业企业1件"). */
	segment: string;
	unit: string;
	/** The clause after the unit, up to the next count (quotation marks removed). */
	trail: string;
	/** The reading right after the unit, across clause breaks (for "3119件（含上年结转…"). */
	next: string;
	sentence: string;
	/** The sentence before this clause. */
	earlier: string;
	/** Title of the heading the sentence falls under, and its distance in characters. */
	section: string;
	sectionDistance: number;
	topic: Topic | null;
	/** The channel the previous clause of the same part named ("其中微博29个，共发布信息1992条"). */
	channel: Channel | null;
	/** The metric of the last total figure of the sentence (for applicant columns). */
	head: string | null;
	paren: boolean;
}

/** The layouts a prose rule applies to, by era (layouts/index.ts); `unknown` is never one. */
export const PRE: readonly ReportFormat[] = layoutsOfEra('pre2019');
export const POST: readonly ReportFormat[] = layoutsOfEra('post2019');
/** Rules for wording only the 2021 layout's tables use (本年制发, 现行有效). */
export const POST_2021: readonly ReportFormat[] = ['post2019_2021'];
export const ALL: readonly ReportFormat[] = LAYOUT_IDS;

/** Words that may stand between an object and its number: "共计", "为", "达" … */
export const LINK = '(?:共计|总计|合计|累计|共有|共|计|为|达到|达|是|有){0,2}';

const QUOTES = /[“”"‘’'「」『』《》〈〉]/g;
export const unquote = (s: string) => s.replace(QUOTES, '');

/** Groups of the government's own level: its departments and offices. */
/** ("公开办", the disclosure office; not "依申请公开办理情况".) */
const UPPER = /区直|县直|市直|旗直|本级|部门|各单位|公开办(?!理)/;
/** Groups of the level below: districts, counties, townships, streets. */
const LOWER = /各(?:县市|市县|市|县|旗市|旗县)?区|各县|各旗|乡镇|街道|镇街|各乡/;

/**
 * The clause speaks of a part of the government: "区直、县直各单位主动公开…", "全区各乡镇…",
 * "各县区共受理…". The whole is a clause naming no group, all levels ("全市各级…"), or both its
 * own departments and the level below ("全市各县区、各部门接到…", "市政府和市直各部门、各区政府…").
 */
export function speaksOfPart(clause: string): boolean {
	const upper = UPPER.test(clause) || NAMED_BODY.test(clause);
	const lower = LOWER.test(clause);
	if (!upper && !lower) return false;
	if (upper && lower) return false;
	return !/各级/.test(clause);
}

/**
 * A named body of the government: "市卫健委", "区环境与国土资源局" (not 市政府, 市委, 市直, nor a
 * zone's 管委会 / 管理委员会, which is the zone's government: "实验区管委会（办公室）共受理…").
 */
const NAMED_BODY =
	/[市区县州旗](?!政府|人民政府|委|直|本级|管委会|管理委员会)[\u4e00-\u9fa5]{1,8}?(?:局|委员会|委|中心|公司)/;

/**
 * A figure counted from another start than the year: "历年累计", "自2008年以来", "开通以来".
 * ("全年累计", "2017年累计" are the year's.)
 */
export const CUMULATIVE =
	/历年|自\d{4}年|(?:开通|成立|运行|上线|创刊|实施|开展)以来|(?<!全年|本年|今年|年度|\d年)累计/;

/** A change, not a count: "同比增加12件", "较上年减少3件". */
export const CHANGE =
	/同比|环比|较上年|较去年|比上年|比去年|增加|减少|增长|下降|回落|上升|提高|降低/;

/**
 * A sub-count of a named part: "其中县政府主动公开政府信息…", "其中市本级受理…" — but not
 * "其中主动公开政府信息425条" or "其中通过政府门户网站公开…" (a channel is not a part).
 */
export function namesSubPart(lead: string): boolean {
	const m =
		/其中(?!通过|利用|依托|在|共|全年|本年|今年|\d)([^，]{1,15}?)(?:主动公开|受理|收到|接到|接收|发布)/.exec(
			lead
		);
	return !!m && !channelOf(m[1]!);
}

/** A sentence about another service: an approval hall, a hotline, a complaint platform. */
export const OTHER_SERVICE = /审批|窗口|服务中心|政务服务|便民|热线|12345|入驻|咨询投诉|办事大厅/;

/** The sentence or its section speaks of information disclosure (not of reviews in general). */
export const aboutDisclosure = (c: ProseContext) =>
	/信息公开|依申请|公开申请/.test(c.sentence) || /复议|诉讼|依申请|申请/.test(c.section);

/** The channel a text names; null for none or for more than one. */
export function channelOf(text: string): Channel | null {
	if (/其他(?:方式|形式|途径|渠道)/.test(text)) return 'other';
	const found: Channel[] = [];
	if (/网站|门户网/.test(text)) found.push('website');
	if (/公报/.test(text)) found.push('gazette');
	if (/微博/.test(text)) found.push('weibo');
	if (/微信|公众号/.test(text)) found.push('wechat');
	if (/新闻媒体|报刊|报纸|电视|广播|客户端|头条|抖音/.test(text)) found.push('other');
	return found.length === 1 ? found[0]! : null;
}

/** What a clause turns the sentence to: lawsuits, reviews, requests, proactive disclosure. */
export function topicOf(text: string): Topic | null {
	if (/诉讼|起诉/.test(text)) return 'litigation';
	if (/复议/.test(text)) return 'review';
	// "已答复中…": the answers given to requests.
	if (/申请|答复/.test(text)) return 'requests';
	if (/(?<!已)主动公开/.test(text)) return 'proactive';
	return null;
}
