/**
 * The ingest CLI.
 *   npm run --silent ingest -- --json <file>   one JSON object {report, facts, checks, warnings}
 *   npm run ingest -- <file-or-folder>         a short summary, one line per report
 *   npm run ingest -- --accuracy               the engine against the hand-read values: per real
 *                                              report and per rendering (scripts/data/accuracy.ts)
 * A report file is text (.txt, .md, .html), a PDF (its text layer) or a Word file (.docx).
 * Any readable file exits 0 (failed checks are data). An unreadable one exits 1 with one line on stderr.
 */
import { existsSync } from 'node:fs';
import { accuracyReport } from './data/accuracy.ts';
import { readReportFile, reportFiles } from './data/read-reports.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const paths = args.filter((a) => !a.startsWith('--'));

if (args.includes('--accuracy')) {
	console.log(accuracyReport());
	process.exit(0);
}

if (!paths.length) {
	console.error('usage: npm run --silent ingest -- [--json] <report file or folder> | --accuracy');
	process.exit(2);
}

function fail(message: string): never {
	console.error(`ingest: ${message}`);
	process.exit(1);
}

const files: string[] = [];
for (const p of paths) {
	if (!existsSync(p)) fail(`${p}: no such file or folder`);
	files.push(...reportFiles(p, { documents: true }));
}

if (json) {
	if (files.length !== 1) fail(`--json takes one report file (got ${files.length})`);
	try {
		const { report, facts, checks, warnings } = await readReportFile(files[0]!);
		process.stdout.write(JSON.stringify({ report, facts, checks, warnings }) + '\n');
	} catch (error) {
		fail((error as Error).message);
	}
} else {
	const rows: string[][] = [['report', 'year', 'format', 'facts', 'checks failed', 'warnings']];
	let unreadable = 0;
	for (const file of files) {
		try {
			const r = await readReportFile(file);
			rows.push([
				r.report.report_id,
				String(r.report.year ?? '?'),
				r.report.format,
				String(r.facts.length),
				String(r.checks.filter((c) => c.status === 'fail').length),
				String(r.warnings.length)
			]);
		} catch (error) {
			unreadable++;
			console.error(`ingest: ${(error as Error).message}`);
		}
	}
	const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
	for (const r of rows)
		console.log(
			r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
		);
	if (unreadable && unreadable === files.length) process.exit(1);
}
