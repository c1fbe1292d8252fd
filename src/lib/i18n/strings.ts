/**
 * Every UI string of the explorer, in Chinese and English. Keys are listed once in STRING_KEYS; both
 * dictionaries are checked against them at compile time (`satisfies Record<StringKey, string>`: a
 * missing or extra key is a type error), and their `{name}` placeholders must match (PlaceholderCheck).
 * Metric, applicant labels come from src/lib/contract/metrics.ts (see labels.ts).
 */

import type { ABOUT_EN, ABOUT_ZH, AboutKey } from './about-strings';
import type { METRICS_PAGE_EN, METRICS_PAGE_ZH, MetricsPageKey } from './metrics-strings';
import type { CHECK_EN, CHECK_ZH, CheckKey } from './check-strings';
import type { HOME_EN, HOME_ZH, HomeKey } from './home-strings';
import type { SHARE_EN, SHARE_ZH, ShareKey } from './share-strings';
import type { CONSOLE_EN, CONSOLE_ZH, ConsoleKey } from './console-strings';
import type { COVERAGE_EN, COVERAGE_ZH, CoverageKey } from './coverage-strings';
import type { EXPLORER_EN, EXPLORER_ZH, ExplorerKey } from './explorer-strings';
import type { IMPORT_EN, IMPORT_ZH, ImportKey } from './import-strings';
import type { REGION_EN, REGION_ZH, RegionKey } from './region-strings';
import { registeredStrings } from './register-strings';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export function isLang(value: unknown): value is Lang {
	return value === 'zh' || value === 'en';
}

export const STRING_KEYS = [
	// app
	'app.title',
	'app.name',
	'app.tagline',
	'app.description',
	// tabs
	// import page
	'import.label',
	// footer
	'nav.about',
	'nav.metrics',
	'nav.region_profile',
	'data.version',
	'data.downloads_heading',
	// region picker
	'level.all',
	'level.province',
	'level.city',
	'level.district',
	'level.county',
	'level.zone',
	// metric
	'group.requests',
	'group.outcomes',
	'group.denial_reasons',
	'group.unable_reasons',
	'group.not_processed_reasons',
	'group.other_reasons',
	'group.review_litigation',
	'group.proactive',
	'group.channels',
	'group.answers',
	'group.capacity',
	'group.harmonized',
	'group.rates',
	'era.since2019',
	'era.layout2019',
	'era.layout2021',
	'era.pre2019',
	'era.all',
	'era.harmonized',
	'unit.requests',
	'unit.cases',
	'unit.items',
	'unit.documents',
	'unit.decisions',
	'unit.yuan',
	'unit.10k_yuan',
	'unit.people',
	'unit.events',
	'unit.rooms',
	'unit.ratio',
	'handling_mode.harmonized',
	'handling_mode.harmonized_hint',
	'handling_mode.raw',
	'handling_mode.raw_hint',
	'measure.count',
	'measure.rate',
	'measure.rate_hint',
	// years, scale, relative change
	'scale.linear',
	'scale.log',
	'year.latest',
	'year.latest_note',
	'year.value',
	// units
	'units.whole',
	'units.office',
	'units.department',
	'units.all',
	'units.hint',
	// language and page actions
	'lang.zh',
	'lang.en',
	'lang.switch',
	// loading
	'loading.data',
	'loading.data_progress',
	'loading.bytes',
	'loading.retry',
	'fault.heading',
	'fault.missing',
	'fault.http',
	'fault.network',
	'fault.timeout',
	'fault.truncated',
	'fault.corrupt',
	'fault.schema',
	'fault.retry',
	'fault.retry_file',
	'fault.retrying',
	'fault.affects_core',
	'fault.affects_facts',
	'fault.affects_checks',
	'fault.affects_engine',
	'fault.affects_base',
	'fault.needs_file',
	'fault.checks_unavailable',
	'fault.progress',
	'fault.progress_file',
	'fault.progress_file_total',
	'fault.engine_restarting',
	'fault.engine_restarted',
	'fault.engine_restart_failed',
	'fault.engine_restarted_idle',
	// synthetic scale data (benchmark only)
	'dataset.synthetic_badge',
	'dataset.synthetic_note',
	'dataset.partitions_read',
	'dataset.too_many_rows',
	'error.data',
	'error.chart',
	// source panel
	'method.table',
	'method.prose',
	'method.decoded',
	'method.decoded_note',
	'method.cross_year',
	'check.pass',
	'check.fail',
	'check.not_assessable',
	'check.expected_actual',
	'format.pre2019',
	'format.post2019_2019',
	'format.post2019_2021',
	'format.unknown',
	// downloads, SQL, embed
	'download.label',
	'download.svg',
	'download.png',
	'download.csv',
	'action.open_sql',
	'action.embed',
	'embed.source',
	'embed.explore',
	'embed.explore_label',
	'embed.unknown_chart',
	'embed.problems',
	'embed.data_table',
	'embed.series',
	'embed.category',
	'embed.error',
	'sql.title',
	'sql.run',
	'sql.running',
	'sql.rows',
	'sql.error',
	'sql.waiting',
	// problems with the link
	'problems.heading',
	'problems.reset',
	'problems.dismiss',
	'problem.not_allowed',
	'problem.not_year',
	'problem.unknown_metric',
	'problem.too_long',
	'problem.too_long_reset',
	'problem.duplicate',
	'problem.regions_invalid',
	'problem.report_invalid',
	'problem.regions_too_many',
	'problem.regions_empty',
	'problem.measure_mismatch',
	'problem.years_swapped',
	'problem.outside_years',
	'problem.unknown_param',
	'problem.unknown_regions',
	'problem.default_none',
	'problem.default_regions',
	// no data, gaps, format change
	'nodata.title',
	'nodata.detail',
	'nodata.region',
	'nodata.era',
	'gaps.note',
	'format_change.note',
	'format_change.marker',
	// chart labels (ChartStrings)
	'chart.no_data',
	'chart.approx',
	'chart.failed_check',
	'chart.format_change',
	'chart.same_year',
	'chart.latest_year',
	'chart.share',
	'chart.of',
	'chart.missing',
	'chart.incomplete',
	'chart.not_printed',
	'chart.not_printed_of',
	'chart.accounted_for',
	'chart.counts_only',
	'chart.small_denominator',
	'chart.partial_year',
	'chart.imported',
	'chart.imported_note',
	'chart.relative_axis',
	// request handling
	'handling.title',
	'handling.granted',
	'handling.partial',
	'handling.denied',
	'handling.unable',
	'handling.not_processed',
	'handling.other',
	'handling.other_harmonized_note',
	'handling.total',
	// table
	'table.caption',
	'table.region',
	'table.region_code',
	'table.year',
	'table.unit',
	'table.metric',
	'table.applicant',
	'table.value',
	'table.raw',
	'table.method',
	'table.approx',
	'table.checks',
	'table.yoy',
	'table.notes',
	'table.source',
	'table.numerator',
	'table.denominator',
	'table.format',
	'table.rows'
] as const;

/** The keys of this module's own dictionaries. */
type CoreKey = (typeof STRING_KEYS)[number];
/** Every key t() knows: ours and those of the dictionaries pages load on demand. */
export type StringKey =
	| CoreKey
	| ConsoleKey
	| ExplorerKey
	| ImportKey
	| CoverageKey
	| AboutKey
	| MetricsPageKey
	| RegionKey
	| CheckKey
	| HomeKey
	| ShareKey;

const zh = {
	'app.title': 'OGI Atlas · 政府信息公开年报图谱',
	'app.name': '政府信息公开年报图谱',
	'app.tagline': '比较各地政府信息公开工作年度报告，每个数字都能追溯到原文。',
	'app.description':
		'各级人民政府每年发布政府信息公开工作年度报告：主动公开了什么、收到多少申请、如何答复。OGI Atlas 读取这些报告，供你比较。',
	'import.label': '导入',
	'nav.about': '关于与许可',
	'nav.metrics': '指标说明',
	'nav.region_profile': '{name}概况',
	'data.version': '数据版本 {version}（{date}）· 网站构建于 {built}',
	'data.downloads_heading': '下载全部数据',
	'level.all': '全部级别',
	'level.province': '省级',
	'level.city': '市级',
	'level.district': '区级',
	'level.county': '县级',
	'level.zone': '开发区',
	'group.requests': '收到申请',
	'group.outcomes': '办理结果',
	'group.denial_reasons': '不予公开理由',
	'group.unable_reasons': '无法提供理由',
	'group.not_processed_reasons': '不予处理理由',
	'group.other_reasons': '其他处理',
	'group.review_litigation': '行政复议和行政诉讼',
	'group.proactive': '主动公开',
	'group.channels': '申请渠道',
	'group.answers': '答复情况（2019年前）',
	'group.capacity': '机构建设与保障',
	'group.harmonized': '可比口径',
	'group.rates': '比率',
	'era.since2019': '2019年起',
	'era.layout2019': '2019—2020年格式',
	'era.layout2021': '2021年起格式',
	'era.pre2019': '2008—2018年',
	'era.all': '各年份',
	'era.harmonized': '跨年可比',
	'unit.requests': '件',
	'unit.cases': '件',
	'unit.items': '条',
	'unit.documents': '件',
	'unit.decisions': '件',
	'unit.yuan': '元',
	'unit.10k_yuan': '万元',
	'unit.people': '人（次）',
	'unit.events': '次',
	'unit.rooms': '个',
	'unit.ratio': '%',
	'handling_mode.harmonized': '可比口径',
	'handling_mode.harmonized_hint': '2019年前后两种格式的指标已对齐，可以跨年比较',
	'handling_mode.raw': '原始指标',
	'handling_mode.raw_hint': '报告所列的原始指标，只在同一种报告格式内可比',
	'measure.count': '数量',
	'measure.rate': '比率',
	'measure.rate_hint': '比率的分母为零或缺失时不显示',
	'scale.linear': '线性',
	'scale.log': '对数',
	'year.latest': '最新年份',
	'year.latest_note': '每个地区显示各自最新一年的数据',
	'year.value': '{year}年',
	'units.whole': '仅全地区报告',
	'units.office': '仅政府办公厅（室）报告',
	'units.department': '仅部门报告',
	'units.all': '所有发布单位',
	'units.hint': '同一地区同一年可能有多份报告（如市人民政府和市政府办公厅），默认只比较全地区报告',
	'lang.zh': '中文',
	'lang.en': 'English',
	'lang.switch': '切换语言',
	'loading.data': '正在加载数据…',
	'loading.data_progress': '正在加载数据…{percent}',
	'loading.bytes': '已加载 {loaded} / {total}',
	'loading.retry': '重试',
	'fault.heading': '部分数据文件无法加载',
	'fault.missing': '{file} 在服务器上不存在',
	'fault.http': '{file} 无法下载',
	'fault.network': '{file} 下载时网络出错',
	'fault.timeout': '{file} 下载超时',
	'fault.truncated': '{file} 不完整（文件被截断）',
	'fault.corrupt': '{file} 已损坏，无法读取',
	'fault.schema': '{file} 的字段与预期不符',
	'fault.retry': '重试',
	'fault.retry_file': '重试加载 {file}',
	'fault.retrying': '正在重试…',
	'fault.affects_core': '没有这个文件，图表无法绘制。',
	'fault.affects_facts': '原始指标、办理结果视图和原文高亮需要它；统一口径指标和比率仍可使用。',
	'fault.affects_checks': '勾稽关系检查暂不可用；图表仍可使用。',
	'fault.affects_engine': 'SQL 控制台仍可使用，只是缺少表 {table}。',
	'fault.affects_base':
		'SQL 控制台仍可使用（可查询您自己添加的文件），但没有我们的数据表（facts、reports、checks 等）。',
	'fault.needs_file': '这个视图需要 {file}，但该文件无法加载。',
	'fault.checks_unavailable': '勾稽关系检查不可用：{file} 无法加载。',
	'fault.progress': '正在加载数据：已完成 {done} / {total} 个文件',
	'fault.progress_file': '{file}：{loaded}',
	'fault.progress_file_total': '{file}：{loaded} / {total}',
	'fault.engine_restarting': 'SQL 引擎意外停止，正在重新启动并重新加载数据…',
	'fault.engine_restarted': 'SQL 引擎意外停止，已重新启动；你的查询没有完成，请重新运行。',
	'fault.engine_restart_failed': 'SQL 引擎意外停止，且无法重新启动：{message}',
	'fault.engine_restarted_idle': 'SQL 引擎意外停止，已重新启动，数据已重新加载。',
	'dataset.synthetic_badge': '合成数据',
	'dataset.synthetic_note': '此页显示的是为规模测试生成的合成数据（{name}），不来自任何政府报告。',
	'dataset.partitions_read': '合成数据：本查询读取了 {files} 个分区文件中的 {rows} 行（{bytes}）。',
	'dataset.too_many_rows':
		'此查询需要读取 {rows} 行事实的 {columns} 列，会使本页内存超过 2 GB。请按 province_code 或 year 筛选（= 或 IN），或只选所需的列。',
	'error.data': '数据无法加载：{message}',
	'error.chart': '图表无法绘制：{message}',
	'method.table': '从表格读取',
	'method.prose': '从正文读取',
	'method.decoded': '由连写数字拆分',
	'method.decoded_note': '表格中的数字连在一起印出，已按表内勾稽关系拆分',
	'method.cross_year': '由相邻年度报告判定',
	'check.pass': '通过',
	'check.fail': '不符',
	'check.not_assessable': '无法检验',
	'check.expected_actual': '应为 {expected}，实为 {actual}',
	'format.pre2019': '2019年前格式',
	'format.post2019_2019': '2019年格式（国办公开办函〔2019〕60号）',
	'format.post2019_2021': '2021年格式（国办公开办函〔2021〕30号）',
	'format.unknown': '未能识别的格式',
	'download.label': '下载',
	'download.svg': '下载SVG',
	'download.png': '下载PNG',
	'download.csv': '下载CSV',
	'action.open_sql': '在SQL中打开',
	'action.embed': '嵌入',
	'embed.source': '来源：{units}的年度报告 · OGI Atlas',
	'embed.explore': '在图谱中探索',
	'embed.explore_label': '在图谱中探索（新窗口打开）',
	'embed.unknown_chart': '无法显示图表“{chart}”：可用的图表为 {allowed}。',
	'embed.problems': '链接中的部分参数无效，已使用默认值：',
	'embed.data_table': '图表数据',
	'embed.series': '系列',
	'embed.category': '类别',
	'embed.error': '图表无法显示：{message}',
	'sql.title': 'SQL查询',
	'sql.run': '运行',
	'sql.running': '正在运行…',
	'sql.rows': '{count} 行',
	'sql.error': '查询出错：{message}',
	'sql.waiting': 'SQL引擎仍在加载，请稍候',
	'problems.heading': '链接中的部分参数无法识别，已重置',
	'problems.reset': '链接中的部分参数无法识别，已重置：{list}',
	'problems.dismiss': '知道了',
	'problem.not_allowed':
		'参数“{param}”的值“{value}”无法识别（可用的值：{allowed}），已改用默认值：{default}。',
	'problem.not_year':
		'参数“{param}”的值“{value}”不是 {min}—{max} 之间的年份，已改用默认值：{default}。',
	'problem.unknown_metric': '参数“{param}”的值“{value}”不是已知的指标，已改用默认指标：{default}。',
	'problem.too_long': '参数“{param}”超过 {max} 个字符，只读取了前 {max} 个字符。',
	'problem.too_long_reset': '参数“{param}”超过 {max} 个字符，已改用默认值：{default}。',
	'problem.duplicate': '参数“{param}”出现了 {count} 次且取值不同，已改用默认值：{default}。',
	'problem.regions_invalid': '参数“{param}”中的 {ids} 不是区划代码（6位数字）或地区标识，已忽略。',
	'problem.report_invalid': 'report=“{value}”不是报告标识，已忽略。',
	'problem.regions_too_many': '参数“{param}”最多可以有 {max} 个地区，只保留了前 {max} 个。',
	'problem.regions_empty': '参数“{param}”的值“{value}”中没有地区，显示默认地区。',
	'problem.measure_mismatch':
		'参数“{param}”的值“{value}”与指标 {metric} 不符，数值类型随指标而定：{measure}。',
	'problem.years_swapped': '起始年份（{from}）晚于截止年份（{to}），已互换。',
	'problem.outside_years':
		'参数“{param}”的年份 {value} 不在所选年份范围（{range}）内，已改用默认值：{default}。',
	'problem.unknown_param': '未知参数“{param}”已忽略。是否想用“{suggestion}”？',
	'problem.unknown_regions': '数据中没有以下地区，已忽略：{ids}。',
	'problem.default_none': '不限',
	'problem.default_regions': '默认地区',
	'nodata.title': '没有数据',
	'nodata.detail': '所选地区在所选年份没有这个指标的数据。',
	'nodata.region': '{region}：没有数据',
	'nodata.era': '这个指标只见于{era}的报告。',
	'gaps.note': '折线中断处表示该年没有报告，或报告没有列出这个数字。',
	'format_change.note':
		'2019年起，年度报告改用新格式（国办公开办函〔2019〕60号），部分数字的统计口径随之改变；“可比口径”指标已将前后两种格式对齐。',
	'format_change.marker': '报告格式变化',
	'chart.no_data': '没有数据',
	'chart.approx': '约数',
	'chart.failed_check': '勾稽关系检查未通过',
	'chart.format_change': '报告格式变化',
	'chart.same_year': '同年',
	'chart.latest_year': '最新年份',
	'chart.share': '占比',
	'chart.of': '/',
	'chart.missing': '缺失',
	'chart.incomplete': '不完整：未印{parts}',
	'chart.not_printed': '未归入所列类别',
	'chart.not_printed_of': '{total}件答复中{n}件未归入所列类别',
	'chart.accounted_for': '未列出{parts}；已列类别合计即全部答复（{total}件）',
	'chart.counts_only': '其他类别未列出',
	'chart.small_denominator': '分母小于{n}：不参与排名',
	'chart.partial_year': '只含{months}个月',
	'chart.imported': '导入',
	'chart.imported_note': '您在本浏览器导入的报告，未经本站核对',
	'chart.relative_axis': '相对{year}年（{year}年 = 100%）',
	'handling.title': '申请办理结果',
	'handling.granted': '予以公开',
	'handling.partial': '部分公开',
	'handling.denied': '不予公开',
	'handling.unable': '无法提供',
	'handling.not_processed': '不予处理',
	'handling.other': '其他',
	'handling.other_harmonized_note': '可比口径下，“其他”包括不予处理和其他处理',
	'handling.total': '合计',
	'table.caption': '{metric}，{from}—{to}年',
	'table.region': '地区',
	'table.region_code': '区划代码',
	'table.year': '年份',
	'table.unit': '发布单位',
	'table.metric': '指标',
	'table.applicant': '申请人',
	'table.value': '数值',
	'table.raw': '原文写法',
	'table.method': '读取方式',
	'table.approx': '约数',
	'table.checks': '检查',
	'table.yoy': '同比变化',
	'table.notes': '说明',
	'table.source': '来源',
	'table.numerator': '分子',
	'table.denominator': '分母',
	'table.format': '报告格式',
	'table.rows': '共 {count} 行'
} as const satisfies Record<CoreKey, string>;

const en = {
	'app.title': 'OGI Atlas · Government information disclosure, compared',
	'app.name': 'OGI Atlas',
	'app.tagline':
		'Compare Chinese governments’ information-disclosure annual reports; every number links back to its source.',
	'app.description':
		'Every Chinese government publishes an annual report on information disclosure: what it published, how many requests it received and how it answered them. OGI Atlas reads those reports and lets you compare them.',
	'import.label': 'imported',
	'nav.about': 'About and licences',
	'nav.metrics': 'Metrics',
	'nav.region_profile': 'Profile of {name}',
	'data.version': 'Data version {version} ({date}) · site built {built}',
	'data.downloads_heading': 'Download the whole dataset',
	'level.all': 'All levels',
	'level.province': 'Province',
	'level.city': 'City',
	'level.district': 'District',
	'level.county': 'County',
	'level.zone': 'Zone',
	'group.requests': 'Requests',
	'group.outcomes': 'Outcomes',
	'group.denial_reasons': 'Reasons for denial',
	'group.unable_reasons': 'Reasons information could not be provided',
	'group.not_processed_reasons': 'Reasons requests were not processed',
	'group.other_reasons': 'Other handling',
	'group.review_litigation': 'Administrative reviews and lawsuits',
	'group.proactive': 'Proactive disclosure',
	'group.channels': 'Request channels',
	'group.answers': 'Answers (before 2019)',
	'group.capacity': 'Capacity',
	'group.harmonized': 'Comparable across years',
	'group.rates': 'Rates',
	'era.since2019': 'since 2019',
	'era.layout2019': 'the 2019–2020 format',
	'era.layout2021': 'the 2021 format',
	'era.pre2019': '2008–2018',
	'era.all': 'every year',
	'era.harmonized': 'comparable across years',
	'unit.requests': 'requests',
	'unit.cases': 'cases',
	'unit.items': 'items',
	'unit.documents': 'documents',
	'unit.decisions': 'decisions',
	'unit.yuan': 'yuan',
	'unit.10k_yuan': '10,000 yuan',
	'unit.people': 'people',
	'unit.events': 'sessions',
	'unit.rooms': 'reading rooms',
	'unit.ratio': '%',
	'handling_mode.harmonized': 'Comparable (harmonized)',
	'handling_mode.harmonized_hint':
		'Figures of the pre- and post-2019 formats lined up, so years can be compared',
	'handling_mode.raw': 'As printed (raw)',
	'handling_mode.raw_hint': 'The figures as the reports print them; comparable within one format',
	'measure.count': 'Counts',
	'measure.rate': 'Rates',
	'measure.rate_hint': 'A rate is not shown where its denominator is 0 or missing',
	'scale.linear': 'Linear',
	'scale.log': 'Log',
	'year.latest': 'Latest year',
	'year.latest_note': 'Each region shows its own latest year',
	'year.value': '{year}',
	'units.whole': 'Whole-region reports only',
	'units.office': 'General offices only',
	'units.department': 'Departments only',
	'units.all': 'All reporting units',
	'units.hint':
		'A region can publish several reports a year (e.g. the city government and its general office); by default only whole-region reports are compared',
	'lang.zh': '中文',
	'lang.en': 'English',
	'lang.switch': 'Switch language',
	'loading.data': 'Loading data…',
	'loading.data_progress': 'Loading data… {percent}',
	'loading.bytes': '{loaded} of {total} loaded',
	'loading.retry': 'Retry',
	'fault.heading': 'Some data files could not be loaded',
	'fault.missing': '{file} is missing on the server',
	'fault.http': '{file} could not be downloaded',
	'fault.network': '{file} could not be downloaded: network error',
	'fault.timeout': 'Downloading {file} timed out',
	'fault.truncated': '{file} is truncated',
	'fault.corrupt': '{file} is corrupt and cannot be read',
	'fault.schema': '{file} does not have the expected columns',
	'fault.retry': 'Retry',
	'fault.retry_file': 'Retry loading {file}',
	'fault.retrying': 'Retrying…',
	'fault.affects_core': 'No chart can be drawn without it.',
	'fault.affects_facts':
		'Raw metrics, the handling view and highlighted passages need it; harmonized metrics and rates still work.',
	'fault.affects_checks': 'The arithmetic checks are unavailable; the charts still work.',
	'fault.affects_engine': 'The SQL console works, without the table {table}.',
	'fault.affects_base':
		'The SQL console works with your own files, without our tables (facts, reports, checks and the rest).',
	'fault.needs_file': 'This view needs {file}, which could not be loaded.',
	'fault.checks_unavailable': 'Checks unavailable: {file} could not be loaded.',
	'fault.progress': 'Loading data: {done} of {total} {total|one:file|other:files}',
	'fault.progress_file': '{file}: {loaded}',
	'fault.progress_file_total': '{file}: {loaded} of {total}',
	'fault.engine_restarting': 'The engine stopped; restarting it and reloading the data…',
	'fault.engine_restarted':
		'The engine stopped and was restarted; your query was not completed. Run it again.',
	'fault.engine_restart_failed': 'The engine stopped and could not be restarted: {message}',
	'fault.engine_restarted_idle': 'The engine stopped and was restarted; the data was reloaded.',
	'dataset.synthetic_badge': 'SYNTHETIC DATA',
	'dataset.synthetic_note':
		'This page shows data generated for the scale benchmark ({name}), not from any government report.',
	'dataset.partitions_read':
		'Synthetic data: this query read {rows} {rows|one:row|other:rows} from {files} partition {files|one:file|other:files} ({bytes}).',
	'dataset.too_many_rows':
		'This query would read {columns} {columns|one:column|other:columns} of {rows} {rows|one:fact|other:facts}, which would take this page over 2 GB. Filter on province_code or year (= or IN), or name only the columns you need.',
	'error.data': 'The data could not be loaded: {message}',
	'error.chart': 'The chart could not be drawn: {message}',
	'method.table': 'Read from a table',
	'method.prose': 'Read from the text',
	'method.decoded': 'Decoded from run-together digits',
	'method.decoded_note':
		'The table printed these digits run together; they were split using the table’s arithmetic',
	'method.cross_year': 'Decided by the adjacent year’s report',
	'check.pass': 'Pass',
	'check.fail': 'Fail',
	'check.not_assessable': 'Not assessable',
	'check.expected_actual': 'expected {expected}, found {actual}',
	'format.pre2019': 'Pre-2019 format',
	'format.post2019_2019': '2019 format (国办公开办函〔2019〕60号)',
	'format.post2019_2021': '2021 format (国办公开办函〔2021〕30号)',
	'format.unknown': 'Unrecognized format',
	'download.label': 'Download',
	'download.svg': 'Download SVG',
	'download.png': 'Download PNG',
	'download.csv': 'Download CSV',
	'action.open_sql': 'Open in SQL',
	'action.embed': 'Embed',
	'embed.source': 'Source: annual reports of {units} · OGI Atlas',
	'embed.explore': 'Explore',
	'embed.explore_label': 'Explore in OGI Atlas (opens in a new tab)',
	'embed.unknown_chart': 'The chart “{chart}” cannot be shown: available charts are {allowed}.',
	'embed.problems': 'Some parameters of this link are not valid; defaults were used:',
	'embed.data_table': 'Chart data',
	'embed.series': 'Series',
	'embed.category': 'Category',
	'embed.error': 'The chart cannot be shown: {message}',
	'sql.title': 'SQL query',
	'sql.run': 'Run',
	'sql.running': 'Running…',
	'sql.rows': '{count} {count|one:row|other:rows}',
	'sql.error': 'Query error: {message}',
	'sql.waiting': 'The SQL engine is still loading',
	'problems.heading': 'Some parameters in the link were not understood and were reset',
	'problems.reset': 'Some parameters in the link were not understood and were reset: {list}',
	'problems.dismiss': 'Dismiss',
	'problem.not_allowed':
		'“{param}”: “{value}” was not understood (allowed: {allowed}); reset to the default: {default}.',
	'problem.not_year':
		'“{param}”: “{value}” is not a year from {min} to {max}; reset to the default: {default}.',
	'problem.unknown_metric':
		'“{param}”: “{value}” is not a known metric id; reset to the default: {default}.',
	'problem.too_long':
		'“{param}” is longer than {max} {max|one:character|other:characters}; only the first {max} were read.',
	'problem.too_long_reset':
		'“{param}” is longer than {max} {max|one:character|other:characters}; reset to the default: {default}.',
	'problem.duplicate':
		'“{param}” appears {count} {count|one:time|other:times} with different values; reset to the default: {default}.',
	'problem.regions_invalid':
		'“{param}”: {ids} are not region codes (6 digits) or region slugs and were left out.',
	'problem.report_invalid': 'report=“{value}” is not a report id; ignored.',
	'problem.regions_too_many':
		'“{param}”: at most {max} {max|one:region|other:regions} can be compared; the first {max} were kept.',
	'problem.regions_empty': '“{param}”: “{value}” names no region; the default selection is shown.',
	'problem.measure_mismatch':
		'“{param}”: “{value}” does not fit the metric {metric}; the measure follows the metric: {measure}.',
	'problem.years_swapped': '“from” ({from}) was after “to” ({to}); the two were swapped.',
	'problem.outside_years':
		'“{param}”: {value} is outside the year range ({range}); reset to the default: {default}.',
	'problem.unknown_param':
		'The unknown parameter “{param}” was ignored. Did you mean “{suggestion}”?',
	'problem.unknown_regions': 'These regions are not in the data and were left out: {ids}.',
	'problem.default_none': 'none',
	'problem.default_regions': 'the default selection',
	'nodata.title': 'No data',
	'nodata.detail': 'The selected regions have no figures for this metric in the selected years.',
	'nodata.region': '{region}: no data',
	'nodata.era': 'This metric only appears in reports of {era}.',
	'gaps.note':
		'Gaps in a line are years with no report, or a report that does not print the figure.',
	'format_change.note':
		'From 2019 the reports follow a new format (国办公开办函〔2019〕60号) and some figures are counted differently; the comparable (harmonized) metrics line the two formats up.',
	'format_change.marker': 'Report format change',
	'chart.no_data': 'No data',
	'chart.approx': 'approximate',
	'chart.failed_check': 'failed arithmetic check',
	'chart.format_change': 'report format change',
	'chart.same_year': 'same year',
	'chart.latest_year': 'latest year',
	'chart.share': 'share',
	'chart.of': 'of',
	'chart.missing': 'missing',
	'chart.incomplete': 'incomplete: {parts} not printed',
	'chart.not_printed': 'In no printed category',
	'chart.not_printed_of': '{n} of {total} answers in no printed category',
	'chart.accounted_for':
		'{parts} not printed; the printed categories account for every answer ({total})',
	'chart.counts_only': 'other categories not printed',
	'chart.small_denominator': 'denominator below {n}: left out of rankings',
	'chart.partial_year': 'covers {months} months only',
	'chart.imported': 'imported',
	'chart.imported_note': 'a report you imported in this browser, not checked by us',
	'chart.relative_axis': 'Relative to {year} ({year} = 100%)',
	'handling.title': 'How requests were handled',
	'handling.granted': 'Granted',
	'handling.partial': 'Partly granted',
	'handling.denied': 'Denied',
	'handling.unable': 'Could not provide',
	'handling.not_processed': 'Not processed',
	'handling.other': 'Other',
	'handling.other_harmonized_note':
		'In the comparable definition, “Other” includes requests not processed',
	'handling.total': 'Total',
	'table.caption': '{metric}, {from}–{to}',
	'table.region': 'Region',
	'table.region_code': 'Code',
	'table.year': 'Year',
	'table.unit': 'Reporting unit',
	'table.metric': 'Metric',
	'table.applicant': 'Applicant',
	'table.value': 'Value',
	'table.raw': 'As printed',
	'table.method': 'Read from',
	'table.approx': 'Approx.',
	'table.checks': 'Checks',
	'table.yoy': 'Year-over-year change',
	'table.notes': 'Notes',
	'table.source': 'Source',
	'table.numerator': 'Numerator',
	'table.denominator': 'Denominator',
	'table.format': 'Report format',
	'table.rows': '{count} {count|one:row|other:rows}'
} as const satisfies Record<CoreKey, string>;

/** The `{name}` placeholders of a string literal type (`{name|one:…|other:…}` names `name`). */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer R}`
	? (P extends `${infer N}|${string}` ? N : P) | Placeholders<R>
	: never;

type AllZh = typeof zh &
	typeof CONSOLE_ZH &
	typeof EXPLORER_ZH &
	typeof IMPORT_ZH &
	typeof COVERAGE_ZH &
	typeof ABOUT_ZH &
	typeof METRICS_PAGE_ZH &
	typeof REGION_ZH &
	typeof CHECK_ZH &
	typeof HOME_ZH &
	typeof SHARE_ZH;
type AllEn = typeof en &
	typeof CONSOLE_EN &
	typeof EXPLORER_EN &
	typeof IMPORT_EN &
	typeof COVERAGE_EN &
	typeof ABOUT_EN &
	typeof METRICS_PAGE_EN &
	typeof REGION_EN &
	typeof CHECK_EN &
	typeof HOME_EN &
	typeof SHARE_EN;

/** The placeholders a key's message takes (the same in both languages, see PlaceholderCheck). */
export type ParamsOf<K extends StringKey> = Placeholders<AllEn[K]> | Placeholders<AllZh[K]>;

type Mismatched = {
	[K in StringKey]: [Placeholders<AllZh[K]>] extends [Placeholders<AllEn[K]>]
		? [Placeholders<AllEn[K]>] extends [Placeholders<AllZh[K]>]
			? never
			: K
		: K;
}[StringKey];
type AssertNever<T extends never> = T;
/** Compile-time check: a key whose zh and en placeholders differ makes this a type error. */
export type PlaceholderCheck = AssertNever<Mismatched>;

export type MessageParams = Readonly<Record<string, string | number>>;
type ParamArgs<K extends StringKey> = [ParamsOf<K>] extends [never]
	? []
	: [params: Readonly<Record<ParamsOf<K>, string | number>>];

/**
 * The dictionary of one language (an unknown lang falls back to zh): ours and the registered ones
 * (those of the modules imported so far, see register-strings.ts).
 */
export function dictionary(lang: Lang): Readonly<Record<StringKey, string>> {
	const l: Lang = lang === 'en' ? 'en' : 'zh';
	return { ...registeredStrings(l), ...(l === 'en' ? en : zh) } as Record<StringKey, string>;
}

function lookUp(lang: Lang, key: string): string | undefined {
	const own: Readonly<Record<string, string>> = lang === 'en' ? en : zh;
	if (Object.hasOwn(own, key)) return own[key];
	const extra = registeredStrings(lang === 'en' ? 'en' : 'zh');
	return Object.hasOwn(extra, key) ? extra[key] : undefined;
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)(?:\|([^{}]*))?\}/g;

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The plural category (Intl.PluralRules) of a count given as a number or as formatted text. */
export function pluralCategory(lang: Lang, count: string | number): Intl.LDMLPluralRule {
	const n = typeof count === 'number' ? count : Number(count.replace(/[\s,\u00a0\u202f]/g, ''));
	if (!Number.isFinite(n)) return 'other';
	let rules = pluralRules.get(lang);
	if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(htmlLang(lang))));
	return rules.select(n);
}

/**
 * Replaces `{name}` by params[name] (own properties only); unknown placeholders stay as they are.
 * `{name|one:row|other:rows}` is the form for params[name]'s plural category in `lang`
 * (Intl.PluralRules: English has `one` and `other`, Chinese only `other`), `other` when no form
 * is given for its category: "{n} {n|one:row|other:rows}" gives "1 row" and "2 rows".
 */
export function interpolate(template: string, params?: MessageParams, lang: Lang = 'en'): string {
	if (!params) return template;
	return template.replace(PLACEHOLDER, (whole, name: string, forms: string | undefined) => {
		if (!Object.hasOwn(params, name)) return whole;
		if (forms === undefined) return String(params[name]);
		const byCategory = new Map(
			forms.split('|').map((f) => [f.slice(0, f.indexOf(':')), f.slice(f.indexOf(':') + 1)])
		);
		const category = pluralCategory(lang, params[name]!);
		return byCategory.get(category) ?? byCategory.get('other') ?? whole;
	});
}

/**
 * The string `key` in `lang`, with its `{name}` placeholders filled from `params`. Keys and the
 * names of their parameters are checked at compile time. Numbers are inserted as String(n): format
 * them first (format.ts) where thousands separators are wanted.
 */
export function t<K extends StringKey>(lang: Lang, key: K, ...params: ParamArgs<K>): string {
	return interpolate(lookUp(lang, key) ?? key, params[0], lang);
}

/** Like t, for keys computed at run time (e.g. `group.${id}`): an unknown key returns itself. */
export function tDynamic(lang: Lang, key: string, params?: MessageParams): string {
	return interpolate(lookUp(lang, key) ?? key, params, lang);
}

/** Both languages of a message, e.g. for the Problem objects of url-state.ts. */
export function both<K extends StringKey>(
	key: K,
	...params: ParamArgs<K>
): { message_zh: string; message_en: string } {
	return { message_zh: t('zh', key, ...params), message_en: t('en', key, ...params) };
}

/** The BCP 47 tag for `<html lang>` and Intl. */
export function htmlLang(lang: Lang): string {
	return lang === 'en' ? 'en' : 'zh-CN';
}

export function otherLang(lang: Lang): Lang {
	return lang === 'en' ? 'zh' : 'en';
}
