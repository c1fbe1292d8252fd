/**
 * `npm run harvest -- [options] URL…`: report pages, report files (PDF, DOCX, HTML) or a
 * government's 年报 column page → report files with front matter in --out, which `npm run data`
 * reads, and harvest-summary.tsv beside them. For a maintainer with internet access; see
 * docs/harvest.md. Exits 1 only when nothing at all could be harvested.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readRegionDictionary } from './data/region-dictionary.ts';
import { harvest, summaryRows } from './harvest/harvest.ts';
import { HttpCache } from './harvest/http-cache.ts';
import { PoliteFetcher } from './harvest/polite-fetcher.ts';
import { converters } from './harvest/converters.ts';

const root = resolve(import.meta.dirname, '..');
const usage = `usage: npm run harvest -- [--out DIR] [--cache DIR] [--delay MS] [--timeout MS]
       [--retries N] [--max-bytes N] [--max-pages N] [--refresh] URL…`;

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: {
			out: { type: 'string', default: 'harvested' },
			cache: { type: 'string', default: join(root, '.cache', 'harvest') },
			regions: { type: 'string', default: join(root, 'data', 'regions.csv') },
			successors: { type: 'string', default: join(root, 'data', 'region-successors.csv') },
			delay: { type: 'string', default: '2000' },
			timeout: { type: 'string', default: '60000' },
			retries: { type: 'string', default: '3' },
			'max-bytes': { type: 'string', default: String(50 * 1024 * 1024) },
			'max-pages': { type: 'string', default: '30' },
			refresh: { type: 'boolean', default: false },
			help: { type: 'boolean', default: false }
		}
	});
} catch (error) {
	console.error(`harvest: ${(error as Error).message}\n${usage}`);
	process.exit(2);
}
const { values: v, positionals: urls } = parsed;
if (v.help || !urls.length) {
	console.error(usage);
	process.exit(v.help ? 0 : 2);
}
const bad = urls.filter((u) => !/^https?:\/\//i.test(u));
if (bad.length) {
	console.error(`harvest: not an http(s) URL: ${bad.join(', ')}`);
	process.exit(2);
}
const number = (name: string, s: string) => {
	const n = Number(s);
	if (!Number.isFinite(n) || n < 0) {
		console.error(`harvest: --${name} takes a number (got "${s}")`);
		process.exit(2);
	}
	return n;
};

const fetcher = new PoliteFetcher({
	cache: new HttpCache(v.cache),
	delayMs: number('delay', v.delay),
	timeoutMs: number('timeout', v.timeout),
	retries: number('retries', v.retries),
	maxBytes: number('max-bytes', v['max-bytes']),
	backoffMs: 2000
});
// Every division of China (the data build's dictionary), so any government's report finds its region.
const regions = readRegionDictionary(v.regions, v.successors);
const lines = await harvest(urls, {
	out: v.out,
	fetcher,
	regions,
	converters,
	maxPages: number('max-pages', v['max-pages']),
	refresh: v.refresh,
	log: (line) => console.error(line)
});

const header = [
	'status',
	'file',
	'year',
	'facts',
	'failed',
	'warnings',
	'undecided',
	'url / error'
];
const rows = [
	header,
	...summaryRows(lines).map((r) => [
		r[0]!,
		r[1]!,
		r[4]!,
		r[5]!,
		r[6]!,
		r[7]!,
		[r[8] ? `${r[8]} cells` : '', r[9]!].filter(Boolean).join('; '),
		r[11] || r[10]!
	])
];
const widths = header.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows)
	console.log(
		r
			.map((c, i) => c.padEnd(widths[i]!))
			.join('  ')
			.trimEnd()
	);
console.log(`\nsummary: ${join(v.out, 'harvest-summary.tsv')}`);
process.exit(lines.some((l) => l.status !== 'failed') ? 0 : 1);
