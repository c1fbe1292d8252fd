/**
 * The /coverage page's strings, in Chinese and English: a dictionary of its own, registered with
 * strings.ts when this module is imported (see import-strings.ts for the pattern).
 */
import { registerStrings } from './register-strings';

export const COVERAGE_KEYS = [
	'coverage.title',
	'coverage.nav',
	'coverage.intro',
	'coverage.share_title',
	'coverage.share',
	'coverage.tier_province',
	'coverage.tier_prefecture',
	'coverage.tier_county',
	'coverage.table_caption',
	'coverage.col_region',
	'coverage.col_unit',
	'coverage.scope_whole-region',
	'coverage.scope_general-office',
	'coverage.scope_department',
	'coverage.failed',
	'coverage.no_failed',
	'coverage.cell_link',
	'coverage.legend',
	'coverage.reports'
] as const;
export type CoverageKey = (typeof COVERAGE_KEYS)[number];

export const COVERAGE_ZH = {
	'coverage.title': '覆盖范围',
	'coverage.nav': '覆盖范围',
	'coverage.intro':
		'本站收录了哪些地区、哪些单位、哪些年份的年报，各用哪种格式，有几项勾稽检查未通过。点击单元格可查看该报告原文。',
	'coverage.share_title': '占全国的比例',
	'coverage.share': '{level}：{covered} / {total}',
	'coverage.tier_province': '省级行政区',
	'coverage.tier_prefecture': '地级行政区',
	'coverage.tier_county': '县级行政区',
	'coverage.table_caption': '各地区、各单位的年报（{count} 份）',
	'coverage.col_region': '地区',
	'coverage.col_unit': '单位',
	'coverage.scope_whole-region': '本级政府',
	'coverage.scope_general-office': '政府办公厅（室）',
	'coverage.scope_department': '部门',
	'coverage.failed': '{count} 项检查未通过',
	'coverage.no_failed': '检查均通过',
	'coverage.cell_link': '{unit} {year} 年报告原文',
	'coverage.legend':
		'格式：前 = 2019年前统计表，19 = 2019年格式，21 = 2021年格式；✗n = n 项检查未通过。数字来自区划代码表（国家统计局统计用区划代码，与 GB/T 2260 的省、地、县三级一致）。',
	'coverage.reports': '{count} 份报告'
} as const satisfies Record<CoverageKey, string>;

export const COVERAGE_EN = {
	'coverage.title': 'Coverage',
	'coverage.nav': 'Coverage',
	'coverage.intro':
		'Which regions and units have reports for which years, in which format, and how many of their checks fail. Each cell opens the report’s text.',
	'coverage.share_title': 'How much of China',
	'coverage.share': '{level}: {covered} of {total}',
	'coverage.tier_province': 'province-level divisions',
	'coverage.tier_prefecture': 'prefecture-level divisions',
	'coverage.tier_county': 'county-level divisions',
	'coverage.table_caption': 'Reports by region and unit ({count} {count|one:report|other:reports})',
	'coverage.col_region': 'Region',
	'coverage.col_unit': 'Unit',
	'coverage.scope_whole-region': 'whole government',
	'coverage.scope_general-office': 'general office',
	'coverage.scope_department': 'department',
	'coverage.failed': '{count} failed {count|one:check|other:checks}',
	'coverage.no_failed': 'all checks pass',
	'coverage.cell_link': 'Text of the {year} report of {unit}',
	'coverage.legend':
		'Format: pre = pre-2019 statistics table, 19 = 2019 layout, 21 = 2021 layout; ✗n = n failed checks. Totals from the division list (the statistics bureau’s division codes, which agree with GB/T 2260 at province, prefecture and county level).',
	'coverage.reports': '{count} {count|one:report|other:reports}'
} as const satisfies Record<CoverageKey, string>;

registerStrings(COVERAGE_ZH, COVERAGE_EN);
