import { toSimplified } from './traditional-to-simplified';

/**
 * Normalizes report text to the form every span indexes and the source viewer shows:
 * BOM removed, CRLF/CR → LF, full-width ASCII (digits, letters, punctuation that carries numbers)
 * → ASCII, ideographic space → space, traditional characters → simplified.
 * Chinese punctuation such as 、，（） is kept: labels use it.
 */
export function normalizeText(input: string): string {
	let text = input.startsWith('\uFEFF') ? input.slice(1) : input;
	text = text.replace(/\r\n?/g, '\n');
	let out = '';
	for (const ch of text) {
		const code = ch.codePointAt(0)!;
		if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xfee0);
		else if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a))
			out += String.fromCharCode(code - 0xfee0);
		else if (code === 0xff0e) out += '.';
		else if (code === 0xff05) out += '%';
		else if (code === 0xff0f) out += '/';
		else if (code === 0xff5c) out += '|';
		else if (code === 0xff0d) out += '-';
		else if (code === 0xff0b) out += '+';
		else if (code === 0x3000 || code === 0xa0) out += ' ';
		else out += ch;
	}
	return toSimplified(out).replace(PHRASES, (m) => PHRASE_MAP[m] ?? m);
}

/**
 * Traditional words whose simplified form depends on the word, not the character (覆 stays 覆
 * in 覆盖 but is 复 in 答覆). Same length, so offsets do not move.
 */
const PHRASE_MAP: Record<string, string> = {
	答覆: '答复',
	批覆: '批复',
	回覆: '回复',
	覆议: '复议',
	覆核: '复核'
};
const PHRASES = new RegExp(Object.keys(PHRASE_MAP).join('|'), 'g');
