/**
 * A small static file server for the built site (no dependencies), behaving as docs/deployment.md
 * asks of any host: correct types (`.wasm` as application/wasm, so it compiles while it streams),
 * the precompressed `.br`/`.gz` files the build writes (scripts/precompress.ts) chosen by
 * Accept-Encoding (text compressed on the fly when there is none, e.g. for data-synthetic/), a year
 * of caching for the content-hashed `/_app/immutable/` files and revalidation (ETag and
 * Last-Modified, answered with 304) for everything else, the security headers of
 * scripts/serve-headers.ts, HTTP range requests (Parquet readers fetch byte ranges), SPA fallback to
 * 200.html, and optional extra folders under URL prefixes. It counts the bytes it sends per
 * response (headers included), which is what `npm run bench` reports as a visit's bytes: workers'
 * requests are counted like the page's.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { Socket } from 'node:net';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { securityHeaders } from './serve-headers.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.wasm': 'application/wasm',
	'.parquet': 'application/vnd.apache.parquet',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.csv': 'text/csv; charset=utf-8',
	'.map': 'application/json',
	'.duckdb': 'application/x-duckdb'
};

// A DuckDB database file is mostly empty blocks: compress it like text.
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|wasm|x-duckdb)|image\/svg)/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const gzipCache = new Map<string, { mtime: number; body: Buffer }>();

function gzipped(file: string): Buffer {
	const mtime = statSync(file).mtimeMs;
	const hit = gzipCache.get(file);
	if (hit && hit.mtime === mtime) return hit.body;
	const body = gzipSync(readFileSync(file), { level: 9 });
	gzipCache.set(file, { mtime, body });
	return body;
}

/** The codings the client accepts (`br;q=0` refuses br). */
function accepted(req: IncomingMessage): Set<string> {
	const out = new Set<string>();
	for (const part of String(req.headers['accept-encoding'] ?? '').split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
		if (name && (q === undefined || Number(q) > 0)) out.add(name);
	}
	return out;
}

function resolveFile(
	siteRoot: string,
	urlPath: string,
	mounts: Record<string, string>
): string | null {
	let path: string;
	try {
		path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
	} catch {
		return null;
	}
	let root = siteRoot;
	for (const [prefix, dir] of Object.entries(mounts))
		if (path.startsWith(prefix)) {
			root = resolve(dir);
			path = path.slice(prefix.length - 1);
			break;
		}
	const full = normalize(join(root, path));
	if (full !== root && !full.startsWith(root + sep)) return null;
	const candidates = [full, `${full}.html`, join(full, 'index.html')];
	for (const c of candidates) if (existsSync(c) && statSync(c).isFile()) return c;
	return null;
}

/** One response as it went out: its path, status, coding and bytes (status line and headers included). */
export interface Served {
	path: string;
	status: number;
	encoding: string | null;
	bytes: number;
}

/** Every response the server sent, in order; `reset()` starts a new count (e.g. per visit). */
export class Traffic {
	entries: Served[] = [];
	/** Requests being answered now. */
	open = 0;
	reset(): void {
		this.entries = [];
	}
	get bytes(): number {
		return this.entries.reduce((sum, e) => sum + e.bytes, 0);
	}
}

/** Whether the client's validators (If-None-Match, else If-Modified-Since) match the file's. */
function notModified(req: IncomingMessage, etag: string, mtimeMs: number): boolean {
	const inm = req.headers['if-none-match'];
	if (inm)
		return inm
			.split(',')
			.map((t) => t.trim().replace(/^W\//, ''))
			.some((t) => t === '*' || t === etag);
	const ims = Date.parse(String(req.headers['if-modified-since'] ?? ''));
	return Number.isFinite(ims) && Math.floor(mtimeMs / 1000) * 1000 <= ims;
}

/**
 * `mounts` serves more folders under URL prefixes (e.g. `{ '/data-synthetic/': 'data-synthetic' }`
 * for the scale benchmark), so data that is not part of the site can be served beside it.
 */
export function serveStatic(
	rootDir: string,
	port: number,
	host = '127.0.0.1',
	mounts: Record<string, string> = {}
): Promise<{ server: Server; url: string; traffic: Traffic }> {
	const root = resolve(rootDir);
	const traffic = new Traffic();
	const written = new WeakMap<Socket, number>();
	const server = createServer((req, res) => {
		const path = (req.url ?? '/').split('?')[0]!;
		traffic.open++;
		res.once('close', () => traffic.open--);
		// Bytes this response put on its connection (a kept-alive connection carries several).
		res.once('finish', () => {
			const socket = req.socket;
			const before = written.get(socket) ?? 0;
			written.set(socket, socket.bytesWritten);
			const encoding = res.getHeader('content-encoding');
			traffic.entries.push({
				path,
				status: res.statusCode,
				encoding: typeof encoding === 'string' ? encoding : null,
				bytes: socket.bytesWritten - before
			});
		});
		for (const [name, value] of Object.entries(securityHeaders(path))) res.setHeader(name, value);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405).end();
			return;
		}
		let file = resolveFile(root, req.url ?? '/', mounts);
		let status = 200;
		if (!file) {
			const isAsset = /\.[a-z0-9]+$/i.test(path);
			const fallback = join(root, '200.html');
			if (isAsset || !existsSync(fallback)) {
				res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
				return;
			}
			file = fallback;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const stat = statSync(file);
		const compressible = COMPRESSIBLE.test(type);
		const common: Record<string, string> = {
			'content-type': type,
			'cache-control': file.includes(`${sep}_app${sep}immutable${sep}`) ? IMMUTABLE : 'no-cache',
			'last-modified': new Date(stat.mtimeMs).toUTCString()
		};
		if (compressible) common.vary = 'accept-encoding';

		// A coded representation, unless a byte range is asked for (ranges read the file itself).
		let coded: { encoding: string; file?: string; body?: Buffer } | null = null;
		if (!req.headers.range && compressible) {
			const codings = accepted(req);
			if (codings.has('br') && existsSync(`${file}.br`))
				coded = { encoding: 'br', file: `${file}.br` };
			else if (codings.has('gzip') && existsSync(`${file}.gz`))
				coded = { encoding: 'gzip', file: `${file}.gz` };
			else if (codings.has('gzip')) coded = { encoding: 'gzip', body: gzipped(file) };
		}
		// One validator per representation: a cached gzip body is not a brotli one.
		const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}${coded ? `-${coded.encoding}` : ''}"`;
		common.etag = etag;
		if (notModified(req, etag, stat.mtimeMs)) {
			res.writeHead(304, common).end();
			return;
		}
		if (coded) {
			const length = coded.body ? coded.body.length : statSync(coded.file!).size;
			res.writeHead(status, {
				...common,
				'content-encoding': coded.encoding,
				'content-length': length
			});
			if (req.method === 'HEAD') res.end();
			else if (coded.body) res.end(coded.body);
			else createReadStream(coded.file!).pipe(res);
			return;
		}
		const size = stat.size;
		const headers: Record<string, string | number> = { ...common, 'accept-ranges': 'bytes' };
		let start = 0;
		let end = size - 1;
		const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
		if (range && (range[1] || range[2])) {
			if (range[1]) {
				start = Number(range[1]);
				end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
			} else {
				start = Math.max(0, size - Number(range[2]));
			}
			if (start > end || start >= size) {
				res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
				return;
			}
			status = 206;
			headers['content-range'] = `bytes ${start}-${end}/${size}`;
		}
		headers['content-length'] = end - start + 1;
		res.writeHead(status, headers);
		if (req.method === 'HEAD') {
			res.end();
			return;
		}
		createReadStream(file, { start, end }).pipe(res);
	});
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			resolvePromise({ server, url: `http://${host}:${actual}/`, traffic });
		});
	});
}
