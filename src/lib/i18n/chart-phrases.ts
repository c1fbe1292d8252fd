/**
 * The chart components' labels (ChartStrings, which the page passes in its language, chartStrings()
 * in labels.ts), their defaults in both languages, and the sentence pieces the charts use to state
 * their finding in the SVG's accessible name, chosen by ChartStrings.locale.
 */

/** Labels the chart components show; the page passes them in the current language. */
export interface ChartStrings {
	noData: string;
	approx: string;
	failedCheck: string;
	formatChange: string;
	latestYear: string;
	share: string;
	of: string;
	missing: string;
	/** Notes of derived values: `{parts}` not printed, a denominator below `{n}`, `{months}` months. */
	incomplete?: string;
	/** Handling before 2019: the rest no printed category accounts for (legend), its tooltip, the
	 * note of a bar whose printed categories add up to every answer, and a bar of counts only. */
	notPrinted?: string;
	notPrintedOf?: string;
	accountedFor?: string;
	countsOnly?: string;
	smallDenominator?: string;
	partialYear?: string;
	/** The legend entry of a reader's imported report's mark, and its tooltip note. */
	imported?: string;
	importedNote?: string;
	/** The heading of a trend point's tooltip list of the other lines' values in its year. */
	sameYear?: string;
	locale: string;
}

export const CHART_STRINGS_EN: ChartStrings = {
	noData: 'no data',
	approx: 'approx.',
	failedCheck: 'failed check',
	formatChange: 'report format changed',
	latestYear: 'latest year per region',
	share: 'share',
	of: 'of',
	missing: 'incomplete',
	incomplete: 'incomplete: {parts} not printed',
	smallDenominator: 'denominator below {n}: left out of rankings',
	partialYear: 'covers {months} months only',
	imported: 'imported',
	importedNote: 'a report you imported in this browser, not checked by us',
	sameYear: 'same year',
	locale: 'en'
};

export const CHART_STRINGS_ZH: ChartStrings = {
	noData: '无数据',
	approx: '约',
	failedCheck: '未通过校验',
	formatChange: '报告格式变更',
	latestYear: '各地区最新年份',
	share: '占比',
	of: '共',
	missing: '不完整',
	incomplete: '不完整：未印{parts}',
	smallDenominator: '分母小于{n}：不参与排名',
	partialYear: '只含{months}个月',
	imported: '导入',
	importedNote: '您在本浏览器导入的报告，未经本站核对',
	sameYear: '同年',
	locale: 'zh'
};

export interface Phrases {
	/** Title and year span: "Requests, 2011–2025: ". */
	lead(title: string, span: string): string;
	rose(label: string, from: string, to: string): string;
	fell(label: string, from: string, to: string): string;
	same(label: string, value: string): string;
	/** A value with its year, inside a change sentence. */
	atYear(value: string, year: number): string;
	only(label: string, value: string, year: number): string;
	none(label: string, noData: string): string;
	/** `count` values ≤ 0 a log scale cannot draw, and which (`items`: series and years). */
	notDrawnOnLog(count: number, items: string): string;
	seriesYears(label: string, years: string): string;
	highestLowest(high: string, low: string): string;
	single(item: string): string;
	withoutData(count: number, total: number): string;
	largestShare(bar: string, category: string, share: string): string;
	more(count: number): string;
	/** A segment's share of its bar's total: "share 60% of 100". */
	shareOf(shareWord: string, share: string, ofWord: string, total: string): string;
	/** Name of the layer of focusable marks. */
	marks(count: number): string;
	/** A parenthesis after a phrase: " (…)" or "（…）". */
	paren(text: string): string;
	listSeparator: string;
	itemSeparator: string;
	end: string;
	yearSuffix: string;
}

const EN: Phrases = {
	lead: (title, span) => (span ? `${title}, ${span}: ` : `${title}: `),
	rose: (label, from, to) => `${label ? `${label} ` : ''}rose from ${from} to ${to}`,
	fell: (label, from, to) => `${label ? `${label} ` : ''}fell from ${from} to ${to}`,
	same: (label, value) => `${label ? `${label} ` : ''}unchanged at ${value}`,
	atYear: (value, year) => `${value} (${year})`,
	only: (label, value, year) => `${label ? `${label}: ` : ''}only ${year}, ${value}`,
	none: (label, noData) => `${label ? `${label}: ` : ''}${noData}`,
	notDrawnOnLog: (count, items) =>
		`${count} ${count === 1 ? 'point with a value of 0 or less is' : 'points with a value of 0 or less are'} not drawn on the log scale: ${items}`,
	seriesYears: (label, years) => (label ? `${label} ${years}` : years),
	highestLowest: (high, low) => `highest ${high}, lowest ${low}`,
	single: (item) => item,
	withoutData: (count, total) => `${count} of ${total} without data`,
	largestShare: (bar, category, share) => `${bar}: largest share ${category} (${share})`,
	more: (count) => `${count} more`,
	shareOf: (shareWord, share, ofWord, total) => `${shareWord} ${share} ${ofWord} ${total}`,
	marks: (count) => `${count} marks; Enter or Space opens the source, arrow keys move`,
	paren: (text) => ` (${text})`,
	listSeparator: '; ',
	itemSeparator: ', ',
	end: '.',
	yearSuffix: ''
};

const ZH: Phrases = {
	lead: (title, span) => (span ? `${title}，${span}：` : `${title}：`),
	rose: (label, from, to) => `${label}从${from}增至${to}`,
	fell: (label, from, to) => `${label}从${from}降至${to}`,
	same: (label, value) => `${label}保持在${value}`,
	atYear: (value, year) => `${value}（${year}年）`,
	only: (label, value, year) => `${label}仅有${year}年：${value}`,
	none: (label, noData) => `${label}${label ? '：' : ''}${noData}`,
	notDrawnOnLog: (count, items) => `${count}个数值为0或以下的点无法在对数刻度上绘出：${items}`,
	seriesYears: (label, years) => `${label}${label ? ' ' : ''}${years}年`,
	highestLowest: (high, low) => `最高${high}，最低${low}`,
	single: (item) => item,
	withoutData: (count, total) => `${total}项中${count}项无数据`,
	largestShare: (bar, category, share) => `${bar}：${category}占比最大（${share}）`,
	more: (count) => `另有${count}项`,
	shareOf: (shareWord, share, ofWord, total) => `${ofWord}${total}，${shareWord}${share}`,
	marks: (count) => `${count}个数据标记；回车或空格键打开来源，方向键移动`,
	paren: (text) => `（${text}）`,
	listSeparator: '；',
	itemSeparator: '、',
	end: '。',
	yearSuffix: '年'
};

export function phrases(locale: string): Phrases {
	return locale.toLowerCase().startsWith('zh') ? ZH : EN;
}
