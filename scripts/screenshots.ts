/**
 * `npm run screenshots`: a PNG of every page of the built site at 1280 px and 375 px, in Chinese
 * and English, under docs/screenshots/ with stable names, and docs/screenshots/README.md listing
 * them, so the next person sees what changed. Builds nothing: run `npm run data && npm run build`
 * first. Serves build/ like `npm run preview` (scripts/serve-static.ts) and drives Chromium
 * (CHROMIUM_PATH, /usr/bin/chromium or @sparticuz/chromium, as the browser tests find it). Each shot
 * waits for the state it shows (a chart drawn, the tables loaded, the engine ready), never a fixed
 * time. Viewport-height shots, plus a few full-page ones where the page is the point (capped).
 *
 * `npm run screenshots -- explore` takes only the pages whose name contains "explore".
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import * as prettier from 'prettier';
import { CHROMIUM_FLAGS, findChromium } from '../tests/e2e/find-chromium.ts';
import { serveStatic } from './serve-static.ts';

const root = resolve(import.meta.dirname, '..');
const build = resolve(root, 'build');
const out = resolve(root, 'docs', 'screenshots');

const WIDTHS = [
	{ width: 1280, height: 800 },
	{ width: 375, height: 812 }
] as const;
const LANGS = ['zh', 'en'] as const;
/** A full-page shot is cut at this height: the top of a long page says what it is. */
const FULL_PAGE_MAX = 1600;

/** The region whose profile is shown: 平潭综合实验区, the region with the most reports. */
const REGION = '350128';

interface Shot {
	/** The file name's stem: `<name>-<width>-<lang>.png`. */
	name: string;
	/** Path and query, without the language. */
	path: string;
	/** What the page shows when it is ready (the first match is waited for). */
	ready: string;
	/** Also a full-page shot (cut at FULL_PAGE_MAX) at 1280 px. */
	full?: boolean;
	/** Milliseconds the ready state may take (the console's engine is slow on a busy machine). */
	timeout?: number;
	/** A page that may not exist in this build: skipped when its HTML is missing. */
	optional?: string;
	what: string;
}

const EXPLORER_READY = '.explorer[data-tables="loaded"]';
const VIEW_READY =
	'figure[data-chart] svg, [data-testid="data-table"], [data-testid="sources-table"], .nodata';

const SHOTS: Shot[] = [
	{ name: 'home', path: '', ready: 'figure[data-chart] circle.point', what: 'Home page' },
	...(['trend', 'compare', 'handling', 'table', 'sources'] as const).map((view): Shot => ({
		name: `explore-${view}`,
		path: view === 'trend' ? 'explore' : `explore?view=${view}`,
		ready: `${EXPLORER_READY} :is(${VIEW_READY})`,
		what: `Explorer, ${view} view`
	})),
	{
		name: 'explore-source',
		path: `explore?view=sources&regions=${REGION}&units=all&report=pingtan_2020`,
		ready: 'aside.source-panel pre',
		what: 'Explorer, a report’s text in the source panel'
	},
	{
		name: 'embed-trend',
		path: 'embed/trend',
		ready: 'figure[data-chart] circle.point',
		what: 'Embed of the trend chart'
	},
	{
		name: 'coverage',
		path: 'coverage',
		ready: '[data-testid="coverage-table"]',
		full: true,
		what: 'Coverage'
	},
	{
		name: 'sql',
		path: 'sql',
		ready: '[data-engine-status="ready"]',
		timeout: 600_000,
		what: 'SQL console, engine ready'
	},
	{ name: 'import', path: 'import', ready: 'textarea', what: 'Import' },
	{ name: 'about', path: 'about', ready: 'main h1', what: 'About' },
	{
		name: 'metrics',
		path: 'metrics',
		ready: 'main h1',
		optional: 'metrics.html',
		what: 'Metrics'
	},
	{
		name: `region-${REGION}`,
		path: `region/${REGION}`,
		ready: 'figure[data-chart] circle.point',
		full: true,
		what: 'Region profile of 平潭综合实验区'
	}
];

function withLang(path: string, lang: string): string {
	if (lang === 'zh') return path;
	return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
}

/** Waits for the page's state, its web fonts and two frames (the state painted). */
async function settle(page: Page, shot: Shot): Promise<void> {
	await page
		.locator(shot.ready)
		.first()
		.waitFor({ timeout: shot.timeout ?? 90_000 });
	await page.evaluate(async () => {
		await document.fonts.ready;
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
	});
}

/**
 * A fontconfig file for Chromium with the system's fonts and the Chromium package's own: the
 * Chromium that @sparticuz/chromium ships reads only its own folder, which has no Chinese font.
 * `cjk` says whether any font for Chinese is installed.
 */
function fontConfig(): { file: string; cjk: boolean } {
	const dir = resolve(root, '.cache', 'screenshot-fonts');
	mkdirSync(dir, { recursive: true });
	const dirs = [
		'/usr/share/fonts',
		'/usr/local/share/fonts',
		resolve(root, '.cache', 'chromium', 'fonts')
	];
	const file = join(dir, 'fonts.conf');
	writeFileSync(
		file,
		[
			'<?xml version="1.0"?>',
			'<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
			'<fontconfig>',
			...dirs.filter((d) => existsSync(d)).map((d) => `  <dir>${d}</dir>`),
			`  <cachedir>${join(dir, 'cache')}</cachedir>`,
			'</fontconfig>',
			''
		].join('\n')
	);
	let cjk: boolean;
	try {
		cjk = execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== '';
	} catch {
		// fontconfig's tools are not installed: say nothing about fonts we cannot list.
		cjk = true;
	}
	return { file, cjk };
}

if (!existsSync(resolve(build, 'index.html'))) {
	console.error('screenshots: build/ is missing; run `npm run data && npm run build` first');
	process.exit(1);
}

const only = process.argv[2];
const shots = SHOTS.filter(
	(s) => (!only || s.name.includes(only)) && (!s.optional || existsSync(resolve(build, s.optional)))
);
mkdirSync(out, { recursive: true });
// A full run replaces every PNG, so a page that is gone leaves no stale picture.
if (!only)
	for (const f of readdirSync(out)) if (f.endsWith('.png')) rmSync(join(out, f), { force: true });

const executablePath = await findChromium();
const fonts = fontConfig();
if (!fonts.cjk)
	console.warn(
		'screenshots: no Chinese font found (fc-list :lang=zh is empty): Chinese text will show as boxes. ' +
			'Install one, e.g. `apt-get install fonts-noto-cjk` (Noto Sans CJK SC, which the site names).'
	);
const { server, url } = await serveStatic(build, 0);
const browser = await chromium.launch({
	executablePath,
	args: CHROMIUM_FLAGS,
	env: { ...process.env, FONTCONFIG_FILE: fonts.file }
});
const written: { file: string; what: string; width: number; lang: string; full: boolean }[] = [];
try {
	for (const size of WIDTHS) {
		const context = await browser.newContext({
			viewport: size,
			deviceScaleFactor: 1,
			colorScheme: 'light',
			reducedMotion: 'reduce'
		});
		const page = await context.newPage();
		for (const shot of shots)
			for (const lang of LANGS) {
				const base = `${shot.name}-${size.width}-${lang}`;
				await page.goto(`${url}${withLang(shot.path, lang)}`);
				await settle(page, shot);
				await page.screenshot({ path: join(out, `${base}.png`) });
				written.push({ file: `${base}.png`, what: shot.what, ...size, lang, full: false });
				if (shot.full && size.width === 1280) {
					const height = await page.evaluate(() => document.documentElement.scrollHeight);
					await page.screenshot({
						path: join(out, `${base}-full.png`),
						fullPage: true,
						clip: { x: 0, y: 0, width: size.width, height: Math.min(height, FULL_PAGE_MAX) }
					});
					written.push({ file: `${base}-full.png`, what: shot.what, ...size, lang, full: true });
				}
				console.log(`screenshots: ${base}`);
			}
		await context.close();
	}
} finally {
	await browser.close();
	server.close();
}

if (!only) {
	const bytes = written.reduce((s, w) => s + statSync(join(out, w.file)).size, 0);
	const rows = written.map(
		(w) =>
			`| [${w.file}](${w.file}) | ${w.what} | ${w.width} px | ${w.lang} | ${w.full ? `full page (up to ${FULL_PAGE_MAX} px)` : 'first screen'} |`
	);
	const readme = join(out, 'README.md');
	const markdown = [
		'# Screenshots',
		'',
		'Every page of the built site at 1280 px and 375 px wide, in Chinese and English, written by',
		'`npm run screenshots` (scripts/screenshots.ts) after `npm run data && npm run build`. Each',
		'waits for what it shows (charts drawn, tables loaded, the SQL engine ready). Run it again',
		'after a visible change and commit the pictures, so the next person sees what changed.',
		'',
		`${written.length} files, ${(bytes / 1e6).toFixed(1)} MB.`,
		'',
		'| file | page | width | language | extent |',
		'| --- | --- | --- | --- | --- |',
		...rows,
		''
	].join('\n');
	// In the repository's own format, so `npm run check` (prettier --check) passes.
	const options = { ...(await prettier.resolveConfig(readme)), filepath: readme };
	writeFileSync(readme, await prettier.format(markdown, options));
	console.log(
		`screenshots: ${written.length} files, ${(bytes / 1e6).toFixed(1)} MB → docs/screenshots/`
	);
}
