/**
 * Blanks out, with spaces of the same length, page furniture that carries digits and sits inside
 * tables when PDF text is extracted: page numbers such as "- 4 -", "第 3 页", "3/12".
 * Offsets are preserved, so spans found in the masked text index the original text.
 */
export function maskPageChrome(text: string): string {
	return text.replace(
		/^[ \t]*(?:-\s*\d{1,3}\s*-|—\s*\d{1,3}\s*—|第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3}|-{2,}\s*page\s*\d+\s*-{2,})[ \t]*$/gm,
		(m) => ' '.repeat(m.length)
	);
}
