/**
 * The data build (`npm run data`): every report in data/reports → facts, checks, warnings →
 * Parquet files in static/data, plus the normalized report texts for the source viewer.
 * A report that cannot be read stops only that report; the build says so and goes on.
 *
 * It streams: reports are extracted in a pool of worker threads (one per core, extract-pool.ts),
 * and their rows are appended, in file order, to one NDJSON file per table; DuckDB then sorts and
 * writes each table. No step holds all reports or all facts (only the facts the cross-year checks
 * and readings compare). The few reports the main thread must change — filed under a former
 * region code, or with 表二 rows an adjacent year may decide (cross-year-readings.ts) — are held
 * back, extracted again whole, changed, and appended last. Same input, same bytes, whatever the
 * number of workers.
 *   --reports DIR  --out DIR  --regions FILE  --successors FILE  --workers N
 *   --partitioned  the SYNTHETIC dataset layout (facts by region in small row groups, the facts
 *                  again per province and year, dataset.json; no atlas.duckdb) for a synthetic
 *                  corpus (npm run data:corpus), read by the site with ?dataset=
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { METRIC_DICTIONARY as METRIC_DEFS } from '../src/lib/contract/metric-definitions.ts';
import { castColumns } from '../src/lib/contract/schema-sql.ts';
import { SYNTHETIC_FACTS } from '../src/lib/contract/synthetic-schema.ts';
import * as S from '../src/lib/contract/table-schemas.ts';
import type { DatasetManifest } from '../src/lib/dataset/manifest-shape.ts';
import { BASE_TABLES } from '../src/lib/engine/base-db.ts';
import { crossYearChecks } from '../src/lib/extract/cross-year-checks.ts';
import { crossYearReadings } from '../src/lib/extract/cross-year-readings.ts';
import type { ExtractResult } from '../src/lib/extract/types.ts';
import { harmonizedSelect } from '../src/lib/sql/harmonized.ts';
import { extractInOrder, extractPoolSize } from './data/extract-pool.ts';
import { readReport, reportFiles, type ReportFailure } from './data/read-reports.ts';
import { readRegionDictionaryWithHistory, successorOf } from './data/region-dictionary.ts';
import { fileRegionsUnderCurrentCodes, regionsOfReports } from './data/report-regions.ts';
import { reportRows, type ReportRows } from './data/report-rows.ts';
import { writeBaseDb } from './data/write-base-db.ts';
import {
	RowSpool,
	ndjsonLine,
	openDuckDB,
	spoolSource,
	writeParquet,
	writeParquetFrom
} from './data/write-parquet.ts';
import { writeDownloads } from './data/write-downloads.ts';

/** The tables offered for download, each as Parquet and CSV. */
const DOWNLOAD_TABLES = [
	'reports',
	'facts',
	'checks',
	'warnings',
	'regions',
	'metrics',
	'harmonized'
];
import { writeFactPartitions } from './synthetic/write-partitions.ts';

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
const workersArg = args.indexOf('--workers');
const workers = workersArg >= 0 ? Number(args[workersArg + 1]) : undefined;
if (workers !== undefined && !(Number.isInteger(workers) && workers > 0)) {
	console.error('data: --workers takes a whole number of threads (1 or more)');
	process.exit(2);
}
const partitioned = args.includes('--partitioned');
const scratch = join(root, '.cache', `build-${process.pid}`);
const sql = (s: string) => `'${s.replace(/'/g, "''")}'`;
// The spooled rows go whatever happens (a failed build leaves no gigabytes behind).
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

// Former codes: derived from the older division lists, data/region-successors.csv winning.
const { regions, successors, unmapped } = readRegionDictionaryWithHistory(
	regionsCsv,
	successorsCsv
);

// 1. Reports → rows, extracted on every core, appended in file order.
rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, 'texts'), { recursive: true });
const spool = {
	reports: new RowSpool(scratch, 'reports'),
	facts: new RowSpool(scratch, 'facts'),
	checks: new RowSpool(scratch, 'checks'),
	warnings: new RowSpool(scratch, 'warnings')
};
const started = performance.now();
const carried: ExtractResult[] = [];
const failures: ReportFailure[] = [];
const held = new Map<number, string>();
const files = reportFiles(reportsDir);
const poolSize = extractPoolSize(files.length, workers);
const append = (r: ReportRows) => {
	spool.reports.append(r.report, 1);
	spool.facts.append(r.facts, r.nFacts);
	spool.checks.append(r.checks, r.nChecks);
	spool.warnings.append(r.warnings, r.nWarnings);
};
await extractInOrder(files, { textsDir: join(outDir, 'texts'), workers }, (result) => {
	if (!result.ok) return void failures.push({ file: result.file, message: result.message });
	const r = result.rows;
	const meta = r.carried.report;
	if (r.carried.undecided || successorOf(successors, meta.region_id) !== meta.region_id)
		held.set(carried.length, result.file);
	else append(r);
	carried.push({ ...r.carried, text: '', checks: [], warnings: [] } as unknown as ExtractResult);
});
// The held-back reports, whole: extracted again here (they are few), so the main thread can change them.
for (const [i, file] of held) carried[i] = readReport(file);
// A report filed under a former code counts under its successor; a code the dictionary does not
// know is named (its report is still built).
const regionNotes = fileRegionsUnderCurrentCodes(carried, regions, successors);
// Cells a report leaves undecided that its neighbour year decides: read as such (method cross_year).
crossYearReadings(carried);
for (const i of held.keys()) append(reportRows(carried[i]!));
const crossYear = crossYearChecks(carried);
spool.checks.append(
	crossYear.map((c) => ndjsonLine({ ...c, imported: false }, S.CHECKS)).join(''),
	crossYear.length
);
for (const s of Object.values(spool)) s.close();
const extracted = performance.now();

// 2. Rows → Parquet.
const db = await openDuckDB(
	partitioned
		? { threads: '2', memory_limit: '512MB', temp_directory: join(scratch, 'duckdb') }
		: {}
);
const source = (name: keyof typeof spool, schema: S.TableSchema) =>
	spoolSource(spool[name], schema);
const out = (name: string) => join(outDir, `${name}.parquet`);
const parquet = (name: string) => `read_parquet(${sql(out(name))})`;

// A report's failed checks, its own and across years, counted once every check is known.
await writeParquetFrom(
	db,
	`(SELECT r.* REPLACE (coalesce(f.n, 0)::INTEGER AS n_checks_failed) FROM ${source('reports', S.REPORTS)} r
	LEFT JOIN (SELECT report_id, count(*) AS n FROM ${source('checks', S.CHECKS)} WHERE status = 'fail' GROUP BY report_id) f
	USING (report_id))`,
	S.REPORTS,
	['report_id'],
	out('reports')
);
if (partitioned)
	// SYNTHETIC layout: sorted by region in small row groups, so the explorer reads only its regions.
	await db.run(
		`COPY (SELECT ${castColumns(SYNTHETIC_FACTS)} FROM (SELECT *, left(region_id, 2) AS province_code FROM ${source('facts', S.FACTS)})
		ORDER BY region_id, report_id, metric, applicant, span_start) TO ${sql(out('facts'))} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 16384)`
	);
else
	await writeParquetFrom(
		db,
		source('facts', S.FACTS),
		S.FACTS,
		['report_id', 'span_start', 'metric', 'applicant', 'method'],
		out('facts')
	);
await writeParquetFrom(
	db,
	source('checks', S.CHECKS),
	S.CHECKS,
	['report_id', '"check"', 'applicant', 'status'],
	out('checks')
);
await writeParquetFrom(
	db,
	source('warnings', S.WARNINGS),
	S.WARNINGS,
	['report_id', 'span_start NULLS FIRST', 'code', 'message'],
	out('warnings')
);
// The region dictionary, and the few regions our reports are filed under with their provinces
// and prefectures: what the explorer's first chart needs (the whole dictionary is ~114 KB; the
// explorer's budget is 150 KB).
const rowsOf = (rows: readonly object[]) => rows as Record<string, unknown>[];
await writeParquet(db, rowsOf(regions), S.REGIONS, ['region_id'], out('regions'), scratch);
await writeParquet(
	db,
	rowsOf(regionsOfReports(regions, carried)),
	S.REGIONS,
	['region_id'],
	out('report_regions'),
	scratch
);
await writeParquet(
	db,
	METRIC_DEFS.map((m) => ({ ...m })),
	S.METRICS_SCHEMA,
	['metric'],
	out('metrics'),
	scratch
);
// The harmonized metrics, materialized with the same SQL the engine uses, so the explorer can draw
// any view before the engine is ready.
await db.run(
	`COPY (SELECT * FROM (${harmonizedSelect(parquet('facts'), parquet('reports'))}) ORDER BY ${partitioned ? 'region_id, ' : ''}report_id, applicant) TO ${sql(out('harmonized'))} (FORMAT parquet, COMPRESSION snappy)`
);
if (partitioned) {
	// The facts again, one file per province and year, and the manifest the site reads.
	const partitions = await writeFactPartitions(db, parquet('facts'), outDir);
	const manifest: DatasetManifest = {
		synthetic: true,
		label: 'SYNTHETIC DATA — report texts generated and extracted, not from any government report',
		seed: JSON.parse(readCorpusJson(reportsDir) ?? '{"seed":0}').seed,
		facts: spool.facts.rows,
		regions: Number(
			(
				await db.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${parquet('regions')}`)
			).getRowObjects()[0]!.n
		),
		reports: spool.reports.rows,
		layout: 'partitioned',
		partition_keys: ['province_code', 'year'],
		partitions,
		generated_by: 'npm run data -- --partitioned (scripts/build-data.ts) over npm run data:corpus'
	};
	writeFileSync(join(outDir, 'dataset.json'), JSON.stringify(manifest, null, '\t') + '\n');
} else {
	// The same tables for the browser engine, in a database file it attaches read-only.
	await writeBaseDb(db, outDir, BASE_TABLES);
	// The whole dataset as CSV too, with its version (the site's footer and downloads show it).
	await writeDownloads(db, outDir, DOWNLOAD_TABLES, root);
}
rmSync(scratch, { recursive: true, force: true });

function readCorpusJson(dir: string): string | null {
	try {
		return readFileSync(join(dir, 'corpus.json'), 'utf8');
	} catch {
		return null;
	}
}

const failed = carried.length
	? Number(
			(
				await db.runAndReadAll(
					`SELECT count(*)::INTEGER AS n FROM ${parquet('checks')} WHERE status = 'fail'`
				)
			).getRowObjects()[0]!.n
		)
	: 0;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(
	`data: ${spool.reports.rows} reports, ${spool.facts.rows} facts, ${spool.checks.rows} checks (${failed} failed) → ${outDir.replace(root + '/', '')}`
);
console.log(
	`data: extraction ${seconds(extracted - started)} (${poolSize} worker threads), tables ${seconds(performance.now() - extracted)}`
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
if (!spool.reports.rows) process.exit(1);
