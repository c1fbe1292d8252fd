/**
 * Turns an HTML report page into the plain text the engine reads: every table row becomes one
 * "| cell | cell |" line (rowspan and colspan expanded into empty cells, so a spanned label does
 * not shift the numbers), block elements become line breaks, scripts and styles are dropped and
 * entities decoded. Pure string work: no DOM, so it runs in Node and in a worker alike.
 */

const ENTITIES: Record<string, string> = {
	nbsp: ' ',
	lt: '<',
	gt: '>',
	amp: '&',
	quot: '"',
	apos: "'",
	ensp: ' ',
	emsp: ' ',
	middot: '·',
	mdash: '—',
	ndash: '–',
	ldquo: '“',
	rdquo: '”',
	lsquo: '‘',
	rsquo: '’'
};

export function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => {
		if (name[0] === '#') {
			const code =
				name[1] === 'x' || name[1] === 'X'
					? parseInt(name.slice(2), 16)
					: parseInt(name.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
		}
		return ENTITIES[name.toLowerCase()] ?? m;
	});
}

export function looksLikeHtml(text: string): boolean {
	const tags = text
		.slice(0, 200000)
		.match(/<\/?(?:html|body|table|tr|td|th|p|div|br|span|h[1-6])\b/gi);
	return (tags?.length ?? 0) >= 3;
}

function cellText(html: string): string {
	return decodeEntities(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ''))
		.replace(/[|\s]+/g, (m) => (m.includes('|') ? '/' : ' '))
		.trim();
}

function attr(tag: string, name: string): number {
	const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(tag);
	const n = m ? Number(m[1]) : 1;
	return Number.isFinite(n) && n >= 1 ? Math.min(n, 50) : 1;
}

function tableToText(tableHtml: string): string {
	const lines: string[] = [];
	// Cells that a rowspan above carries into the rows below: column → rows left.
	const carried = new Map<number, number>();
	const rowRe = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/table>|$)/gi;
	for (let row = rowRe.exec(tableHtml); row; row = rowRe.exec(tableHtml)) {
		const cells: string[] = [];
		const cellRe = /<(t[dh])\b([^>]*)>([\s\S]*?)(?=<t[dh]\b|<\/tr>|$)/gi;
		let col = 0;
		const place = () => {
			while ((carried.get(col) ?? 0) > 0) {
				carried.set(col, carried.get(col)! - 1);
				cells.push('');
				col++;
			}
		};
		for (let c = cellRe.exec(row[1]!); c; c = cellRe.exec(row[1]!)) {
			place();
			const rowspan = attr(c[2]!, 'rowspan');
			const colspan = attr(c[2]!, 'colspan');
			cells.push(cellText(c[3]!.replace(/<\/t[dh]>[\s\S]*$/i, '')));
			for (let k = 0; k < colspan; k++) {
				if (rowspan > 1) carried.set(col + k, rowspan - 1);
				if (k > 0) cells.push('');
			}
			col += colspan;
		}
		place();
		if (cells.some((c) => c !== '')) lines.push(`| ${cells.join(' | ')} |`);
	}
	return `\n${lines.join('\n')}\n`;
}

export function htmlToText(html: string): string {
	let s = html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<(script|style|noscript|template|head)\b[\s\S]*?<\/\1\s*>/gi, '\n');
	s = s.replace(/<table\b[\s\S]*?(?:<\/table\s*>|$)/gi, (t) => tableToText(t));
	s = s
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(
			/<\/(?:p|div|h[1-6]|li|section|article|header|footer|tr|ul|ol|dd|dt|blockquote)\s*>/gi,
			'\n'
		)
		.replace(/<(?:p|div|h[1-6]|li|section|article|ul|ol)\b[^>]*>/gi, '\n')
		.replace(/<[^>]*>/g, '');
	return decodeEntities(s)
		.replace(/[ \t\u00a0]+\n/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
