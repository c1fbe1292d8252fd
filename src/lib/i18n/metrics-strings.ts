/**
 * The /metrics page's strings (the data dictionary of derived metrics), in Chinese and English:
 * registered with strings.ts when this module is imported, so only that page downloads them.
 */
import { registerStrings } from './register-strings';

export const METRICS_PAGE_KEYS = [
	'metrics.title',
	'metrics.intro',
	'metrics.harmonized',
	'metrics.rates',
	'metrics.parts',
	'metrics.formula',
	'metrics.not_in_era',
	'metrics.missing',
	'metrics.note',
	'metrics.column',
	'metrics.small',
	'metrics.partial_year'
] as const;

export type MetricsPageKey = (typeof METRICS_PAGE_KEYS)[number];

export const METRICS_PAGE_ZH = {
	'metrics.title': '指标说明',
	'metrics.intro':
		'每个可比指标和比率的定义、公式、适用的报告格式及其数据来自年报的哪一行。它们都由同一份规范生成：网站的图表、SQL 控制台和下载中的数都按此计算。',
	'metrics.harmonized': '可比指标（harmonized 表的列）',
	'metrics.rates': '比率',
	'metrics.parts': '各时期的组成（年报中的行）',
	'metrics.formula': '公式',
	'metrics.not_in_era': '此格式没有此项（空）',
	'metrics.missing': '缺项的处理',
	'metrics.note': '可比性',
	'metrics.column': 'SQL 列',
	'metrics.small': '分母小于{n}的比率会注明，且不参与排名。',
	'metrics.partial_year':
		'不足一年的报告（如廊坊市2014年报告只含1—11月）在 reports.period_months 中注明，并在趋势图的提示和表格中标出。'
} as const satisfies Record<MetricsPageKey, string>;

export const METRICS_PAGE_EN = {
	'metrics.title': 'Metrics',
	'metrics.intro':
		'Every comparable metric and rate: its definition, formula, the report layouts it covers and the report table rows it comes from. All are generated from one specification: the numbers of the charts, the SQL console and the downloads are computed by it.',
	'metrics.harmonized': 'Comparable metrics (columns of the harmonized table)',
	'metrics.rates': 'Rates',
	'metrics.parts': 'Parts in each era (the report rows)',
	'metrics.formula': 'Formula',
	'metrics.not_in_era': 'not in this layout (NULL)',
	'metrics.missing': 'A part not printed',
	'metrics.note': 'Comparability',
	'metrics.column': 'SQL column',
	'metrics.small': 'A rate whose denominator is below {n} says so and is left out of rankings.',
	'metrics.partial_year':
		'A report covering part of a year (langfang_2014 counts January–November) says so in reports.period_months, and the trend chart marks it in its tooltip and table.'
} as const satisfies Record<MetricsPageKey, string>;

registerStrings(METRICS_PAGE_ZH, METRICS_PAGE_EN);
