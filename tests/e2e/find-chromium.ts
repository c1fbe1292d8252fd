/**
 * Finds a Chromium for the browser tests and the benchmark, in this order:
 * 1. $CHROMIUM_PATH, 2. /usr/bin/chromium (Debian package `chromium`),
 * 3. the binary shipped inside the `@sparticuz/chromium` devDependency, unpacked once into
 *    `.cache/chromium/` inside the project (never /tmp), so a fresh clone needs only `npm ci`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

const projectRoot = resolve(import.meta.dirname, '..', '..');

export async function findChromium(): Promise<string> {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
		return fromEnv;
	}
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	return unpackSparticuz();
}

async function unpackSparticuz(): Promise<string> {
	const dir = join(projectRoot, '.cache', 'chromium');
	mkdirSync(dir, { recursive: true });
	// @sparticuz/chromium inflates into os.tmpdir(), which follows $TMPDIR: point it inside the project.
	const previous = process.env.TMPDIR;
	process.env.TMPDIR = dir;
	try {
		const { default: chromium } = await import('@sparticuz/chromium');
		const path = await chromium.executablePath();
		return path;
	} finally {
		if (previous === undefined) delete process.env.TMPDIR;
		else process.env.TMPDIR = previous;
	}
}
