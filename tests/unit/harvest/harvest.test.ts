/**
 * The harvest against a government site of our own on 127.0.0.1: a 年报 column page over two
 * pages (the CMS's createPageHTML pagination), report pages with page chrome made from our real
 * reports, robots.txt, a broken link, a slow response, a flaky server and a too large file. What
 * the harvest writes is compared with the hand-read values of those reports.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/extract/extract-report.ts';
import { parseFrontMatter } from '../../../src/lib/extract/front-matter.ts';
import { readRegionDictionary } from '../../../scripts/data/region-dictionary.ts';
import { harvest, type HarvestLine } from '../../../scripts/harvest/harvest.ts';
import { HttpCache } from '../../../scripts/harvest/http-cache.ts';
import { PoliteFetcher } from '../../../scripts/harvest/polite-fetcher.ts';
import { converters } from '../../../scripts/harvest/converters.ts';
import { expectedTableValues, officialReport, table3WordRows } from '../../e2e/official-report.ts';
import { docxFile } from '../../e2e/test-docx.ts';
import { officialReportPdf, scannedPdf } from '../../e2e/text-pdf.ts';

const root = resolve(import.meta.dirname, '..', '..', '..');
const regions = readRegionDictionary(
	join(root, 'data', 'regions.csv'),
	join(root, 'data', 'region-successors.csv')
);

interface Fixture {
	facts: { metric: string; applicant?: string; value: number; source: string }[];
}
const fixture = (stem: string) =>
	JSON.parse(
		readFileSync(join(root, 'tests', 'fixtures', 'expected', `${stem}.json`), 'utf8')
	) as Fixture;
const reportBody = (stem: string) =>
	parseFrontMatter(readFileSync(join(root, 'data', 'reports', `${stem}.txt`), 'utf8')).body;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const TITLE = (year: number) => `平潭综合实验区${year}年度政府信息公开工作年度报告`;

/** A report page as a government CMS serves it: navigation, a sidebar of other years, a footer. */
function reportPage(stem: string, year: number): string {
	const body = reportBody(stem)
		.split('\n')
		.map((l) => `<p>${escape(l)}</p>`)
		.join('\n');
	return `<!doctype html><html><head><meta charset="utf-8"><title>${TITLE(year)}_平潭综合实验区管委会</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> 当前位置：首页 &gt; 年报</div>
<div class="sidebar"><a href="/nianbao/${year - 1}.html" title="${TITLE(year - 1)}">${TITLE(year - 1)}</a></div>
<div class="content">${body}</div>
<div class="footer">闽ICP备05012345号 访问量：123456 <a href="/nianbao/index.html">返回列表</a></div></body></html>`;
}

function columnPage(items: { href: string; title: string }[], script: string): string {
	const list = items.map(
		(i) => `<li><a href="${i.href}" title="${i.title}">${i.title}</a><span>2022-01-28</span></li>`
	);
	return `<!doctype html><html><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body>
<div class="nav"><a href="/">首页</a></div><ul class="list">${list.join('\n')}</ul>
<div class="page"><script>${script}</script></div></body></html>`;
}

interface Served {
	status?: number;
	type?: string;
	body: string | Buffer;
	delayMs?: number;
	/** Answer 503 this many times first. */
	failFirst?: number;
}

let server: Server;
let base: string;
let routes: Map<string, Served>;
let requests: { path: string; at: number }[];
let inFlight = 0;
let maxInFlight = 0;
const failures = new Map<string, number>();

function handle(req: IncomingMessage, res: ServerResponse) {
	const path = new URL(req.url ?? '/', 'http://x').pathname;
	requests.push({ path, at: Date.now() });
	inFlight++;
	maxInFlight = Math.max(maxInFlight, inFlight);
	const finish = () => inFlight--;
	res.on('close', finish);
	const r = routes.get(path);
	if (!r) {
		res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>404</h1>');
		return;
	}
	const seen = failures.get(path) ?? 0;
	if (r.failFirst && seen < r.failFirst) {
		failures.set(path, seen + 1);
		res.writeHead(503, { 'retry-after': '0' }).end('busy');
		return;
	}
	// A slow answer that the client gave up on is never sent (and does not keep the server open).
	const timer = setTimeout(() => {
		if (!res.destroyed)
			res
				.writeHead(r.status ?? 200, { 'content-type': r.type ?? 'text/html; charset=utf-8' })
				.end(r.body);
	}, r.delayMs ?? 0);
	res.on('close', () => clearTimeout(timer));
}

const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');

function site() {
	const index = columnPage(
		[
			{ href: '2021.html', title: TITLE(2021) },
			{ href: '/nianbao/2023.html', title: TITLE(2023) },
			{ href: 'missing.html', title: TITLE(2019) },
			{ href: '/private/2018.html', title: TITLE(2018) }
		],
		'createPageHTML(2, 0, "index", "html");'
	);
	const second = columnPage(
		[
			{ href: '2024.html', title: TITLE(2024) },
			{ href: 'slow.html', title: TITLE(2017) },
			{ href: 'huge.html', title: TITLE(2016) }
		],
		'createPageHTML(2, 1, "index", "html");'
	);
	return new Map<string, Served>([
		['/robots.txt', { type: 'text/plain', body: 'User-agent: *\nDisallow: /private/\n' }],
		['/nianbao/index.html', { body: index }],
		['/nianbao/index_1.html', { body: second }],
		['/nianbao/2021.html', { body: reportPage('pingtan_2021', 2021) }],
		['/nianbao/2023.html', { body: reportPage('pingtan_2023', 2023), failFirst: 2 }],
		['/nianbao/2024.html', { body: reportPage('pingtan_2024', 2024) }],
		['/nianbao/slow.html', { body: reportPage('pingtan_2020', 2017), delayMs: 60_000 }],
		['/nianbao/huge.html', { body: `<p>${'年'.repeat(400_000)}</p>` }],
		['/private/2018.html', { body: reportPage('pingtan_2018', 2018) }],
		// pingtan_2023's tables as a PDF in a non-embedded Chinese font, attached to a page that
		// holds only the link; the same report's 表三 as a Word file; a scan.
		[
			'/files/2023.pdf',
			{
				type: 'application/pdf',
				body: officialReportPdf(officialReport('pingtan_2023', TITLE(2023)), 'unigb')
			}
		],
		[
			'/attach/2023.html',
			{
				body: `<html><head><title>${TITLE(2023)}</title></head><body><h1>${TITLE(2023)}</h1><p>附件：<a href="/files/2023.pdf">${TITLE(2023)}.pdf</a></p></body></html>`
			}
		],
		[
			'/files/2023.docx',
			{
				type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
				body: docxFile([
					{ paragraph: TITLE(2023) },
					{ paragraph: '三、收到和处理政府信息公开申请情况' },
					{ table: table3WordRows('pingtan_2023') },
					{ paragraph: '四、政府信息公开行政复议、行政诉讼情况' }
				])
			}
		],
		['/files/scan.pdf', { type: 'application/pdf', body: scannedPdf(2) }]
	]);
}

let out: string;
let cacheDir: string;

const run = (urls: string[], opts: { refresh?: boolean; delayMs?: number } = {}) =>
	harvest(urls, {
		out,
		regions,
		converters,
		maxPages: 10,
		refresh: opts.refresh ?? false,
		fetcher: new PoliteFetcher({
			cache: new HttpCache(cacheDir),
			delayMs: opts.delayMs ?? 40,
			timeoutMs: 1_500,
			maxBytes: 1_000_000,
			retries: 2,
			backoffMs: 10
		})
	});

beforeAll(async () => {
	server = createServer(handle);
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no port');
	base = `http://127.0.0.1:${address.port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
	routes = site();
	requests = [];
	failures.clear();
	maxInFlight = 0;
	const dir = mkdtempSync(join(tmpdir(), 'harvest-'));
	out = join(dir, 'out');
	cacheDir = join(dir, 'cache');
	return () => rmSync(dir, { recursive: true, force: true });
});

const byUrl = (lines: HarvestLine[], path: string) => lines.find((l) => l.url === `${base}${path}`);

describe('npm run harvest, against a site on 127.0.0.1', () => {
	it('follows a column page and its second page, and writes each report with its front matter', async () => {
		const lines = await run([`${base}/nianbao/index.html`]);
		const written = lines
			.filter((l) => l.status === 'written')
			.map((l) => l.file)
			.sort();
		expect(written).toEqual(['pingtan_2021.txt', 'pingtan_2023.txt', 'pingtan_2024.txt']);
		const file = readFileSync(join(out, 'pingtan_2021.txt'), 'utf8');
		const { fields } = parseFrontMatter(file);
		expect(fields).toMatchObject({
			region: '平潭综合实验区',
			region_code: '350128',
			parent_code: '350100',
			province: '福建省',
			level: 'zone',
			unit_scope: 'whole-region',
			year: '2021',
			source: `${base}/nianbao/2021.html`,
			sha256: sha(routes.get('/nianbao/2021.html')!.body)
		});
		expect(Date.parse(fields.retrieved!)).toBeGreaterThan(Date.now() - 600_000);
	});

	it('gives the harvested reports the numbers a reader finds in them, page chrome left out', async () => {
		await run([`${base}/nianbao/index.html`]);
		const key = (f: { metric: string; applicant?: string; value: number }) =>
			`${f.metric}|${f.applicant ?? 'total'}|${f.value}`;
		const tableFacts = (text: string, stem: string) =>
			extractReport(text, stem)
				.facts.filter((f) => f.method !== 'prose')
				.map(key)
				.sort();
		for (const year of [2021, 2023, 2024]) {
			const stem = `pingtan_${year}`;
			const harvested = readFileSync(join(out, `${stem}.txt`), 'utf8');
			const got = tableFacts(harvested, stem);
			// The same table numbers as the report file in data/reports…
			expect(got).toEqual(
				tableFacts(readFileSync(join(root, 'data', 'reports', `${stem}.txt`), 'utf8'), stem)
			);
			// …and nothing of the chrome: the visitor counter and the ICP number are not facts.
			expect(got.some((k) => /\|(123456|5012345)$/.test(k))).toBe(false);
		}
		// Every table number a reader finds in 2021 and 2024 (hand-read, tests/fixtures/expected).
		for (const stem of ['pingtan_2021', 'pingtan_2024']) {
			const have = new Set(tableFacts(readFileSync(join(out, `${stem}.txt`), 'utf8'), stem));
			const want = fixture(stem).facts.filter((f) => f.source === 'table');
			expect(want.length).toBeGreaterThan(50);
			expect(want.filter((f) => !have.has(key(f)))).toEqual([]);
		}
	});

	it('says per URL what failed and why, and loses nothing else', async () => {
		const lines = await run([`${base}/nianbao/index.html`]);
		expect(byUrl(lines, '/nianbao/missing.html')).toMatchObject({ status: 'failed' });
		expect(byUrl(lines, '/nianbao/missing.html')!.error).toMatch(/HTTP 404/);
		expect(byUrl(lines, '/nianbao/slow.html')!.error).toMatch(/no complete answer within 1.5 s/);
		expect(byUrl(lines, '/nianbao/huge.html')!.error).toMatch(/over the limit of 1,000,000/);
		expect(byUrl(lines, '/private/2018.html')!.error).toMatch(/robots\.txt does not allow/);
		// robots.txt is obeyed: the disallowed page is never requested.
		expect(requests.some((r) => r.path.startsWith('/private/'))).toBe(false);
		const summary = readFileSync(join(out, 'harvest-summary.tsv'), 'utf8').trim().split('\n');
		expect(summary[0]!.split('\t')).toContain('failed_checks');
		expect(summary).toHaveLength(1 + lines.length);
		expect(summary.filter((l) => l.startsWith('failed\t'))).toHaveLength(4);
	});

	it('retries a busy server with backoff, and the report arrives', async () => {
		const lines = await run([`${base}/nianbao/2023.html`]);
		expect(lines.map((l) => [l.status, l.file])).toEqual([['written', 'pingtan_2023.txt']]);
		expect(requests.filter((r) => r.path === '/nianbao/2023.html')).toHaveLength(3);
	});

	it('sends one request at a time to a host, with the delay between them', async () => {
		await run([`${base}/nianbao/index.html`], { delayMs: 120 });
		expect(maxInFlight).toBe(1);
		const starts = requests.map((r) => r.at);
		const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
		expect(Math.min(...gaps)).toBeGreaterThanOrEqual(110);
	}, 60_000);

	it('resumes from its cache: a second run downloads nothing, --refresh only the column pages', async () => {
		await run([`${base}/nianbao/index.html`]);
		const files = readdirSync(out).sort();
		requests = [];
		const again = await run([`${base}/nianbao/index.html`]);
		// Only what failed last time is asked for again; every report comes from the cache.
		const asked = requests.map((r) => r.path).sort();
		// (a time-out is tried three times, a 404 and a too large file once).
		const slow = '/nianbao/slow.html';
		expect(asked).toEqual(['/nianbao/huge.html', '/nianbao/missing.html', slow, slow, slow]);
		expect(
			again
				.filter((l) => l.status === 'unchanged')
				.map((l) => l.file)
				.sort()
		).toEqual(['pingtan_2021.txt', 'pingtan_2023.txt', 'pingtan_2024.txt']);
		expect(readdirSync(out).sort()).toEqual(files);
		requests = [];
		await run([`${base}/nianbao/index.html`], { refresh: true });
		expect(
			requests
				.map((r) => r.path)
				.filter((p) => /index/.test(p))
				.sort()
		).toEqual(['/nianbao/index.html', '/nianbao/index_1.html']);
		expect(requests.some((r) => /20(21|23|24)\.html/.test(r.path))).toBe(false);
	});

	it('runs as `npm run harvest`: prints a line per report and exits 0', async () => {
		// Run asynchronously: the site is served by this very process.
		const r = await promisify(execFile)(
			process.execPath,
			[
				'--import',
				'tsx',
				'scripts/harvest-cli.ts',
				'--out',
				out,
				'--cache',
				cacheDir,
				'--delay',
				'0',
				`${base}/nianbao/2021.html`,
				`${base}/nianbao/missing.html`
			],
			{ cwd: root, encoding: 'utf8' }
		);
		expect(r.stdout).toMatch(/^written\s+pingtan_2021\.txt\s+2021\s+\d{3,}/m);
		expect(r.stdout).toMatch(/^failed .*HTTP 404/m);
		expect(readdirSync(out)).toContain('pingtan_2021.txt');
	});

	it('reads a report attached as a PDF in a non-embedded Chinese font, a Word file, and names a scan', async () => {
		const lines = await run([
			`${base}/attach/2023.html`,
			`${base}/files/2023.docx`,
			`${base}/files/scan.pdf`
		]);
		const pdf = byUrl(lines, '/files/2023.pdf')!;
		expect(pdf).toMatchObject({ status: 'written', file: 'pingtan_2023.txt', year: 2023 });
		const values = (file: string) =>
			new Map(
				extractReport(readFileSync(join(out, file), 'utf8'), 'x')
					.facts.filter((f) => f.method !== 'prose')
					.map((f) => [`${f.metric}|${f.applicant}`, f.value])
			);
		// Every table value a reader finds in pingtan_2023 (tests/fixtures/expected), from the PDF.
		const fromPdf = values('pingtan_2023.txt');
		const want = expectedTableValues('pingtan_2023');
		expect(want.size).toBeGreaterThan(150);
		for (const [key, value] of want) expect(fromPdf.get(key), key).toBe(value);
		const docx = byUrl(lines, '/files/2023.docx')!;
		expect(docx.status).toBe('written');
		const fromDocx = values(docx.file!);
		const table3 = [...want].filter(
			([k]) => !/^(proactive|normative|licens|punish|charges|review|litigation)/.test(k)
		);
		expect(table3.length).toBeGreaterThan(100);
		for (const [key, value] of table3)
			if (fromDocx.has(key)) expect(fromDocx.get(key), key).toBe(value);
		expect(fromDocx.size).toBeGreaterThan(100);
		expect(byUrl(lines, '/files/scan.pdf')).toMatchObject({ status: 'failed' });
		expect(byUrl(lines, '/files/scan.pdf')!.error).toMatch(/no text layer/);
	});
});
