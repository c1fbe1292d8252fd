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
