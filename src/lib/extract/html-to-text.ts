/**
 * Turns an HTML report page into the plain text the engine reads: every table row becomes one
 * "| cell | cell |" line (rowspan and colspan expanded into empty cells, so a spanned label does
 * not shift the numbers), block elements become line breaks, scripts and styles are dropped and
 * entities decoded (every named HTML entity). Parsed by htmlparser2 (a tokenizer, no DOM), so it
 * runs in Node and in a worker alike, and a `>` inside an attribute or an unclosed tag cannot leak
 * markup into the text. A table that holds another table is page layout: its cells are read as
 * blocks of text, and the inner tables as rows.
 */
import { Parser } from 'htmlparser2';

/**
 * Elements whose content is not text of the page (not `head` itself: a page that never closes it
 * would lose everything; its only text is the title).
 */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'title']);
/** Elements that start a new line where they open. */
const OPENS_LINE = new Set([
	'p',
	'div',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'li',
	'section',
	'article',
	'ul',
	'ol'
]);
/** Elements after which a new line starts. */
const CLOSES_LINE = new Set([...OPENS_LINE, 'header', 'footer', 'tr', 'dd', 'dt', 'blockquote']);

/** Whitespace that HTML pages use for layout: no-break, en and em spaces read as a space. */
const LAYOUT_SPACES = /[\u00a0\u2002\u2003]/g;

export function looksLikeHtml(text: string): boolean {
	const tags = text
		.slice(0, 200000)
		.match(/<\/?(?:html|body|table|tr|td|th|p|div|br|span|h[1-6])\b/gi);
	return (tags?.length ?? 0) >= 3;
}

interface Cell {
	/** Text and, in a layout table, the "|" lines of the tables inside the cell. */
	parts: string[];
	rowspan: number;
	colspan: number;
}

interface Table {
	rows: Cell[][];
	/** The cell being read, if any. */
	cell: Cell | null;
	/** A table inside one of its cells makes it a layout table. */
	layout: boolean;
}

function span(value: string | undefined): number {
	const n = value === undefined ? 1 : parseInt(value, 10);
	return Number.isFinite(n) && n >= 1 ? Math.min(n, 50) : 1;
}

function cellText(cell: Cell): string {
	return cell.parts
		.join('')
		.replace(LAYOUT_SPACES, ' ')
		.replace(/[|\s]+/g, (m) => (m.includes('|') ? '/' : ' '))
		.trim();
}

/** A data table as "|" lines, rowspan and colspan expanded into empty cells. */
function tableRows(rows: Cell[][]): string {
	const lines: string[] = [];
	// Cells that a rowspan above carries into the rows below: column → rows left.
	const carried = new Map<number, number>();
	for (const row of rows) {
		const cells: string[] = [];
		let col = 0;
		const place = () => {
			while ((carried.get(col) ?? 0) > 0) {
				carried.set(col, carried.get(col)! - 1);
				cells.push('');
				col++;
			}
		};
		for (const cell of row) {
			place();
			cells.push(cellText(cell));
			for (let k = 0; k < cell.colspan; k++) {
				if (cell.rowspan > 1) carried.set(col + k, cell.rowspan - 1);
				if (k > 0) cells.push('');
			}
			col += cell.colspan;
		}
		place();
		if (cells.some((c) => c !== '')) lines.push(`| ${cells.join(' | ')} |`);
	}
	return `\n${lines.join('\n')}\n`;
}

/** A layout table's cells, one block of text after another. */
function layoutText(rows: Cell[][]): string {
	return `\n${rows.map((row) => row.map((c) => c.parts.join('')).join('\n')).join('\n')}\n`;
}

export function htmlToText(html: string): string {
	const out: string[] = [];
	const tables: Table[] = [];
	let skipped = 0;

	/** Where text goes: the open cell of the innermost table, or the page. */
	const write = (s: string) => {
		const table = tables.at(-1);
		if (!table) out.push(s);
		else if (table.cell) table.cell.parts.push(s);
		// text between cells (whitespace of the markup) belongs to no cell
	};
	const closeCell = (table: Table) => {
		if (!table.cell) return;
		if (table.rows.length === 0) table.rows.push([]);
		table.rows.at(-1)!.push(table.cell);
		table.cell = null;
	};

	const parser = new Parser(
		{
			onopentag(name, attribs) {
				if (SKIPPED.has(name)) skipped++;
				if (skipped) return;
				const table = tables.at(-1);
				if (name === 'table') {
					if (table?.cell) table.layout = true;
					tables.push({ rows: [], cell: null, layout: false });
				} else if (table && name === 'tr') {
					closeCell(table);
					table.rows.push([]);
				} else if (table && (name === 'td' || name === 'th')) {
					closeCell(table);
					table.cell = {
						parts: [],
						rowspan: span(attribs.rowspan),
						colspan: span(attribs.colspan)
					};
				} else if (name === 'br') {
					write(table?.cell && !table.layout ? ' ' : '\n');
				} else if (OPENS_LINE.has(name)) {
					write('\n');
				}
			},
			ontext(text) {
				if (!skipped) write(text);
			},
			onclosetag(name) {
				if (SKIPPED.has(name)) {
					skipped = Math.max(0, skipped - 1);
					if (!skipped) write('\n');
					return;
				}
				if (skipped) return;
				const table = tables.at(-1);
				if (name === 'table' && table) {
					closeCell(table);
					tables.pop();
					write(table.layout ? layoutText(table.rows) : tableRows(table.rows));
				} else if (table && (name === 'td' || name === 'th')) {
					closeCell(table);
				} else if (CLOSES_LINE.has(name)) {
					write('\n');
				}
			}
		},
		{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
	);
	parser.end(html);
	// A table the page never closed (a cut download) is still read.
	while (tables.length) {
		const table = tables.pop()!;
		closeCell(table);
		write(table.layout ? layoutText(table.rows) : tableRows(table.rows));
	}
	return out
		.join('')
		.replace(LAYOUT_SPACES, ' ')
		.replace(/[ \t]+\n/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
