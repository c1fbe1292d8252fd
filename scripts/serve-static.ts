/**
 * A small static file server for the built site (no dependencies): correct types for .wasm and
 * .parquet, HTTP range requests (Parquet readers fetch byte ranges), SPA fallback to 200.html,
 * optional extra folders under URL prefixes.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

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
const gzipCache = new Map<string, { mtime: number; body: Buffer }>();

function gzipped(file: string): Buffer {
	const mtime = statSync(file).mtimeMs;
	const hit = gzipCache.get(file);
	if (hit && hit.mtime === mtime) return hit.body;
	const body = gzipSync(readFileSync(file), { level: 9 });
	gzipCache.set(file, { mtime, body });
	return body;
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

/**
 * `mounts` serves more folders under URL prefixes (e.g. `{ '/data-synthetic/': 'data-synthetic' }`
 * for the scale benchmark), so data that is not part of the site can be served beside it.
 */
export function serveStatic(
	rootDir: string,
	port: number,
	host = '127.0.0.1',
	mounts: Record<string, string> = {}
): Promise<{ server: Server; url: string }> {
	const root = resolve(rootDir);
	const server = createServer((req, res) => {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405).end();
			return;
		}
		let file = resolveFile(root, req.url ?? '/', mounts);
		let status = 200;
		if (!file) {
			const isAsset = /\.[a-z0-9]+$/i.test((req.url ?? '').split('?')[0]!);
			const fallback = join(root, '200.html');
			if (isAsset || !existsSync(fallback)) {
				res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
				return;
			}
			file = fallback;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		// Compress text like any real static host does (not ranges: those are byte-exact reads).
		if (
			!req.headers.range &&
			/gzip/.test(String(req.headers['accept-encoding'] ?? '')) &&
			COMPRESSIBLE.test(type)
		) {
			const body = gzipped(file);
			res.writeHead(status, {
				'content-type': type,
				'content-encoding': 'gzip',
				'content-length': body.length,
				vary: 'accept-encoding',
				'cache-control': file.includes('/_app/immutable/')
					? 'public, max-age=31536000, immutable'
					: 'no-cache'
			});
			res.end(req.method === 'HEAD' ? undefined : body);
			return;
		}
		const size = statSync(file).size;
		const headers: Record<string, string | number> = {
			'content-type': type,
			'accept-ranges': 'bytes',
			'cache-control': file.includes('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		};
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
			resolvePromise({ server, url: `http://${host}:${actual}/` });
		});
	});
}
