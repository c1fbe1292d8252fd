import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256 } from './sha256';
import { importId } from './import-id';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('sha256 in JavaScript', () => {
	it('gives the FIPS 180-4 digests of the standard messages', () => {
		const enc = (s: string) => new TextEncoder().encode(s);
		expect(hex(sha256(enc('')))).toBe(
			'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
		);
		expect(hex(sha256(enc('abc')))).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
		expect(hex(sha256(enc('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
			'248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
		);
	});

	it('agrees with Node’s digest at every padding boundary and on Chinese text', () => {
		for (let n = 0; n < 200; n++) {
			const bytes = new Uint8Array(n).map((_, i) => (i * 31 + n) & 0xff);
			expect(hex(sha256(bytes))).toBe(createHash('sha256').update(bytes).digest('hex'));
		}
		const text = new TextEncoder().encode(
			'平潭综合实验区2023年政府信息公开工作年度报告'.repeat(500)
		);
		expect(hex(sha256(text))).toBe(createHash('sha256').update(text).digest('hex'));
	});
});

describe('importId without crypto.subtle (plain http on a network address)', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('still gives the id crypto.subtle gives', async () => {
		const args = ['报告正文 一、总体情况', '350128', '平潭综合实验区管委会', 2023] as const;
		const withSubtle = await importId(...args);
		vi.stubGlobal('crypto', {});
		expect(globalThis.crypto.subtle).toBeUndefined();
		const without = await importId(...args);
		expect(without).toBe(withSubtle);
		expect(without).toMatch(/^imported:[0-9a-f]{16}$/);
	});
});
