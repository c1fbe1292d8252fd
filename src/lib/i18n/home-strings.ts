/**
 * The home page's strings, in Chinese and English: a dictionary of its own, registered with
 * strings.ts when this module is imported (see import-strings.ts for the pattern).
 */
import { registerStrings } from './register-strings';

export const HOME_KEYS = [
	'home.heading',
	'home.intro',
	'home.chart_title',
	'home.chart_description',
	'home.unit',
	'home.no_data',
	'home.explore_link'
] as const;
export type HomeKey = (typeof HOME_KEYS)[number];

export const HOME_ZH = {
	'home.heading': '政府信息公开，一图比较',
	'home.intro':
		'各级政府每年发布《政府信息公开工作年度报告》：主动公开了什么、收到多少政府信息公开申请、如何答复。本站读取这些报告并供比较，每个数字都可追溯到它所在的句子或表格单元格。',
	'home.chart_title': '每年收到的政府信息公开申请 — {region}',
	'home.chart_description': '{unit} · {from}–{to} · 空缺表示该年没有报告或报告未列此数',
	'home.unit': '件申请',
	'home.no_data': '数据中没有哪份报告有可绘制的申请数量序列。',
	'home.explore_link': '在探索页比较地区、指标和年份 →'
} as const satisfies Record<HomeKey, string>;

export const HOME_EN = {
	'home.heading': 'Government information disclosure, compared',
	'home.intro':
		'Every Chinese government publishes a 政府信息公开工作年度报告 each year: what it disclosed, how many information requests it received and how it answered them. OGI Atlas reads those reports and lets you compare them. Every number links back to the sentence or table cell it came from.',
	'home.chart_title': 'Information requests received per year — {region}',
	'home.chart_description':
		'{unit} · {from}–{to} · gaps are years with no report or no printed figure',
	'home.unit': 'requests',
	'home.no_data': 'No report in the data has a series of information requests to draw.',
	'home.explore_link': 'Compare regions, metrics and years in the explorer →'
} as const satisfies Record<HomeKey, string>;

registerStrings(HOME_ZH, HOME_EN);
