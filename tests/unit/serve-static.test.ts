/**
 * The static server: byte ranges (Parquet readers fetch ranges), mounted folders, no escape from a
 * root; the build's precompressed files chosen by Accept-Encoding, revalidation with 304, and the
 * bytes it counts per response (what `npm run bench` reports).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type Traffic } from '../../scripts/serve-static';

const dir = mkdtempSync(join(tmpdir(), 'ogi-serve-'));
const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
let server: Server;
let url: string;
let traffic: Traffic;
const page = 'text '.repeat(400);

beforeAll(async () => {
	mkdirSync(join(dir, 'site', 'data'), { recursive: true });
	mkdirSync(join(dir, 'extra', 'synthetic-x'), { recursive: true });
	writeFileSync(join(dir, 'site', 'data', 'f.parquet'), bytes);
	writeFileSync(join(dir, 'site', 'secret.txt'), 'site file');
	writeFileSync(join(dir, 'extra', 'synthetic-x', 'g.parquet'), bytes.subarray(0, 100));
	writeFileSync(join(dir, 'outside.txt'), 'outside');
	// A page with its precompressed forms, as scripts/precompress.ts writes them (contents that say
	// which file was sent).
	writeFileSync(join(dir, 'site', 'page.html'), page);
	writeFileSync(join(dir, 'site', 'page.html.br'), 'BR');
	writeFileSync(join(dir, 'site', 'page.html.gz'), 'GZ');
	({ server, url, traffic } = await serveStatic(join(dir, 'site'), 0, '127.0.0.1', {
		'/data-synthetic/': join(dir, 'extra')
	}));
});
afterAll(() => {
	server.close();
	rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) =>
	fetch(new URL(path, url), { headers });

describe('serveStatic', () => {
	it('answers a byte range with 206 and exactly those bytes', async () => {
		const r = await get('data/f.parquet', { range: 'bytes=10-19' });
		expect(r.status).toBe(206);
		expect(r.headers.get('content-range')).toBe('bytes 10-19/1000');
		expect(Buffer.from(await r.arrayBuffer()).equals(bytes.subarray(10, 20))).toBe(true);
	});

	it('answers a suffix range (a Parquet footer read) and an open-ended one', async () => {
		const tail = await get('data/f.parquet', { range: 'bytes=-8' });
		expect(tail.status).toBe(206);
		expect(Buffer.from(await tail.arrayBuffer()).equals(bytes.subarray(992))).toBe(true);
		const open = await get('data/f.parquet', { range: 'bytes=990-' });
		expect(open.headers.get('content-range')).toBe('bytes 990-999/1000');
		expect((await open.arrayBuffer()).byteLength).toBe(10);
	});

	it('refuses a range past the end with 416, and serves the whole file without a range', async () => {
		expect((await get('data/f.parquet', { range: 'bytes=2000-2010' })).status).toBe(416);
		const whole = await get('data/f.parquet');
		expect(whole.status).toBe(200);
		expect(whole.headers.get('accept-ranges')).toBe('bytes');
		expect((await whole.arrayBuffer()).byteLength).toBe(1000);
	});

	it('serves a mounted folder under its prefix, with ranges', async () => {
		const r = await get('data-synthetic/synthetic-x/g.parquet', { range: 'bytes=0-9' });
		expect(r.status).toBe(206);
		expect(r.headers.get('content-range')).toBe('bytes 0-9/100');
	});

	it('never serves a file outside a root', async () => {
		const r = await get('data-synthetic/%2e%2e/outside.txt');
		expect(r.status).toBe(404);
		const s = await get('%2e%2e/outside.txt');
		expect(await s.text()).not.toBe('outside');
	});

	it('sends the brotli file when accepted, else the gzip one, else the file itself', async () => {
		const { request } = await import('node:http');
		const raw = (encoding: string) =>
			new Promise<{ headers: Record<string, unknown>; body: string }>((done, fail) => {
				const r = request(new URL('page', url), { headers: { 'accept-encoding': encoding } });
				r.on('response', (res) => {
					let body = '';
					res.on('data', (c: Buffer) => (body += c.toString()));
					res.on('end', () => done({ headers: res.headers, body }));
				});
				r.on('error', fail);
				r.end();
			});
		const br = await raw('gzip, deflate, br');
		expect([br.headers['content-encoding'], br.body]).toEqual(['br', 'BR']);
		expect(br.headers.vary).toBe('accept-encoding');
		expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
		expect((await raw('gzip, br;q=0')).body).toBe('GZ');
		const plain = await raw('identity');
		expect([plain.headers['content-encoding'], plain.body]).toEqual([undefined, page]);
	});

	it('answers a revalidation with 304 (ETag or Last-Modified), and a changed file with 200', async () => {
		const first = await get('data/f.parquet');
		await first.arrayBuffer();
		expect(first.headers.get('cache-control')).toBe('no-cache');
		const etag = first.headers.get('etag')!;
		expect((await get('data/f.parquet', { 'if-none-match': etag })).status).toBe(304);
		const lastModified = first.headers.get('last-modified')!;
		expect((await get('data/f.parquet', { 'if-modified-since': lastModified })).status).toBe(304);
		expect((await get('data/f.parquet', { 'if-none-match': '"other"' })).status).toBe(200);
	});

	it('sends the security headers on every response, a missing file included', async () => {
		const missing = await get('data/none.parquet');
		expect(missing.status).toBe(404);
		expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
		expect(missing.headers.get('x-frame-options')).toBe('DENY');
	});

	it('counts the bytes of each response, headers included', async () => {
		traffic.reset();
		const r = await get('data/f.parquet', { 'accept-encoding': 'identity' });
		await r.arrayBuffer();
		await expect.poll(() => traffic.entries.length).toBe(1);
		const [entry] = traffic.entries;
		expect(entry!.path).toBe('/data/f.parquet');
		expect(entry!.status).toBe(200);
		// The body and a status line and headers of some hundred bytes.
		expect(entry!.bytes).toBeGreaterThan(1000 + 100);
		expect(entry!.bytes).toBeLessThan(1000 + 1000);
		expect(traffic.bytes).toBe(entry!.bytes);
	});
});
