import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeReportBytes, withoutCutUtf8Tail } from './decode-bytes';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeReportBytes on a truncated file', () => {
	it('reads a UTF-8 file cut inside its last character up to that character', () => {
		const whole = utf8('本年新收70件');
		for (let cut = 1; cut <= 2; cut++) {
			const r = decodeReportBytes(whole.subarray(0, whole.length - cut));
			expect(r).toEqual({ ok: true, text: '本年新收70', encoding: 'utf-8' });
		}
		expect(decodeReportBytes(utf8('收到😀').subarray(0, 9))).toMatchObject({ text: '收到' });
	});

	it('leaves whole text alone and still refuses invalid UTF-8 in the middle', () => {
		const whole = utf8('共收到70件');
		expect(withoutCutUtf8Tail(whole)).toBe(whole);
		expect(withoutCutUtf8Tail(utf8('abc'))).toEqual(utf8('abc'));
		const broken = Uint8Array.from([...utf8('共'), 0xe5, ...utf8('收到')]);
		expect(decodeReportBytes(broken)).toMatchObject({ encoding: 'gb18030' });
	});
});

describe('decodeReportBytes on UTF-16 without a BOM', () => {
	const utf16 = (s: string, le: boolean) => {
		const out = new Uint8Array(s.length * 2);
		const view = new DataView(out.buffer);
		for (let i = 0; i < s.length; i++) view.setUint16(i * 2, s.charCodeAt(i), le);
		return out;
	};
	const report =
		'平潭综合实验区2023年政府信息公开工作年度报告\n一、总体情况\n本年新收政府信息公开申请70件。\n';

	it('reads little-endian and big-endian text (what Windows tools save as "Unicode")', () => {
		expect(decodeReportBytes(utf16(report, true))).toEqual({
			ok: true,
			text: report,
			encoding: 'utf-16le'
		});
		expect(decodeReportBytes(utf16(report, false))).toEqual({
			ok: true,
			text: report,
			encoding: 'utf-16be'
		});
	});

	it('reads a file cut after an odd number of bytes up to the last whole character', () => {
		const whole = utf16(report, true);
		expect(decodeReportBytes(whole.subarray(0, whole.length - 1))).toMatchObject({
			ok: true,
			text: report.slice(0, -1),
			encoding: 'utf-16le'
		});
	});

	it('still refuses binary data with zeros at odd offsets only', () => {
		// control code units (0x0001–0x0008) read as UTF-16 are not text
		const binary = Uint8Array.from({ length: 512 }, (_, i) => (i % 2 ? 0 : (i % 7) + 1));
		expect(decodeReportBytes(binary)).toMatchObject({ ok: false });
		const mixed = Uint8Array.from({ length: 512 }, (_, i) => (i % 5 === 0 ? 0 : 0x41));
		expect(decodeReportBytes(mixed)).toMatchObject({ ok: false });
	});
});

describe('decodeReportBytes on a whole report saved as UTF-16 without a BOM', () => {
	it('gives back the report text unchanged', () => {
		const file = resolve(import.meta.dirname, '../../../data/reports', 'pingtan_2023.txt');
		const text = new TextDecoder().decode(readFileSync(file));
		const le = new Uint8Array(text.length * 2);
		const view = new DataView(le.buffer);
		for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), true);
		expect(decodeReportBytes(le)).toEqual({ ok: true, text, encoding: 'utf-16le' });
	});
});
