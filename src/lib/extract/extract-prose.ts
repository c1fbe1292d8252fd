/**
 * Figures stated in sentences. Each rule names the clause that makes a number mean a metric; the
 * number must sit inside that clause, not merely near a keyword. Percentages are never counts.
 */
import { parseProseNumber } from './parse-number';
import type { Fact, ReportFormat } from './types';

interface ProseRule {
	metric: string;
	/** The clause (since the last comma) must not speak of a part of the government. */
	notInClause?: RegExp;
	/** The sentence must not speak of another service (a service hall, a hotline). */
	notInSentence?: RegExp;
	/** Group 1: the number. Groups named `before`/`after` may hold approximation words. */
	pattern: RegExp;
	eras: readonly ReportFormat[];
}

const N = '(?<before>[约近逾超]?)(\\d[\\d,]*(?:\\.\\d+)?)(?<after>(?:万|亿)?(?:余|多)?(?:万)?)';
const PRE: readonly ReportFormat[] = ['pre2019'];
const SUB_UNIT = /区直|县直|市直|各单位|乡镇|街道|部门|网站上/;
const OTHER_SERVICE = /审批|窗口|服务中心|便民|热线|12345|信访|诉求|投诉|入驻/;

/** The sentence up to `index`: from the last full stop, semicolon or line break. */
function sentenceBefore(text: string, index: number, stops = /[。；;\n]/): string {
	let i = index;
	while (i > 0 && !stops.test(text[i - 1]!)) i--;
	return text.slice(i, index);
}

const RULES: readonly ProseRule[] = [
	{
		metric: 'proactive_total',
		pattern: new RegExp(`主动公开(?:各类|政府|各级单位)*(?:政府)?信息(?:共计|共|总计)?${N}条`, 'g'),
		notInClause: SUB_UNIT,
		eras: PRE
	},
	{
		metric: 'requests_received',
		pattern: new RegExp(
			`(?:共|全年|累计|总计)(?:受理|收到|接收)(?:各类|公民、法人和其他组织|群众)*(?:政府信息)?(?:公开)?申请(?:共|总计)?${N}(?:件|次|条)`,
			'g'
		),
		notInSentence: OTHER_SERVICE,
		eras: PRE
	},
	{
		metric: 'review_total',
		pattern: new RegExp(
			`(?:政府信息公开)?(?:引发|提起)?行政复议(?:案件|申请)?(?:共)?${N}(?:件|起|宗)`,
			'g'
		),
		eras: PRE
	},
	{
		metric: 'litigation_total',
		pattern: new RegExp(
			`(?:政府信息公开)?(?:引发|提起)?行政诉讼(?:案件)?(?:共)?${N}(?:件|起|宗)`,
			'g'
		),
		eras: PRE
	}
];

export function extractProse(
	text: string,
	format: ReportFormat,
	skip: (start: number, end: number) => boolean
): Fact[] {
	const facts: Fact[] = [];
	for (const rule of RULES) {
		if (!rule.eras.includes(format)) continue;
		rule.pattern.lastIndex = 0;
		for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
			const digits = m[2]!;
			const before = m.groups?.before ?? '';
			const after = m.groups?.after ?? '';
			const numberStart = m.index + m[0].indexOf(before + digits) + before.length;
			const numberEnd = numberStart + digits.length + after.length;
			if (text[numberEnd] === '%' || skip(numberStart, numberEnd)) continue;
			if (rule.notInSentence?.test(sentenceBefore(text, m.index + m[0].length))) continue;
			if (rule.notInClause?.test(sentenceBefore(text, m.index + m[0].length, /[。；;\n，,]/)))
				continue;
			const parsed = parseProseNumber(digits, before, after);
			if (!parsed) continue;
			facts.push({
				metric: rule.metric,
				applicant: 'total',
				value: parsed.value,
				raw: before + digits + after,
				approx: parsed.approx,
				span_start: numberStart - before.length,
				span_end: numberEnd,
				method: 'prose'
			});
		}
	}
	return facts;
}
