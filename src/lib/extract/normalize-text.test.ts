import { describe, expect, it } from 'vitest';
import { decodeReportBytes } from './decode-bytes';
import { normalizeText } from './normalize-text';

describe('normalizeText', () => {
	it('turns traditional characters into simplified ones, one for one', () => {
		expect(normalizeText('政府資訊公開申請數 總計')).toBe('政府资讯公开申请数 总计');
	});
	it('turns full-width digits and punctuation into ASCII and keeps Chinese punctuation', () => {
		expect(normalizeText('共受理申请６９件，１．６万条｜５％')).toBe('共受理申请69件，1.6万条|5%');
	});
	it('drops the BOM and turns CRLF into LF', () => {
		expect(normalizeText('\uFEFF第一行\r\n第二行\r第三行')).toBe('第一行\n第二行\n第三行');
	});
});

describe('decodeReportBytes', () => {
	it('decodes UTF-8', () => {
		expect(decodeReportBytes(new TextEncoder().encode('申请'))).toMatchObject({
			ok: true,
			text: '申请',
			encoding: 'utf-8'
		});
	});
	it('decodes GBK/GB18030 (many government pages are GBK)', () => {
		// "申请" in GBK
		expect(decodeReportBytes(new Uint8Array([0xc9, 0xea, 0xc7, 0xeb]))).toMatchObject({
			ok: true,
			text: '申请',
			encoding: 'gb18030'
		});
	});
	it('decodes UTF-16 with a BOM', () => {
		expect(decodeReportBytes(new Uint8Array([0xff, 0xfe, 0x33, 0x75, 0xf7, 0x8b]))).toMatchObject({
			ok: true,
			text: '申请'
		});
	});
	it('refuses binary data and PDFs with a clear message', () => {
		expect(decodeReportBytes(new Uint8Array([1, 2, 0, 4]))).toEqual({
			ok: false,
			message: 'not a text file (binary data found)'
		});
		expect(decodeReportBytes(new TextEncoder().encode('%PDF-1.7'))).toMatchObject({
			ok: false,
			message: expect.stringContaining('PDF')
		});
	});
});
