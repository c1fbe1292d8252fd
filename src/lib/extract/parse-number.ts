/**
 * Reads a number as reports print it in prose: "21503", "1.6万", "40余", "约300", "3,119".
 * `approx` is true for 余/多/约/近/万 roundings.
 */
export interface ParsedNumber {
	value: number;
	approx: boolean;
}

export function parseProseNumber(digits: string, before = '', after = ''): ParsedNumber | null {
	const clean = digits.replace(/,/g, '');
	if (!/^\d+(?:\.\d+)?$/.test(clean)) return null;
	let value = Number(clean);
	let approx = /[约近逾超]$/.test(before) || /^(?:余|多)/.test(after);
	if (/^万/.test(after) || /^余万/.test(after) || /^多万/.test(after)) {
		value = Math.round(value * 10000);
		approx = true;
	} else if (/^亿/.test(after)) {
		value = Math.round(value * 1e8);
		approx = true;
	}
	if (!Number.isFinite(value) || value < 0) return null;
	return { value, approx };
}
