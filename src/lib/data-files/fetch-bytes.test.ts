/** fetchBytes against a real local HTTP server: missing, stalled, broken off, and whole downloads. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchBytes } from './fetch-bytes';

let server: Server;
let base = '';
beforeAll(async () => {
	server = createServer((req, res) => {
		if (req.url === '/whole') {
			res.writeHead(200, { 'content-length': '6' });
			res.end('abcdef');
		} else if (req.url === '/silent') {
			// headers never come
		} else if (req.url === '/stalls') {
			res.writeHead(200, { 'content-length': '100' });
			res.write('abc');
		} else if (req.url === '/breaks') {
			res.writeHead(200, { 'content-length': '100' });
			res.write('abc', () => setTimeout(() => res.destroy(), 50));
		} else if (req.url === '/error') {
			res.writeHead(500).end();
		} else res.writeHead(404).end();
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
	server.closeAllConnections();
	server.close();
});

const failure = (path: string, stallMs = 300) =>
	fetchBytes(`${base}${path}`, 'x.parquet', undefined, stallMs).then(
		() => null,
		(e: unknown) => e as { kind: string; file: string; message: string }
	);

describe('fetchBytes', () => {
	it('returns the bytes and reports progress up to the announced length', async () => {
		const seen: [number, number | null][] = [];
		const r = await fetchBytes(`${base}/whole`, 'x.parquet', (l, t) => seen.push([l, t]));
		expect(new TextDecoder().decode(r.bytes)).toBe('abcdef');
		expect(r.expected).toBe(6);
		expect(seen.at(-1)).toEqual([6, 6]);
	});

	it('calls a 404 missing and a 500 an HTTP error, naming the file', async () => {
		expect(await failure('/nothing')).toMatchObject({ kind: 'missing', file: 'x.parquet' });
		expect(await failure('/error')).toMatchObject({ kind: 'http' });
	});

	it('times out when no header or no further byte arrives, and says what timed out', async () => {
		const silent = await failure('/silent');
		expect(silent?.kind).toBe('timeout');
		expect(silent?.message).toMatch(/^x\.parquet: timed out: no data for 0 s$/);
		const stalled = await failure('/stalls');
		expect(stalled?.kind).toBe('timeout');
		expect(stalled?.message).toContain('after 3 bytes');
	});

	it('calls a download that breaks off before its announced length truncated', async () => {
		const broken = await failure('/breaks', 5000);
		expect(broken).toMatchObject({ kind: 'truncated' });
		expect(broken?.message).toContain('after 3 of 100 bytes');
	});
});
