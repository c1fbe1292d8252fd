/**
 * The pre-2019 layout: the national 统计表 of the 2008 regulations (reports for 2008–2018), one
 * value per row (本年, sometimes with 历年累计), rows labelled with a unit. The rows the engine finds
 * are in pre2019-rows.ts (the national template and the provincial variants of real reports); the
 * rows printed here are the national template's.
 */
import { ANSWER_METRICS, CHANNEL_METRICS, STAT_BLOCKS } from '../../contract/check-metrics';
import { layoutEra } from '../../contract/layouts';
import type { CellRef, LayoutSpec, PrintedSection, SumIdentity } from './layout-spec';
import { STAT_ROWS } from './pre2019-rows';

/** The metric whose 历年累计 value a pre-2019 row prints in its second value column. */
export const CUMULATIVE = '#cumulative';

/** The national 统计表 as printed: metric, label, unit. */
const PRINTED_ROWS: [string, string, string][] = [
	['proactive_total', '一、主动公开政府信息数', '条'],
	['proactive_normative_docs', '其中：主动公开规范性文件数', '条'],
	['proactive_via_website', '1.政府网站公开政府信息数', '条'],
	['proactive_via_gazette', '2.政府公报公开政府信息数', '条'],
	['proactive_via_weibo', '3.政务微博公开政府信息数', '条'],
	['proactive_via_wechat', '4.政务微信公开政府信息数', '条'],
	['proactive_via_other', '5.其他方式公开政府信息数', '条'],
	['hotspot_responses', '二、回应公众关注热点或重大舆情数', '次'],
	['press_conferences', '1.参加或举办新闻发布会总次数', '次'],
	['online_interviews', '2.政府网站在线访谈次数', '次'],
	['policy_interpretations', '3.政策解读稿件发布数', '篇'],
	['requests_received', '三、收到申请数', '件'],
	['channel_in_person', '1.当面申请数', '件'],
	['channel_fax', '2.传真申请数', '件'],
	['channel_online', '3.网络申请数', '件'],
	['channel_letter', '4.信函申请数', '件'],
	['channel_email', '5.电子邮件申请数', '件'],
	['channel_phone', '6.电话申请数', '件'],
	['channel_other', '7.其他形式申请数', '件'],
	['requests_closed_on_time', '1.按时办结数', '件'],
	['requests_closed_extended', '2.延期办结数', '件'],
	['answers_total', '四、申请答复数', '件'],
	['answer_already_public', '1.属于已主动公开范围数', '件'],
	['answer_granted', '2.同意公开答复数', '件'],
	['answer_partial', '3.同意部分公开答复数', '件'],
	['answer_denied', '4.不同意公开答复数', '件'],
	['answer_not_this_agency', '5.不属于本行政机关公开数', '件'],
	['answer_not_exist', '6.申请信息不存在数', '件'],
	['answer_correction_required', '7.告知作出更改补充数', '件'],
	['answer_other_channel', '8.告知通过其他途径办理数', '件'],
	['review_total', '五、行政复议数量', '件'],
	['review_upheld', '1.维持具体行政行为数', '件'],
	['review_corrected', '2.被依法纠错数', '件'],
	['review_other', '3.其他情形数', '件'],
	['litigation_total', '六、行政诉讼数量', '件'],
	['litigation_upheld', '1.维持具体行政行为数', '件'],
	['litigation_corrected', '2.被依法纠错数', '件'],
	['litigation_other', '3.其他情形数', '件'],
	['complaints_total', '七、举报投诉数量', '件'],
	['fees_amount_yuan', '八、依申请公开信息收取的费用', '元'],
	['consultations', '九、接受咨询数量', '人次'],
	['reading_rooms', '1.设置政府信息公开查阅点数', '个'],
	['staff_full_time', '2.专职人员数', '人'],
	['staff_part_time', '3.兼职人员数', '人'],
	['budget_10k_yuan', '4.政府信息公开专项经费', '万元'],
	['trainings', '5.举办各类培训班数', '次'],
	['trainees', '6.接受培训人员数', '人次']
];

const total = (metric: string): CellRef => ({ metric, applicant: 'total' });

function printed(cumulative: boolean): PrintedSection[] {
	return [
		{
			title: '附表：政府信息公开情况统计表',
			tables: [
				{
					header: [['统计指标', '单位', '本年', ...(cumulative ? ['历年累计'] : [])]],
					labelColumns: 2,
					rows: PRINTED_ROWS.map(([metric, label, unit]) => ({
						path: [label],
						unit,
						optional: true,
						cells: [total(metric), ...(cumulative ? [total(metric + CUMULATIVE)] : [])]
					}))
				}
			]
		}
	];
}

const CHANNELS: SumIdentity = { total: 'requests_received', parts: CHANNEL_METRICS };
const BLOCKS: readonly SumIdentity[] = Object.entries(STAT_BLOCKS).map(([block, outcomes]) => ({
	total: `${block}_total`,
	parts: outcomes.map((o) => `${block}_${o}`)
}));

/**
 * The heading rows of the 统计表 whose numbered rows count their parts, in printed order: the ways
 * of publishing (一、) and of responding (二、), which no check sums, then the channels of requests
 * and the outcomes of review and litigation, which `checks` sums. The answers to requests (四、)
 * are `checks.answers`. The synthetic corpus (scripts/synthetic/corpus-values.ts) fills the
 * 统计表 from these.
 */
export const STAT_PARTS: readonly SumIdentity[] = [
	{
		total: 'proactive_total',
		parts: [
			'proactive_via_website',
			'proactive_via_gazette',
			'proactive_via_weibo',
			'proactive_via_wechat',
			'proactive_via_other'
		]
	},
	{
		total: 'hotspot_responses',
		parts: ['press_conferences', 'online_interviews', 'policy_interpretations']
	},
	CHANNELS,
	...BLOCKS
];

export const PRE2019: LayoutSpec<'pre2019'> = {
	...layoutEra('pre2019'),
	document: '《中华人民共和国政府信息公开条例》（2007）与国务院办公厅的统计表',
	// 统计表 row labels a post-2019 report does not print (the answers to requests).
	cues: [
		/属\s*于\s*已\s*主\s*动\s*公\s*开\s*范\s*围\s*数/,
		/告\s*知\s*作\s*出\s*更\s*改\s*补\s*充\s*数/,
		/告\s*知\s*通\s*过\s*其\s*他\s*途\s*径\s*办\s*理\s*数/,
		/不\s*属\s*于\s*本\s*行\s*政\s*机\s*关\s*公\s*开\s*数/
	],
	rows: { kind: 'stat', rows: STAT_ROWS },
	printed,
	checks: {
		kind: 'stat',
		channels: CHANNELS,
		answers: { total: 'answers_total', parts: ANSWER_METRICS },
		blocks: BLOCKS
	}
};
