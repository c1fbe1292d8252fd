/**
 * The text forms in which one statistics table reaches the engine: what PDF text extraction, OCR,
 * PDF-to-markdown tools and web pages make of it. Each rendering turns the filled tables
 * (table-values.ts) into report text. `keepsBlanks` says whether a blank cell stays visible (an
 * empty field, "&nbsp;", a column of spaces, "/"); where it does not, a row with a blank loses its
 * column positions and the engine may only leave it out with a warning.
 */
import type { FilledRow, FilledSection, FilledTable } from './table-values';

export interface Rendering {
	id: string;
	description: string;
	keepsBlanks: boolean;
	/** Cells are printed without boundaries: only the table's arithmetic can split them. */
	runTogether?: boolean;
	render(sections: FilledSection[], context: RenderContext): string;
}

export interface RenderContext {
	/** The running header a PDF repeats at the top of each page. */
	runningHeader: string;
}

/** Label cells of a row: the path padded to the table's label columns, then the unit (统计表). */
function labelCells(table: FilledTable, row: FilledRow, previous?: FilledRow): string[] {
	const labels = row.path.map((p, i) =>
		// A group label is printed once, on its first row (a merged cell).
		previous &&
		previous.path.slice(0, i + 1).join('\u0000') === row.path.slice(0, i + 1).join('\u0000') &&
		i < row.path.length - 1
			? ''
			: p
	);
	const width = table.labelColumns - (row.unit === undefined ? 0 : 1);
	while (labels.length < width) labels.push('');
	if (row.unit !== undefined) labels.push(row.unit);
	return labels;
}

function eachRow(table: FilledTable, visit: (row: FilledRow, labels: string[], i: number) => void) {
	table.rows.forEach((row, i) => visit(row, labelCells(table, row, table.rows[i - 1]), i));
}

/** A row's lines; made anew for each render, so that it may keep count across rows. */
type RowLines = (row: FilledRow, labels: string[]) => string[];

/**
 * A rendering line by line: each section's title, each table's caption, then its header rows and
 * its rows as `header` and `rows` print them.
 */
function lineByLine(
	rendering: Omit<Rendering, 'render'>,
	header: (cells: string[]) => string[],
	rows: (context: RenderContext) => RowLines
): Rendering {
	return {
		...rendering,
		render(sections, context) {
			const rowLines = rows(context);
			const lines: string[] = [];
			for (const s of sections) {
				lines.push(s.title);
				for (const t of s.tables) {
					if (t.caption) lines.push(t.caption);
					for (const h of t.header) lines.push(...header(h));
					eachRow(t, (row, labels) => lines.push(...rowLines(row, labels)));
				}
			}
			return lines.join('\n');
		}
	};
}

/** Rows joined with " | " as pdfplumber's extract_tables() gives them; blank cells stay empty fields. */
const pipe = lineByLine(
	{
		id: 'pipe',
		description: '"|" rows, blank cells kept as empty fields (258 | 12 |  |  | 1 | 1 | )',
		keepsBlanks: true
	},
	(h) => [h.join(' | ')],
	() => (row, labels) => [[...labels, ...row.values.map((v) => v ?? '')].join(' | ')]
);

const APPLICANT_HEADER = [
	'自然人',
	'商业企业',
	'科研机构',
	'社会公益组织',
	'法律服务机构',
	'其他',
	'总计'
];
/** Row labels standing over applicant columns, as garbled PDF-to-markdown output prints them. */
const MISPLACED_HEADER = [
	'本年新收',
	'上年结转',
	'予以公开',
	'部分公开',
	'不予公开',
	'无法提供',
	'不予处理'
];

function markdownTable(header: string[], rows: string[][]): string[] {
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

/** Row groups of a table: rows sharing their label path up to the last-but-one level. */
function groups(table: FilledTable): { heading: string | null; rows: FilledRow[] }[] {
	const out: { heading: string | null; key: string; rows: FilledRow[] }[] = [];
	for (const row of table.rows) {
		const grouped = row.path.length >= 3;
		const key = grouped ? row.path.slice(0, -1).join('/') : row.path.join('/');
		const heading = grouped
			? row.path[row.path.length - 2]!
			: (row.path[row.path.length - 1] ?? null);
		const last = out[out.length - 1];
		if (grouped && last?.key === key) last.rows.push(row);
		else out.push({ heading, key, rows: [row] });
	}
	return out;
}

function markdown(misheaded: boolean): Rendering {
	return {
		id: misheaded ? 'markdown-misheaded' : 'markdown',
		description: misheaded
			? 'markdown per row group whose headers name rows (本年新收 | 上年结转 | 予以公开…) over the applicant columns'
			: 'markdown as PDF-to-markdown tools write it: a ### heading per row group, a small table under each, header rows repeated',
		keepsBlanks: true,
		render(sections) {
			const lines: string[] = [];
			for (const s of sections) {
				lines.push(`## ${s.title}`, '');
				for (const t of s.tables) {
					const applicantColumns = t.rows[0]!.cells.length === 7 && t.labelColumns === 3;
					if (!applicantColumns) {
						if (t.caption) lines.push(`### ${t.caption}`, '');
						const header = t.header[t.header.length - 1]!.map(
							(h, i) => h || t.header.map((r) => r[i]).find(Boolean) || ''
						);
						const rows: string[][] = [];
						eachRow(t, (row, labels) =>
							rows.push([
								...labels.filter((_, i) => i < header.length - row.values.length),
								...row.values.map((v) => v ?? '')
							])
						);
						lines.push(
							...markdownTable(
								header.slice(header.length - (rows[0]?.length ?? header.length)),
								rows
							),
							''
						);
						continue;
					}
					for (const g of groups(t)) {
						if (g.heading) lines.push(`### ${g.heading}`, '');
						const labelled = g.rows.some((r) => r.path.length >= 3);
						const columns = misheaded ? MISPLACED_HEADER : APPLICANT_HEADER;
						const header = labelled ? ['项目', ...columns] : [...columns];
						const rows = g.rows.map((r) => [
							...(labelled ? [r.path[r.path.length - 1]!] : []),
							...r.values.map((v) => v ?? '')
						]);
						lines.push(...markdownTable(header, rows), '');
					}
				}
			}
			return lines.join('\n');
		}
	};
}

/** Every cell on a line of its own, as PDF text extraction often gives a table; blanks vanish. */
const cellPerLine = lineByLine(
	{
		id: 'cell-per-line',
		description: 'one cell per line (blank cells vanish)',
		keepsBlanks: false
	},
	(h) => h.filter(Boolean),
	() => (row, labels) => [
		...labels.filter(Boolean),
		...row.values.filter((v): v is string => v !== null)
	]
);

/** Columns padded with spaces, as `pdftotext -layout` prints them; a blank is a run of spaces. */
const whitespace: Rendering = {
	id: 'whitespace',
	description: 'whitespace-aligned columns (a blank cell is spaces)',
	keepsBlanks: true,
	render(sections) {
		const lines: string[] = [];
		for (const s of sections) {
			lines.push(s.title);
			for (const t of s.tables) {
				if (t.caption) lines.push(t.caption);
				const grid: string[][] = [];
				const labelWidth = t.labelColumns;
				for (const h of t.header) grid.push(h);
				eachRow(t, (row, labels) => grid.push([...labels, ...row.values.map((v) => v ?? '')]));
				const columns = Math.max(...grid.map((r) => r.length));
				const widths = Array.from({ length: columns }, (_, c) =>
					Math.max(...grid.map((r) => (r[c] ?? '').length))
				);
				for (const r of grid)
					lines.push(
						r
							.map((cell, c) =>
								c < labelWidth ? cell.padEnd(widths[c]!, '　') : cell.padStart(widths[c]!, ' ')
							)
							.join('   ')
							.trimEnd()
					);
			}
		}
		return lines.join('\n');
	}
};

/**
 * Each section on one line with no cell boundaries ("…申请数量640020470二、上年结转…"), as the
 * text of some web pages gives a table: cells run together, the next row's item number glued on.
 */
const runTogether: Rendering = {
	id: 'run-together',
	description: 'cells run together, the next row’s item number glued on (…0000016.属于…)',
	keepsBlanks: false,
	runTogether: true,
	render(sections) {
		return sections
			.map(
				(s) =>
					s.title +
					s.tables
						.map((t) => {
							let out = (t.caption ?? '') + t.header.map((h) => h.join('')).join('');
							eachRow(t, (row, labels) => {
								out += labels.join('') + row.values.filter((v) => v !== null).join('');
							});
							return out;
						})
						.join('')
			)
			.join(' ');
	}
};

/** Cells apart by single spaces but rows glued together: "… 0 0 12.其他法律…" (item 2 after a 1). */
const gluedItems: Rendering = {
	id: 'glued-item-numbers',
	description:
		'cells apart by spaces, rows on one line with the next row’s item number glued to the last cell',
	keepsBlanks: false,
	render(sections) {
		return sections
			.map((s) => {
				let out = `${s.title}\n`;
				for (const t of s.tables) {
					if (t.caption) out += `${t.caption}\n`;
					out += t.header.map((h) => h.filter(Boolean).join(' ')).join('\n') + '\n';
					eachRow(t, (row, labels) => {
						out +=
							labels.filter(Boolean).join('') +
							' ' +
							row.values.filter((v) => v !== null).join(' ');
					});
					out += '\n';
				}
				return out;
			})
			.join('\n');
	}
};

/** Rows one per line with page numbers and the running header between them, blanks printed "/" or "—". */
const pageChrome = lineByLine(
	{
		id: 'page-chrome',
		description:
			'page numbers ("- 3 -") and running headers between rows; blanks printed as "/" and "—"',
		keepsBlanks: true
	},
	(h) => [h.filter(Boolean).join(' ')],
	(context) => {
		let page = 1;
		let rowsOnPage = 0;
		let blank = 0;
		return (row, labels) => {
			const lines: string[] = [];
			if (++rowsOnPage > 4) {
				lines.push('', `- ${page++} -`, '', context.runningHeader);
				rowsOnPage = 1;
			}
			const cells = row.values.map((v) => v ?? (blank++ % 2 ? '—' : '/'));
			lines.push([labels.filter(Boolean).join(' '), ...cells].join('  '));
			return lines;
		};
	}
);

function escapeHtml(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * An HTML table as a web page prints it: label cells merged over their group (rowspan), shorter
 * labels spread over the label columns (colspan), header cells merged both ways, blank cells
 * "&nbsp;", and a blank cell merged with the blank below it.
 */
const html: Rendering = {
	id: 'html',
	description:
		'HTML tables with rowspan/colspan, &nbsp; cells and merged blank cells spanning rows',
	keepsBlanks: true,
	render(sections) {
		const out: string[] = ['<html><body>'];
		for (const s of sections) {
			out.push(`<p>${escapeHtml(s.title)}</p>`);
			for (const t of s.tables) {
				if (t.caption) out.push(`<p>${escapeHtml(t.caption)}</p>`);
				out.push('<table border="1">');
				out.push(...htmlHeader(t));
				out.push(...htmlBody(t));
				out.push('</table>');
			}
		}
		out.push('</body></html>');
		return out.join('\n');
	}
};

/**
 * Header rows with each non-empty cell merged over the empty cells to its right that have a
 * header below them (申请人情况 over the seven columns) and over the empty cells beneath it.
 */
function htmlHeader(t: FilledTable): string[] {
	const rows = t.header;
	const width = Math.max(...rows.map((r) => r.length));
	const at = (i: number, c: number) => rows[i]?.[c] ?? '';
	const taken = rows.map(() => new Array<boolean>(width).fill(false));
	const out: string[] = [];
	rows.forEach((r, i) => {
		let tr = '<tr>';
		for (let c = 0; c < width; c++) {
			if (taken[i]![c]) continue;
			let colspan = 1;
			let rowspan = 1;
			if (at(i, c)) {
				const below = (k: number) => rows.slice(i + 1).some((_, d) => at(i + 1 + d, k));
				while (c + colspan < width && !at(i, c + colspan) && below(c + colspan)) colspan++;
				const span = () => Array.from({ length: colspan }, (_, k) => c + k);
				while (
					i + rowspan < rows.length &&
					span().every((k) => !at(i + rowspan, k) && !taken[i + rowspan]![k])
				)
					rowspan++;
			}
			for (let y = 0; y < rowspan; y++)
				for (let x = 0; x < colspan; x++) taken[i + y]![c + x] = true;
			const attrs =
				(rowspan > 1 ? ` rowspan="${rowspan}"` : '') + (colspan > 1 ? ` colspan="${colspan}"` : '');
			tr += `<td${attrs}>${at(i, c) ? escapeHtml(at(i, c)) : '&nbsp;'}</td>`;
		}
		out.push(tr + '</tr>');
	});
	return out;
}

function htmlBody(t: FilledTable): string[] {
	const labelDepth = Math.max(...t.rows.map((r) => r.path.length));
	const hasUnit = t.rows.some((r) => r.unit !== undefined);
	const cellsWidth = t.rows[0]!.values.length;
	const out: string[] = [];
	const blankTaken = new Set<string>();
	t.rows.forEach((row, i) => {
		let tr = '<tr>';
		row.path.forEach((label, level) => {
			const prev = t.rows[i - 1];
			const same = (r: FilledRow | undefined) =>
				!!r &&
				r.path.length > level + 1 &&
				r.path.slice(0, level + 1).join('/') === row.path.slice(0, level + 1).join('/');
			if (level < row.path.length - 1) {
				if (same(prev)) return; // covered by the rowspan above
				let span = 1;
				while (same(t.rows[i + span])) span++;
				tr += `<td${span > 1 ? ` rowspan="${span}"` : ''}>${escapeHtml(label)}</td>`;
			} else {
				const colspan = labelDepth - level;
				tr += `<td${colspan > 1 ? ` colspan="${colspan}"` : ''}>${escapeHtml(label)}</td>`;
			}
		});
		if (hasUnit) tr += `<td>${escapeHtml(row.unit ?? '')}</td>`;
		for (let c = 0; c < cellsWidth; c++) {
			if (blankTaken.has(`${i}/${c}`)) continue;
			const v = row.values[c];
			if (v !== null && v !== undefined) {
				tr += `<td>${escapeHtml(v)}</td>`;
				continue;
			}
			let span = 1;
			while (
				t.rows[i + span] &&
				t.rows[i + span]!.values[c] === null &&
				t.rows[i + span]!.path.length === row.path.length
			) {
				blankTaken.add(`${i + span}/${c}`);
				span++;
			}
			tr += `<td${span > 1 ? ` rowspan="${span}"` : ''}>&nbsp;</td>`;
		}
		out.push(tr + '</tr>');
	});
	return out;
}

export const RENDERINGS: readonly Rendering[] = [
	pipe,
	markdown(false),
	markdown(true),
	cellPerLine,
	whitespace,
	runTogether,
	gluedItems,
	pageChrome,
	html
];
