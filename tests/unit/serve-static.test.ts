/** The static server: byte ranges (Parquet readers fetch ranges), mounted folders, no escape from a root. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-static';

const dir = mkdtempSync(join(tmpdir(), 'ogi-serve-'));
const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
let server: Server;
let url: string;

beforeAll(async () => {
	mkdirSync(join(dir, 'site', 'data'), { recursive: true });
	mkdirSync(join(dir, 'extra', 'synthetic-x'), { recursive: true });
	writeFileSync(join(dir, 'site', 'data', 'f.parquet'), bytes);
	writeFileSync(join(dir, 'site', 'secret.txt'), 'site file');
	writeFileSync(join(dir, 'extra', 'synthetic-x', 'g.parquet'), bytes.subarray(0, 100));
	writeFileSync(join(dir, 'outside.txt'), 'outside');
	({ server, url } = await serveStatic(join(dir, 'site'), 0, '127.0.0.1', {
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
});
