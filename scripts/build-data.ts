/**
 * The data build (`npm run data`): every report in data/reports → facts, checks, warnings →
 * Parquet files in static/data, plus the normalized report texts for the source viewer.
 * A report that cannot be read stops only that report; the build says so and goes on.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { METRIC_DICTIONARY as METRIC_DEFS } from '../src/lib/contract/metric-definitions.ts';
import { crossYearChecks } from '../src/lib/extract/cross-year-checks.ts';
import { crossYearReadings } from '../src/lib/extract/cross-year-readings.ts';
import type { ExtractResult } from '../src/lib/extract/types.ts';
import { harmonizedSelect } from '../src/lib/sql/harmonized.ts';
import { readRegionDictionaryWithHistory } from './data/region-dictionary.ts';
import { fileRegionsUnderCurrentCodes, regionsOfReports } from './data/report-regions.ts';
import { readReport, reportFiles, type ReportFailure } from './data/read-reports.ts';
import * as S from '../src/lib/contract/table-schemas.ts';
import { openDuckDB, writeParquet } from './data/write-parquet.ts';
import { writeBaseDb } from './data/write-base-db.ts';
import { BASE_TABLES } from '../src/lib/engine/base-db.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
	const i = args.indexOf(name);
	return i >= 0 && args[i + 1] ? resolve(args[i + 1]!) : fallback;
};
const reportsDir = option('--reports', join(root, 'data', 'reports'));
const outDir = option('--out', join(root, 'static', 'data'));
const regionsCsv = option('--regions', join(root, 'data', 'regions.csv'));
const successorsCsv = option('--successors', join(root, 'data', 'region-successors.csv'));
const scratch = join(root, '.cache', 'build');

const results: ExtractResult[] = [];
const failures: ReportFailure[] = [];
for (const file of reportFiles(reportsDir)) {
	try {
		results.push(readReport(file));
	} catch (error) {
		failures.push({ file, message: (error as Error).message });
	}
}

// Former codes: derived from the older division lists, data/region-successors.csv winning.
const { regions, successors, unmapped } = readRegionDictionaryWithHistory(
	regionsCsv,
	successorsCsv
);
// A report filed under a former code counts under its successor; a code the dictionary does not
// know is named (its report is still built).
const regionNotes = fileRegionsUnderCurrentCodes(results, regions, successors);

// Cells a report leaves undecided that its neighbour year decides: read as such (method cross_year).
crossYearReadings(results);
const crossYear = crossYearChecks(results);
const checkRows = [
	...results.flatMap((r) => r.checks.map((c) => ({ report_id: r.report.report_id, ...c }))),
	...crossYear
];
const failedBy = new Map<string, number>();
for (const c of checkRows)
	if (c.status === 'fail') failedBy.set(c.report_id, (failedBy.get(c.report_id) ?? 0) + 1);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, 'texts'), { recursive: true });
for (const r of results) writeFileSync(join(outDir, 'texts', `${r.report.report_id}.txt`), r.text);

const db = await openDuckDB();
const write = (name: string, rows: readonly object[], schema: S.TableSchema, order: string[]) =>
	writeParquet(
		db,
		rows as Record<string, unknown>[],
		schema,
		order,
		join(outDir, `${name}.parquet`),
		scratch
	);

await write(
	'reports',
	results.map((r) => ({
		...r.report,
		text_chars: r.text.length,
		n_facts: r.facts.length,
		n_checks_failed: failedBy.get(r.report.report_id) ?? 0,
		n_warnings: r.warnings.length,
		imported: false
	})),
	S.REPORTS,
	['report_id']
);
await write(
	'facts',
	results.flatMap((r) =>
		r.facts.map((f) => ({
			report_id: r.report.report_id,
			region_id: r.report.region_id,
			year: r.report.year,
			...f,
			imported: false
		}))
	),
	S.FACTS,
	['report_id', 'span_start', 'metric', 'applicant', 'method']
);
await write(
	'checks',
	checkRows.map((c) => ({ ...c, imported: false })),
	S.CHECKS,
	['report_id', '"check"', 'applicant', 'status']
);
await write(
	'warnings',
	results.flatMap((r) => r.warnings.map((w) => ({ report_id: r.report.report_id, ...w }))),
	S.WARNINGS,
	['report_id', 'span_start NULLS FIRST', 'code', 'message']
);
await write('regions', regions, S.REGIONS, ['region_id']);
// The few regions our reports are filed under, with their provinces and prefectures: what the
// explorer's first chart needs (the whole dictionary is ~114 KB; the explorer's budget is 150 KB).
await write('report_regions', regionsOfReports(regions, results), S.REGIONS, ['region_id']);
await write(
	'metrics',
	METRIC_DEFS.map((m) => ({ ...m })),
	S.METRICS,
	['metric']
);
// The harmonized metrics, materialized with the same SQL the engine uses, so the explorer can draw
// any view before the engine is ready.
const parquet = (name: string) =>
	`read_parquet('${join(outDir, `${name}.parquet`).replace(/'/g, "''")}')`;
await db.run(
	`COPY (SELECT * FROM (${harmonizedSelect(parquet('facts'), parquet('reports'))}) ORDER BY report_id, applicant) TO '${join(outDir, 'harmonized.parquet').replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION snappy)`
);
// The same tables for the browser engine, in a database file it attaches read-only.
await writeBaseDb(db, outDir, BASE_TABLES);
rmSync(scratch, { recursive: true, force: true });

const facts = results.reduce((s, r) => s + r.facts.length, 0);
const failed = checkRows.filter((c) => c.status === 'fail').length;
console.log(
	`data: ${results.length} reports, ${facts} facts, ${checkRows.length} checks (${failed} failed) → ${outDir.replace(root + '/', '')}`
);
const formerIds = new Set(
	successors.filter((s) => s.former_id !== s.successor_id).map((s) => s.former_id)
);
console.log(
	`data: regions: ${regions.length} divisions, ${formerIds.size} former codes with a successor, ${unmapped.length} former codes of older lists left unmapped (no single successor of the same name; data/region-successors.csv can map them)`
);
for (const note of regionNotes) console.error(`data: ${note}`);
for (const f of failures) console.error(`data: skipped ${f.file}: ${f.message}`);
if (failures.length)
	console.error(`data: ${failures.length} report(s) could not be read; the others were built`);
if (!results.length) process.exit(1);
