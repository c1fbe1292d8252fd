/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every compressible
 * file of the built site (HTML, scripts, styles, JSON, SVG, text, the DuckDB wasm and database), so
 * the static server sends them without compressing at request time (docs/deployment.md). A coded
 * file is kept only when it is smaller. Brotli at quality 11 takes about a minute and a half for the
 * 34 MB wasm, so results are cached by content in node_modules/.cache/ogi-precompress: a build whose
 * wasm did not change reuses it. Runs after `vite build` (the `precompress()` plugin in
 * vite.config.ts) or alone: `tsx scripts/precompress.ts [dir]`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const EXTENSIONS = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.svg',
	'.txt',
	'.csv',
	'.wasm',
	'.duckdb',
	'.map'
]);
const MIN_BYTES = 1024;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

function filesUnder(dir: string): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...filesUnder(path));
		else if (EXTENSIONS.has(extname(entry.name)) && statSync(path).size >= MIN_BYTES)
			out.push(path);
	}
	return out;
}

async function cached(cacheDir: string, key: string, make: () => Promise<Buffer>): Promise<Buffer> {
	const path = join(cacheDir, key);
	if (existsSync(path)) return readFileSync(path);
	const body = await make();
	writeFileSync(path, body);
	return body;
}

/** Precompresses `dir` in place; returns the number of files and their bytes before and after brotli. */
export async function precompressDir(
	dir: string,
	cacheDir = resolve(import.meta.dirname, '..', 'node_modules', '.cache', 'ogi-precompress')
): Promise<{ files: number; bytes: number; brotli: number }> {
	mkdirSync(cacheDir, { recursive: true });
	const files = filesUnder(dir);
	let bytes = 0;
	let brotliBytes = 0;
	// The largest first, so the wasm starts while the small files share the other core.
	files.sort((a, b) => statSync(b).size - statSync(a).size);
	await Promise.all(
		files.map(async (file) => {
			const body = readFileSync(file);
			const hash = createHash('sha256').update(body).digest('hex');
			const [br, gzBody] = await Promise.all([
				cached(cacheDir, `${hash}.q11.br`, () =>
					brotli(body, {
						params: {
							[constants.BROTLI_PARAM_QUALITY]: 11,
							[constants.BROTLI_PARAM_SIZE_HINT]: body.length
						}
					})
				),
				cached(cacheDir, `${hash}.l9.gz`, () => gz(body, { level: 9 }))
			]);
			bytes += body.length;
			if (br.length < body.length) writeFileSync(`${file}.br`, br);
			if (gzBody.length < body.length) writeFileSync(`${file}.gz`, gzBody);
			brotliBytes += Math.min(br.length, body.length);
		})
	);
	return { files: files.length, bytes, brotli: brotliBytes };
}

/** A Vite plugin: precompresses `dir` once SvelteKit's adapter has written it (end of the SSR build). */
export function precompress(dir = 'build') {
	return {
		name: 'ogi-precompress',
		apply: 'build' as const,
		closeBundle: {
			sequential: true,
			order: 'post' as const,
			async handler(this: { environment?: { config: { build: { ssr: unknown } } } }) {
				// SvelteKit's adapter writes the site when the server build closes; the client build
				// (nested inside it) closes first and is skipped.
				if (!this.environment?.config.build.ssr || !existsSync(resolve(dir, 'index.html'))) return;
				const t0 = Date.now();
				const r = await precompressDir(resolve(dir));
				console.log(
					`precompress: ${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB → ${(r.brotli / 1e6).toFixed(1)} MB brotli (+ gzip) in ${((Date.now() - t0) / 1000).toFixed(1)} s`
				);
			}
		}
	};
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
	const dir = resolve(process.argv[2] ?? 'build');
	const r = await precompressDir(dir);
	console.log(`precompress: ${r.files} files in ${dir}`);
}
