/**
 * Writes a small PDF whose text layer holds given text runs at given positions, for the import
 * tests. No font file is needed (none with Chinese glyphs is on the test machines). The fonts:
 * - `identity` (the default): a CID font without glyph data whose ToUnicode map gives every
 *   character, which is all a text-layer reader such as pdf.js uses;
 * - `unigb`: a font that is NOT embedded and has no ToUnicode map, as Chinese office software
 *   writes them: a Type0 font with the predefined CMap /UniGB-UCS2-H over a CIDFontType0 of the
 *   Adobe-GB1 collection, the text as UCS-2 codes. A reader knows its characters only from the
 *   predefined CMaps (UniGB-UCS2-H: code → CID; Adobe-GB1-UCS2: CID → Unicode);
 * - `gbk`: the same font over the predefined CMap /GBK-EUC-H, the text as GBK bytes (one byte
 *   for ASCII, two for a Chinese character).
 * A Chinese character is 1 em wide, digits and Latin characters half an em, as in the fonts
 * reports are set in.
 */
import type { OfficialReport } from './official-report.ts';

export interface PdfRun {
	text: string;
	x: number;
	/** Baseline, from the page's bottom edge (PDF units, 1/72 in). */
	y: number;
	size: number;
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/** A character's advance in em: half an em below U+2000 (digits, Latin), else one. */
const em = (ch: string) => ((ch.codePointAt(0) ?? 0) < 0x2000 ? 0.5 : 1);
/** The width of a text run at a font size, in PDF units. */
export const runWidth = (text: string, size: number) =>
	[...text].reduce((w, ch) => w + em(ch) * size, 0);

function utf16Hex(ch: string): string {
	let out = '';
	for (let i = 0; i < ch.length; i++) out += hex4(ch.charCodeAt(i));
	return out;
}

export type PdfFont = 'identity' | 'unigb' | 'gbk';

/** UniGB-UCS2-H's CIDs of U+0020–U+007E in Adobe-GB1: the half-width (proportional) Latin set. */
const GB1_HALF_WIDTH_CIDS = '1 95 500 814 907 500';

/** GBK's two-byte code of each character it has, found by decoding every two-byte code once. */
let gbkCodes: Map<string, number> | undefined;
function gbkHex(text: string): string {
	if (!gbkCodes) {
		gbkCodes = new Map();
		const decoder = new TextDecoder('gbk');
		for (let lead = 0x81; lead <= 0xfe; lead++)
			for (let trail = 0x40; trail <= 0xfe; trail++) {
				if (trail === 0x7f) continue;
				const ch = decoder.decode(new Uint8Array([lead, trail]));
				if (ch.length === 1 && ch !== '\ufffd' && !gbkCodes.has(ch))
					gbkCodes.set(ch, (lead << 8) | trail);
			}
	}
	return [...text]
		.map((ch) => {
			const code = ch.charCodeAt(0);
			if (code < 0x80) return code.toString(16).padStart(2, '0');
			const gbk = gbkCodes!.get(ch);
			if (gbk === undefined) throw new Error(`GBK has no code for ${ch}`);
			return hex4(gbk);
		})
		.join('');
}

function ucs2Hex(text: string): string {
	return [...text]
		.map((ch) => {
			const code = ch.codePointAt(0) ?? 0;
			if (code > 0xffff) throw new Error(`UCS-2 has no code for ${ch}`);
			return hex4(code);
		})
		.join('');
}

export interface PdfOptions {
	font?: PdfFont;
	/** Each page also shows an image (a scanned page's), drawn under the text. */
	image?: boolean;
}

export function textPdf(
	pages: PdfRun[][],
	{ font: fontKind = 'identity', image = false }: PdfOptions = {}
): Buffer {
	const width = 595;
	const height = 842;
	const cids = new Map<string, number>();
	const cidOf = (ch: string) => {
		let id = cids.get(ch);
		if (id === undefined) cids.set(ch, (id = cids.size + 1));
		return id;
	};
	const contents = pages.map((runs) =>
		runs
			.map((r) => {
				const glyphs =
					fontKind === 'unigb'
						? ucs2Hex(r.text)
						: fontKind === 'gbk'
							? gbkHex(r.text)
							: [...r.text].map((ch) => hex4(cidOf(ch))).join('');
				return `BT /F1 ${r.size} Tf 1 0 0 1 ${r.x.toFixed(2)} ${r.y.toFixed(2)} Tm <${glyphs}> Tj ET`;
			})
			.join('\n')
	);
	const entries = [...cids.entries()];
	const halfWidths = entries
		.filter(([ch]) => em(ch) === 0.5)
		.map(([, id]) => `${id} [500]`)
		.join(' ');
	const blocks: string[] = [];
	for (let i = 0; i < entries.length; i += 100) {
		const chunk = entries.slice(i, i + 100);
		blocks.push(
			`${chunk.length} beginbfchar\n${chunk.map(([ch, id]) => `<${hex4(id)}> <${utf16Hex(ch)}>`).join('\n')}\nendbfchar`
		);
	}
	const cmap = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
${blocks.join('\n')}
endcmap
CMapName currentdict /CIDInit /ProcSet findresource pop end
end`;
	const objects: string[] = [];
	const add = (body: string) => objects.push(body) - 1 + 1; // 1-based object number
	const stream = (data: string) =>
		`<< /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;
	const catalog = add('');
	const pagesObj = add('');
	const descriptor = add(
		'<< /Type /FontDescriptor /FontName /ReportText /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>'
	);
	let font: number;
	if (fontKind === 'unigb' || fontKind === 'gbk') {
		const gbDescriptor = add(
			'<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>'
		);
		const gbFont = add(
			`<< /Type /Font /Subtype /CIDFontType0 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor ${gbDescriptor} 0 R /DW 1000 /W [${GB1_HALF_WIDTH_CIDS}] >>`
		);
		font = add(
			`<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /${fontKind === 'gbk' ? 'GBK-EUC-H' : 'UniGB-UCS2-H'} /DescendantFonts [${gbFont} 0 R] >>`
		);
	} else {
		const cidFont = add(
			`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ReportText /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [${halfWidths}] /CIDToGIDMap /Identity >>`
		);
		const toUnicode = add(stream(cmap));
		font = add(
			`<< /Type /Font /Subtype /Type0 /BaseFont /ReportText /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`
		);
	}
	// A 4 × 4 grey image, stretched over the page as a scan's page image is.
	const scan = image
		? add(
				`<< /Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 16 >>\nstream\n${'\x80\xc0\xe0\xff'.repeat(4)}\nendstream`
			)
		: 0;
	const pageIds = contents.map((c) => {
		const content = add(stream(image ? `q ${width} 0 0 ${height} 0 0 cm /Im1 Do Q\n${c}` : c));
		const xobject = image ? ` /XObject << /Im1 ${scan} 0 R >>` : '';
		return add(
			`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 ${font} 0 R >>${xobject} >> /Contents ${content} 0 R >>`
		);
	});
	objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
	objects[pagesObj - 1] =
		`<< /Type /Pages /Kids [${pageIds.map((p) => `${p} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
	let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
	const offsets: number[] = [];
	objects.forEach((body, i) => {
		offsets.push(Buffer.byteLength(out, 'latin1'));
		out += `${i + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xref = Buffer.byteLength(out, 'latin1');
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
	out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(out, 'latin1');
}

/** A table printed as a grid: what comes after a heading line, up to the next section's line. */
export interface PdfGrid {
	/** The line after which the table is printed (the line itself stays prose). */
	after: RegExp;
	/** The first line after the table; the text's lines in between are replaced by the grid. */
	until: RegExp;
	/**
	 * The table's rows of cells, "" for an empty one. A cell spans the empty cells to its right
	 * (a merged header cell), and its text wraps within its width, as a printed table's does.
	 */
	rows: string[][];
}

const LEFT = 30;
const RIGHT = 565;

/** Splits a cell's text into lines that fit its width. */
function wrap(text: string, width: number, size: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const ch of text) {
		if (line && runWidth(line + ch, size) > width) {
			lines.push(line);
			line = '';
		}
		line += ch;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * A grid's text runs, from the baseline `top` down: one run per line of each cell, centred in its
 * columns and vertically in its row. The first column is `firstWidth` wide when given (a table's
 * label column), the others share the rest. Returns the runs and the baseline below the grid.
 */
export function gridRuns(
	rows: string[][],
	top: number,
	size: number,
	lineHeight: number,
	firstWidth?: number
): { runs: PdfRun[]; bottom: number } {
	const columns = Math.max(...rows.map((r) => r.length));
	const first = firstWidth ?? (RIGHT - LEFT) / columns;
	const rest = columns > 1 ? (RIGHT - LEFT - first) / (columns - 1) : 0;
	const left = (i: number) => (i === 0 ? LEFT : LEFT + first + (i - 1) * rest);
	const runs: PdfRun[] = [];
	let y = top;
	for (const row of rows) {
		const cells: { lines: string[]; x: number; width: number }[] = [];
		row.forEach((text, i) => {
			if (!text.trim()) return;
			let span = 1;
			while (i + span < columns && !row[i + span]?.trim()) span++;
			const width = left(i + span) - left(i);
			cells.push({ lines: wrap(text.trim(), width - 4, size), x: left(i), width });
		});
		const height = Math.max(1, ...cells.map((c) => c.lines.length));
		for (const cell of cells) {
			const first = y - ((height - cell.lines.length) * lineHeight) / 2;
			cell.lines.forEach((line, k) =>
				runs.push({
					text: line,
					x: cell.x + (cell.width - runWidth(line, size)) / 2,
					y: first - k * lineHeight,
					size
				})
			);
		}
		y -= height * lineHeight + 4;
	}
	return { runs, bottom: y };
}

/**
 * A report's text laid out on A4 pages: a line that ends in three or more numbers is a table row
 * (its label, then one cell per number, in columns); any other line is a line of prose; the
 * lines of a `grids` table are replaced by that table printed as a grid.
 */
export function reportPdf(text: string, grids: PdfGrid[] = []): Buffer {
	const size = 7;
	const lineHeight = 11;
	const pages: PdfRun[][] = [[]];
	let y = 800;
	/** The grid being printed in place of the text's lines, until its `until` line. */
	let skipUntil = null as RegExp | null;
	for (const line of text.split('\n')) {
		if (!line.trim()) continue;
		if (skipUntil?.test(line) === false) continue;
		skipUntil = null;
		if (y < 40) {
			pages.push([]);
			y = 800;
		}
		const runs = pages.at(-1)!;
		const row = /^(.*?\S)\s+((?:-?\d[\d.]*\s+){2,}-?\d[\d.]*)\s*$/.exec(line);
		if (row) {
			const label = row[1]!;
			runs.push({ text: label, x: LEFT, y, size });
			const first = Math.max(260, LEFT + runWidth(label, size) + 20);
			row[2]!
				.trim()
				.split(/\s+/)
				.forEach((n, i) => runs.push({ text: n, x: first + i * 45, y, size }));
		} else runs.push({ text: line.trim(), x: LEFT, y, size });
		y -= lineHeight;
		const grid: PdfGrid | undefined = grids.find((g) => g.after.test(line));
		if (grid) {
			skipUntil = grid.until;
			const height = grid.rows.length * (lineHeight * 3 + 4);
			if (y - height < 40) {
				pages.push([]);
				y = 800;
			}
			const printed = gridRuns(grid.rows, y, 9, 12);
			pages.at(-1)!.push(...printed.runs);
			y = printed.bottom;
		}
	}
	return textPdf(pages);
}

/**
 * A report of the official layout (official-report.ts) printed on A4 pages: its title, its
 * section headings as lines, its tables as grids (a table that does not fit on the page starts
 * the next one), in the given font.
 */
export function officialReportPdf(report: OfficialReport, font: PdfFont): Buffer {
	const pages: PdfRun[][] = [[]];
	const size = 8;
	let y = 800;
	pages[0]!.push({
		text: report.title,
		x: (LEFT + RIGHT - runWidth(report.title, 12)) / 2,
		y,
		size: 12
	});
	y -= 30;
	for (const block of report.blocks) {
		if ('heading' in block) {
			if (y < 60) {
				pages.push([]);
				y = 800;
			}
			pages.at(-1)!.push({ text: block.heading, x: LEFT, y, size: 10 });
			y -= 20;
			continue;
		}
		let grid = gridRuns(block.table, y, size, 11, block.labelWidth);
		if (grid.bottom < 40) {
			pages.push([]);
			y = 800;
			grid = gridRuns(block.table, y, size, 11, block.labelWidth);
		}
		pages.at(-1)!.push(...grid.runs);
		y = grid.bottom - 10;
	}
	return textPdf(pages, { font });
}

/** A scanned report: each page an image, with only its page number as text ("- 1 -"). */
export function scannedPdf(pageCount: number): Buffer {
	const pages = Array.from({ length: pageCount }, (_, i) => [
		{ text: `- ${i + 1} -`, x: 285, y: 30, size: 9 }
	]);
	return textPdf(pages, { image: true });
}
