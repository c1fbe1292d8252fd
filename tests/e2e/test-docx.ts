/**
 * Writes a small Word file (.docx) for the import and ingest tests: a zip archive (stored, not
 * compressed) of the three parts a .docx needs, its body paragraphs and tables in WordprocessingML
 * (tables with cells spanning columns, w:gridSpan, and merged down rows, w:vMerge).
 */
import { crc32 } from 'node:zlib';
import type { WordCell } from './official-report.ts';

export type DocxBlock = { paragraph: string } | { table: WordCell[][] };

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function paragraph(text: string): string {
	return `<w:p><w:r><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`;
}

function cell(c: WordCell): string {
	const props = [
		c.span && c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : '',
		c.merge === 'restart'
			? '<w:vMerge w:val="restart"/>'
			: c.merge === 'continue'
				? '<w:vMerge/>'
				: ''
	].join('');
	return `<w:tc><w:tcPr>${props}</w:tcPr>${paragraph(c.merge === 'continue' ? '' : c.text)}</w:tc>`;
}

function table(rows: WordCell[][]): string {
	const columns = Math.max(...rows.map((r) => r.reduce((n, c) => n + (c.span ?? 1), 0)));
	const grid = '<w:gridCol w:w="800"/>'.repeat(columns);
	return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows
		.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`)
		.join('')}</w:tbl>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

function documentXml(blocks: DocxBlock[]): string {
	const body = blocks
		.map((b) => ('paragraph' in b ? paragraph(b.paragraph) : table(b.table)))
		.join('');
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

/** A zip archive of the given files, stored without compression. */
export function zip(files: [name: string, data: Buffer][]): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const [name, data] of files) {
		const nameBytes = Buffer.from(name, 'utf8');
		const crc = crc32(data);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4); // version needed
		local.writeUInt16LE(0x0800, 6); // UTF-8 names
		local.writeUInt16LE(0, 8); // stored
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(data.length, 18);
		local.writeUInt32LE(data.length, 22);
		local.writeUInt16LE(nameBytes.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(0x0800, 8);
		central.writeUInt32LE(crc, 16);
		central.writeUInt32LE(data.length, 20);
		central.writeUInt32LE(data.length, 24);
		central.writeUInt16LE(nameBytes.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, nameBytes, data);
		centrals.push(central, nameBytes);
		offset += local.length + nameBytes.length + data.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(files.length, 8);
	end.writeUInt16LE(files.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, directory, end]);
}

export function docxFile(blocks: DocxBlock[]): Buffer {
	return zip([
		['[Content_Types].xml', Buffer.from(CONTENT_TYPES, 'utf8')],
		['_rels/.rels', Buffer.from(RELS, 'utf8')],
		['word/document.xml', Buffer.from(documentXml(blocks), 'utf8')]
	]);
}
