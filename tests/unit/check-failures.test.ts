/**
 * Every check that fails on a report in data/reports, each verified by hand against the printed
 * numbers (the fixtures' notes say where). A check accuses only when the report is wrong: a new
 * failure is either a report error to add here with its reason, or an engine error to fix; a listed
 * failure that passes now must be removed. (A report no longer in data/reports is not checked.)
 */
import { describe, expect, it } from 'vitest';
import { loadExpected } from './expected-fixtures.ts';

const REPORT_ERRORS: Record<string, Record<string, string>> = {
	hongze_2023: {
		'review_sum/total': '表四 行政复议 10+1+0+0 = 11, 总计 printed 0',
		'litigation_after_review_sum/total': '表四 复议后起诉 5+0+0+0 = 5, 总计 printed 0'
	},
	hongze_2024: {
		'prose_vs_table:requests_new/total': 'prose 受理 17 件 (区政府) vs 表三 本年新收 95'
	},
	'pingtan-county_2013': {
		'prose_vs_table:channel_online/total': 'prose 网上申请数3条 vs table 4',
		'prose_vs_table:channel_letter/total': 'prose 信函申请数4条 vs table 0'
	},
	'pingtan-office_2022': {
		'prose_vs_table:normative_docs_in_force/total':
			'prose 规范性文件库…现行有效件数424件 vs 表二 行政规范性文件 现行有效 89'
	},
	'pingtan-office_2025': {
		'prose_vs_table:requests_new/total':
			'prose 实验区管委会（办公室）共受理公开申请34件 vs 表三 本年新收 32 (上年结转 0)'
	},
	'pingtan-ziran_2017': {
		'prose_vs_table:proactive_total/total': 'prose 主动公开政府信息733条 vs 附表 626'
	},
	'pingtan-ziran_2018': {
		'channels_sum/total': '附表 当面 0 + 网上 2 + 信函、传真 9 = 11 vs 受理申请总数 13',
		'prose_vs_table:requests_received/total': 'prose 受理依申请公开11件 (and 14 件) vs 附表 13'
	},
	'pingtan-ziran_2020': {
		'outcomes_sum/legal_services': '表三 无法提供 has 1 in 法律服务机构, whose 总计 is 0',
		'outcomes_sum/total': '表三 outcomes 2 + 4 + 2 + 2 = 10 vs 总计 9'
	},
	'pingtan-ziran_2021': {
		'requests_balance/natural_person': '表三 新收 16 + 结转 0 vs 总计 18 + 0',
		'outcomes_sum/natural_person': '表三 outcomes 12 + 4 = 16 vs 总计 18',
		'requests_balance/legal_social': '表三 新收 2 + 0 vs 总计 0 + 0',
		'outcomes_sum/legal_social': '表三 予以公开 2 vs 总计 0'
	},
	'pingtan-ziran_2023': {
		'requests_balance/legal_commercial': '表三 商业企业 新收 0 + 0 vs 总计 1 + 0',
		'columns_sum:outcome_partial/total': "表三 部分公开 '8100008': 8 + 1 ≠ 8",
		'columns_sum:outcome_total/total': "表三 总计 '191000019': 19 + 1 ≠ 19"
	},
	pingtan_2012: {
		'prose_vs_table:proactive_via_website/total': 'prose 门户网站公开3636条 vs 统计表 739',
		'prose_vs_table:proactive_total/total': 'prose 主动公开1913条 vs 统计表 739'
	},
	pingtan_2013: {
		'prose_vs_table:proactive_total/total': 'prose 主动公开4970条 vs 统计表 72804',
		'prose_vs_table:review_total/total': 'prose 收到1份行政复议申请 vs 统计表 0'
	},
	pingtan_2020: {
		'outcomes_sum/natural_person': '表三 outcomes 6+6+0+7+3+4 = 26 vs 总计 20',
		'outcomes_sum/total': '表三 outcomes 7+6+0+7+3+4 = 27 vs 总计 21'
	},
	zhuhai_2017: {
		'answers_sum/total': '附表 answer categories add up to 4851 vs 答复总数 3561'
	}
};

describe('checks that fail', () => {
	it.each(loadExpected())('$stem: only where the report is wrong', ({ stem, result }) => {
		const failing = result.checks
			.filter((c) => c.status === 'fail')
			.map((c) => `${c.check}/${c.applicant}`)
			.sort();
		expect(failing).toEqual(Object.keys(REPORT_ERRORS[stem] ?? {}).sort());
	});
});
