/**
 * The ingest CLI and the data build's reader on PDF and Word files, as the browser import reads
 * them (tests/e2e/import.e2e.ts imports the same files): a PDF whose Chinese font is not embedded
 * (the predefined UniGB-UCS2-H CMap over Adobe-GB1, text as UCS-2 codes; also GBK-EUC-H) holding pingtan_2023's
 * 表二, 表三 and 表四, a .docx holding its 表三 in the Word template's layout, and a scanned PDF
 * (page images, no text layer). Expected values are the report's, read by hand
 * (tests/fixtures/expected/pingtan_2023.json).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readReportFile } from '../../scripts/data/read-reports.ts';
import { readPdfText } from '../../src/lib/pdf/read-pdf-text.ts';
import type { ExtractResult } from '../../src/lib/extract/types.ts';
import { expectedTableValues, officialReport, table3WordRows } from '../e2e/official-report.ts';
import { docxFile } from '../e2e/test-docx.ts';
import { officialReportPdf, scannedPdf } from '../e2e/text-pdf.ts';

const root = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'ingest-documents-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STEM = 'pingtan_2023';
const TITLE = '平潭综合实验区2023年度政府信息公开工作年度报告';
const expected = expectedTableValues(STEM);

function write(name: string, bytes: Buffer, folder = dir): string {
	const file = join(folder, name);
	writeFileSync(file, bytes);
	return file;
}
const pdfFile = write('report.pdf', officialReportPdf(officialReport(STEM, TITLE), 'unigb'));
const docxPath = write(
	'report.docx',
	docxFile([
		{ paragraph: TITLE },
		{ paragraph: '三、收到和处理政府信息公开申请情况' },
		{ table: table3WordRows(STEM) },
		{ paragraph: '四、政府信息公开行政复议、行政诉讼情况' }
	])
);
const scanFile = write('scan.pdf', scannedPdf(3));

/** The table facts read, metric|applicant → value. */
const tableValues = (r: Pick<ExtractResult, 'facts'>) =>
	new Map(
		r.facts.filter((f) => f.method !== 'prose').map((f) => [`${f.metric}|${f.applicant}`, f.value])
	);

const ingest = (...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', ...args], {
		cwd: root,
		encoding: 'utf8'
	});

describe('reading PDF and Word reports in Node', () => {
	it('reads a PDF whose Chinese font is not embedded (UniGB-UCS2-H): every table value as printed', async () => {
		const r = await readReportFile(pdfFile);
		expect(r.report).toMatchObject({ title: TITLE, year: 2023, format: 'post2019_2021' });
		expect(expected.size).toBe(200);
		expect(tableValues(r)).toEqual(expected);
		// Every fact's span is the number as printed in the text the engine read.
		for (const f of r.facts) expect(r.text.slice(f.span_start, f.span_end)).toContain(f.raw);
		expect(r.checks.filter((c) => c.status === 'fail')).toEqual([]);
	});

	it('reads the same report in a non-embedded GBK-EUC-H font (GBK byte codes over Adobe-GB1)', async () => {
		const file = write('report-gbk.pdf', officialReportPdf(officialReport(STEM, TITLE), 'gbk'));
		const r = await readReportFile(file);
		expect(r.report.title).toBe(TITLE);
		expect(tableValues(r)).toEqual(expected);
	});

	it('reads that font only through the character maps: without them there is no text', async () => {
		const { readFileSync } = await import('node:fs');
		const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
		const empty = mkdtempSync(join(dir, 'no-cmaps-')) + '/';
		const bytes = new Uint8Array(readFileSync(pdfFile));
		const without = await readPdfText(pdfjs, bytes, { cMapUrl: empty, standardFontDataUrl: empty });
		expect(without.text).not.toContain('本年新收');
		expect(without.chars).toBeLessThan(50);
	});

	it('reads a Word file: 表三 in the template layout (merged label cells) gives every cell', async () => {
		const r = await readReportFile(docxPath);
		const table3 = new Map(
			[...expected].filter(
				([k]) => !/^(rules|normative|licensing|penalty|coercion|fees|review|litigation)_/.test(k)
			)
		);
		expect(table3.size).toBe(175);
		expect(tableValues(r)).toEqual(table3);
	});

	it('refuses a scanned PDF, naming the missing text layer', async () => {
		await expect(readReportFile(scanFile)).rejects.toThrow(/no text layer.*3 pages.*OCR/);
	});

	it('refuses a broken PDF or Word file with one line that says which and why', async () => {
		const { readFileSync } = await import('node:fs');
		const broken = mkdtempSync(join(dir, 'broken-'));
		const cut = write('cut.pdf', readFileSync(pdfFile).subarray(0, 300), broken);
		await expect(readReportFile(cut)).rejects.toThrow(/cut\.pdf: cannot read the PDF \(.+\)/);
		const notWord = write(
			'not-word.docx',
			Buffer.from('PK\x03\x04 not a zip archive', 'latin1'),
			broken
		);
		await expect(readReportFile(notWord)).rejects.toThrow(
			/not-word\.docx: cannot read the Word file \(.+\)/
		);
	});
});

describe('npm run ingest on PDF and Word files', () => {
	it('--json report.pdf gives the facts the Node reader gives, the hand-read values', async () => {
		const r = ingest('--json', pdfFile);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const out = JSON.parse(r.stdout) as ExtractResult;
		expect(tableValues(out)).toEqual(expected);
		expect(out.facts).toEqual((await readReportFile(pdfFile)).facts);
	});

	it('summarizes a folder of PDF and Word files, and says why a scan is not read', () => {
		const r = ingest(dir);
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/^report\s+2023\s+post2019_2021\s+175\s/m);
		expect(r.stdout).toMatch(/^report\s+2023\s+post2019_2021\s+200\s/m);
		expect(r.stderr).toMatch(/scan\.pdf: the PDF has no text layer \(3 pages/);
		const one = ingest('--json', scanFile);
		expect(one.status).toBe(1);
		expect(one.stdout).toBe('');
		expect(one.stderr).toMatch(/no text layer.*run OCR/);
	});
});
