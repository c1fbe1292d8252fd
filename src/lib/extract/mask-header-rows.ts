/**
 * Blanks out, with spaces of the same length, the header rows of markdown tables: a "|" line of
 * words with no digit, followed by a delimiter row ("|---|---|"). A header is never a data row, but
 * PDF-to-markdown output puts row labels in headers (a block headed 本年新收 | 上年结转 | 予以公开…
 * that really holds the applicant columns), where they would be taken for the rows they name.
 * Offsets are preserved.
 */
const HEADER =
	/^\|[^\n\d]*\|[ \t]*\n(?=[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$)/gm;

export function maskHeaderRows(text: string): string {
	if (!text.includes('---')) return text;
	return text.replace(HEADER, (m) => m.replace(/[^\n]/g, ' '));
}

/** The header rows of markdown tables between `from` and `to`, as their "|" fields. */
export function headerRows(text: string, from: number, to: number): string[][] {
	const out: string[][] = [];
	HEADER.lastIndex = 0;
	for (let m = HEADER.exec(text); m; m = HEADER.exec(text)) {
		if (m.index < from) continue;
		if (m.index >= to) break;
		out.push(
			m[0]
				.trim()
				.replace(/^\||\|$/g, '')
				.split('|')
				.map((f) => f.trim())
		);
	}
	return out;
}
