/**
 * The counted numbers of a clause: a number followed by a counting unit (件, 条, 次, 人次, 万元 …),
 * with its approximation words ("约", "近", "余", "多", "万"). A percentage, a date, an item or
 * document number, a code like "PM2.5" is not a count and is not returned. The zero word "零" counts
 * only where it is stated as a value ("…为零").
 */
import { parseProseNumber } from './parse-number';

export interface CountToken {
	/** Clause-local index of the first printed character (an approximation word included). */
	start: number;
	/** Clause-local index after the printed number (万/余/多 included, the unit not). */
	end: number;
	/** The value with 万/亿 applied. */
	value: number;
	/** The value as printed, 万/亿 not applied ("3.765万元" → 3.765). */
	printed: number;
	approx: boolean;
	/** "件", "万元", … ("" only for the zero word at the end of a clause). */
	unit: string;
	/** Clause-local index after the unit. */
	unitEnd: number;
	/** Part of a compound count such as "3次11场": its meaning is not a single figure. */
	compound: boolean;
}

const NUMBER =
	/(约|近|逾|超过|将近|接近|大约|超)?(\d+(?:,\d{3})*(?:\.\d+)?|零)(万|亿)?(余|多)?(万|亿)?/g;
const UNIT = /人次|万元|件|条|次|篇|场|起|份|个|期|项|宗|名|人|家|处|批|则|例|间|轮|元/y;

function unitAt(clause: string, index: number): string {
	UNIT.lastIndex = index;
	return UNIT.exec(clause)?.[0] ?? '';
}

export function countTokens(clause: string): CountToken[] {
	const tokens: CountToken[] = [];
	NUMBER.lastIndex = 0;
	for (let m = NUMBER.exec(clause); m; m = NUMBER.exec(clause)) {
		const before = m[1] ?? '';
		const digits = m[2]!;
		const digitsStart = m.index + before.length;
		const previous = clause[digitsStart - 1] ?? '';
		if (/[\d.A-Za-z第]/.test(previous) && !before) continue;
		const after = (m[3] ?? '') + (m[4] ?? '') + (m[5] ?? '');
		const end = m.index + m[0].length;
		// "3.765万元": 万 belongs to the unit 万元, though the reader sees "3.765万".
		const wanIsUnit = after.endsWith('万') && clause[end] === '元';
		const unit = wanIsUnit ? '万元' : unitAt(clause, end);
		if (digits === '零') {
			if (!/[为是]/.test(previous) || after) continue;
			if (!unit && end < clause.length) continue;
		} else if (!unit) continue;
		const parsed = parseProseNumber(digits, before, wanIsUnit ? after.slice(0, -1) : after);
		if (!parsed) continue;
		const printed = digits === '零' ? 0 : Number(digits.replace(/,/g, ''));
		const unitEnd = end + (wanIsUnit ? 1 : unit.length);
		tokens.push({
			start: m.index,
			end,
			value: parsed.value,
			printed,
			approx: parsed.approx,
			unit,
			unitEnd,
			compound: /\d/.test(clause[unitEnd] ?? '')
		});
		NUMBER.lastIndex = unitEnd;
	}
	for (let i = 1; i < tokens.length; i++)
		if (tokens[i]!.start === tokens[i - 1]!.unitEnd) tokens[i]!.compound = true;
	return tokens;
}
