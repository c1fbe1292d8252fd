/**
 * Text width estimates for layout without a DOM (server rendering, tests). Wide (CJK, full-width)
 * characters count one em, digits and Latin letters a little over half an em. Good enough to reserve
 * margins and to truncate labels; the browser draws the real glyphs.
 */

const WIDE =
	/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Estimated advance of one character, in em, on the generous side (wide sans fonts such as DejaVu
 * Sans, semibold labels): a label that fits here fits on screen.
 */
function charEm(ch: string): number {
	if (WIDE.test(ch)) return 1;
	if (ch === ' ' || ch === '.' || ch === ',' || ch === ':' || ch === ';' || ch === '|') return 0.35;
	if (ch === 'i' || ch === 'l' || ch === 'j' || ch === "'" || ch === '’') return 0.32;
	if (ch === 't' || ch === 'f' || ch === 'r' || ch === '(' || ch === ')') return 0.45;
	if (ch === 'm' || ch === 'w' || ch === 'M' || ch === 'W' || ch === '%') return 0.95;
	if (ch >= 'A' && ch <= 'Z') return 0.74;
	return 0.64;
}

export function estimateTextWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) em += charEm(ch);
	return em * fontSize;
}

/** The text, cut with an ellipsis so that its estimated width fits in maxWidth. */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
	if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
	const ellipsis = '…';
	let width = estimateTextWidth(ellipsis, fontSize);
	let out = '';
	for (const ch of text) {
		const w = charEm(ch) * fontSize;
		if (width + w > maxWidth) break;
		out += ch;
		width += w;
	}
	return out.trimEnd() + ellipsis;
}
