/**
 * Reads a number as reports print it in prose: "21503", "1.6万", "40余", "约300", "3,119", and the
 * zero word "零" ("行政复议案件为零"). `approx` is true for 余/多/约/近/逾/超 and 万/亿 roundings.
 */
export interface ParsedNumber {
	value: number;
	approx: boolean;
}

/** Words before a number that make it approximate. */
export const APPROX_BEFORE = /(?:约|近|逾|超过|超|将近|接近|大约)$/;

export function parseProseNumber(digits: string, before = '', after = ''): ParsedNumber | null {
	if (digits === '零') return { value: 0, approx: APPROX_BEFORE.test(before) };
	const clean = digits.replace(/,/g, '');
	if (!/^\d+(?:\.\d+)?$/.test(clean)) return null;
	let value = Number(clean);
	let approx = APPROX_BEFORE.test(before) || /^(?:万|亿)?(?:余|多)/.test(after);
	if (/^(?:余|多)?万/.test(after)) {
		value = Math.round(value * 10000);
		approx = true;
	} else if (/^(?:余|多)?亿/.test(after)) {
		value = Math.round(value * 1e8);
		approx = true;
	}
	if (!Number.isFinite(value) || value < 0) return null;
	return { value, approx };
}
