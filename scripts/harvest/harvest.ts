/**
 * The harvest: report pages, report files or a government's 年报 column page in; report files the
 * data build reads out, one summary line per report and per URL that failed. A column page's links
 * whose titles are annual reports are followed, and its further pages; an HTML report page that
 * carries its report only as an attachment yields the attachment. One URL failing loses nothing
 * else: its line says why and the harvest goes on.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeReportBytes } from '../../src/lib/extract/decode-bytes.ts';
import { extractReport } from '../../src/lib/extract/extract-report.ts';
import { parseFrontMatter } from '../../src/lib/extract/front-matter.ts';
import type { RegionRow } from '../../src/lib/contract/rows.ts';
import { documentKind, documentText, type Converters } from './document-text.ts';
import { pageLinks } from './page-links.ts';
import type { Fetched, PoliteFetcher } from './polite-fetcher.ts';
import { reportFile } from './report-file.ts';

export interface HarvestOptions {
	out: string;
	fetcher: PoliteFetcher;
	regions: readonly RegionRow[];
	converters: Converters;
	/** Column pages read per column, the first included. */
	maxPages: number;
	/** Fetch column pages again (new reports appear there); report documents always come from the cache. */
	refresh: boolean;
	log?: (line: string) => void;
}

export interface HarvestLine {
	url: string;
	status: 'written' | 'unchanged' | 'failed';
	file?: string;
	region?: string;
	unit?: string;
	year?: number | null;
	facts?: number;
	failedChecks?: number;
	warnings?: number;
	/** Cells the engine would not guess (warnings of undecided readings). */
	undecidedCells?: number;
	/** What the harvest itself could not decide (region, year, unit scope). */
	undecided: string[];
	error?: string;
}

const UNDECIDED_CELL = /ambiguous|undecided|several readings|not decided/i;

export async function harvest(urls: readonly string[], o: HarvestOptions): Promise<HarvestLine[]> {
	mkdirSync(o.out, { recursive: true });
	const lines: HarvestLine[] = [];
	const done = new Set<string>();
	const log = o.log ?? (() => {});

	const fail = (url: string, error: unknown) => {
		const message = (error as Error).message;
		log(`failed  ${url}: ${message}`);
		lines.push({ url, status: 'failed', undecided: [], error: message });
	};

	const asReport = async (doc: Fetched, title: string): Promise<boolean> => {
		const kind = documentKind(doc.body, doc.contentType, doc.finalUrl);
		const { text } = await documentText(doc.body, kind, title, o.converters);
		const file = reportFile(
			text,
			title,
			{ url: doc.url, retrievedAt: doc.fetchedAt, sha256: doc.sha256, kind },
			o.regions
		);
		const stem = file.name.replace(/\.txt$/, '');
		const result = extractReport(file.text, stem);
		if (kind === 'html' && result.facts.length === 0) return false;
		const written = writeReport(o.out, file.name, file.text, doc.sha256);
		lines.push({
			url: doc.url,
			status: written.changed ? 'written' : 'unchanged',
			file: written.name,
			region: file.region?.name_zh ?? '',
			unit: file.unit,
			year: file.year,
			facts: result.facts.length,
			failedChecks: result.checks.filter((c) => c.status === 'fail').length,
			warnings: result.warnings.length,
			undecidedCells: result.warnings.filter((w) => UNDECIDED_CELL.test(`${w.code} ${w.message}`))
				.length,
			undecided: file.undecided
		});
		log(`${written.changed ? 'written' : 'same   '} ${written.name}  ← ${doc.url}`);
		return true;
	};

	const holdsStatistics = async (doc: Fetched, title: string) => {
		try {
			const { text } = await documentText(doc.body, 'html', title, o.converters);
			return extractReport(text, 'probe').facts.length > 0;
		} catch {
			return false;
		}
	};

	/** A report document: a file, or a page with the report's text or attachment. */
	const report = async (url: string) => {
		if (done.has(url)) return;
		done.add(url);
		try {
			const doc = await o.fetcher.get(url);
			const kind = documentKind(doc.body, doc.contentType, doc.finalUrl);
			if (kind !== 'html') {
				await asReport(doc, '');
				return;
			}
			const html = decodeReportBytes(doc.body);
			const links = html.ok ? pageLinks(html.text, doc.finalUrl) : null;
			if (await asReport(doc, links?.title ?? '')) return;
			const attachments = links?.files ?? [];
			if (!attachments.length)
				throw new Error('the page holds no report statistics and no attachment');
			for (const a of attachments) {
				if (done.has(a.url)) continue;
				done.add(a.url);
				try {
					const file = await o.fetcher.get(a.url);
					await asReport(file, links?.title ?? a.text);
				} catch (error) {
					fail(a.url, error);
				}
			}
		} catch (error) {
			fail(url, error);
		}
	};

	for (const entry of urls) {
		let doc: Fetched;
		try {
			doc = await o.fetcher.get(entry, { fresh: o.refresh });
		} catch (error) {
			fail(entry, error);
			continue;
		}
		const kind = documentKind(doc.body, doc.contentType, doc.finalUrl);
		const html = kind === 'html' ? decodeReportBytes(doc.body) : null;
		const links = html?.ok ? pageLinks(html.text, doc.finalUrl) : null;
		// A column page lists reports and holds no statistics itself; a report page may list other
		// years' reports in its sidebar, but its own numbers make it a report.
		if (!links || !links.reports.length || (await holdsStatistics(doc, links.title))) {
			await report(entry);
			continue;
		}
		done.add(entry);
		log(`column  ${entry}: ${links.reports.length} reports on its first page`);
		const pagesSeen = new Set([entry, doc.finalUrl]);
		const pages = [...links.pages];
		const reports = [...links.reports];
		while (pages.length && pagesSeen.size < o.maxPages + 1) {
			const next = pages.shift()!;
			if (pagesSeen.has(next)) continue;
			pagesSeen.add(next);
			try {
				const page = await o.fetcher.get(next, { fresh: o.refresh });
				const text = decodeReportBytes(page.body);
				if (!text.ok) throw new Error(text.message);
				const more = pageLinks(text.text, page.finalUrl);
				reports.push(...more.reports);
				pages.push(...more.pages.filter((p) => !pagesSeen.has(p)));
			} catch (error) {
				fail(next, error);
			}
		}
		for (const r of reports) await report(r.url);
	}
	writeSummary(o.out, lines);
	return lines;
}

/**
 * Writes `name` in `out` unless a file of that name already holds the same original (same sha256):
 * then nothing changes. A different report under the same name gets a suffix, never overwrites.
 */
function writeReport(out: string, name: string, text: string, sha256: string) {
	for (let n = 1; ; n++) {
		const candidate = n === 1 ? name : name.replace(/\.txt$/, `-${n}.txt`);
		const path = join(out, candidate);
		if (existsSync(path)) {
			const { fields } = parseFrontMatter(readFileSync(path, 'utf8'));
			if (fields.sha256 === sha256) return { name: candidate, changed: false };
			continue;
		}
		const tmp = `${path}.tmp`;
		writeFileSync(tmp, text);
		renameSync(tmp, path);
		return { name: candidate, changed: true };
	}
}

const SUMMARY_COLUMNS = [
	'status',
	'file',
	'region',
	'unit',
	'year',
	'facts',
	'failed_checks',
	'warnings',
	'undecided_cells',
	'undecided',
	'url',
	'error'
] as const;

export function summaryRows(lines: readonly HarvestLine[]): string[][] {
	return lines.map((l) => [
		l.status,
		l.file ?? '',
		l.region ?? '',
		l.unit ?? '',
		l.year == null ? '' : String(l.year),
		l.facts == null ? '' : String(l.facts),
		l.failedChecks == null ? '' : String(l.failedChecks),
		l.warnings == null ? '' : String(l.warnings),
		l.undecidedCells == null ? '' : String(l.undecidedCells),
		l.undecided.join('; '),
		l.url,
		l.error ?? ''
	]);
}

function writeSummary(out: string, lines: readonly HarvestLine[]) {
	const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
	const tsv = [
		SUMMARY_COLUMNS.join('\t'),
		...summaryRows(lines).map((r) => r.map(clean).join('\t'))
	];
	writeFileSync(join(out, 'harvest-summary.tsv'), tsv.join('\n') + '\n');
}
