/**
 * Writes a SYNTHETIC dataset for the scale benchmark: facts with the real metric ids in the real
 * reports' shape (regions × units × years × metrics × applicant columns), plausible sizes, and a
 * seeded hash instead of a random generator, so the same seed and size give the same rows.
 * Everything is labelled synthetic: the folder, `dataset.json`, region and unit names, report titles
 * and sources. Written with @duckdb/node-api: regions, reports, facts (one file sorted by region, in
 * small row groups for range reads), the explorer's cube (`harmonized`, computed with the engine's
 * own SQL), empty checks/warnings, the metric dictionary, and, when partitioned, the facts again as
 * one Parquet file per province and year with a manifest.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { APPLICANTS } from '../../src/lib/contract/metrics.ts';
import { METRIC_DICTIONARY as METRIC_DEFS } from '../../src/lib/contract/metric-definitions.ts';
import { castColumns } from '../../src/lib/contract/schema-sql.ts';
import { SYNTHETIC_FACTS } from '../../src/lib/contract/synthetic-schema.ts';
import {
	CHECKS,
	METRICS_SCHEMA,
	REGIONS,
	REPORTS,
	WARNINGS
} from '../../src/lib/contract/table-schemas.ts';
import { harmonizedSelect } from '../../src/lib/sql/harmonized.ts';
import type { DatasetManifest, FactPartition } from '../../src/lib/dataset/manifest-shape.ts';
import {
	APPLICANT_SHARE,
	FIRST_YEAR,
	LAST_YEAR,
	MAX_REGIONS,
	PROVINCE_CODES,
	UNITS,
	formatOf,
	metricsOf,
	regionsFor,
	type Format
} from './synthetic-shape.ts';
import { writeFactPartitions } from './write-partitions.ts';

export interface SyntheticOptions {
	facts: number;
	seed: number;
	outDir: string;
	/** also write the facts as one file per province and year (the 10m layout) */
	partitioned: boolean;
	/** rows per Parquet row group of facts.parquet (small groups let a reader skip regions) */
	rowGroupSize?: number;
}

export type { DatasetManifest } from '../../src/lib/dataset/manifest-shape.ts';

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

export async function generateSynthetic(options: SyntheticOptions): Promise<DatasetManifest> {
	const { facts, seed, outDir, partitioned } = options;
	const nRegions = regionsFor(facts);
	if (nRegions > MAX_REGIONS)
		throw new Error(`--facts ${facts} needs ${nRegions} regions; at most ${MAX_REGIONS} fit`);
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	const instance = await DuckDBInstance.create(':memory:', {
		threads: '1',
		autoinstall_known_extensions: 'false',
		autoload_known_extensions: 'false'
	});
	const db = await instance.connect();
	const run = (sql: string) => db.run(sql);

	// A uniform number in [0, 1) from the seed and a key: deterministic, no random state.
	const u = (key: string) => `((hash(${seed}::BIGINT, ${key}) % 1000003)::DOUBLE / 1000003)`;

	await run(
		`CREATE TABLE provinces AS SELECT * FROM (VALUES ${PROVINCE_CODES.map((c, i) => `(${i}, '${c}')`).join(', ')}) t(p, code)`
	);
	// Region k: province k % 31; the first of each province is the province itself, then cities.
	await run(`CREATE TABLE regions AS
		SELECT code || CASE WHEN j = 0 THEN '0000' ELSE lpad(j::VARCHAR, 2, '0') || '00' END AS region_id,
			CASE WHEN j = 0 THEN '合成省' || code ELSE '合成市' || code || lpad(j::VARCHAR, 2, '0') END AS name_zh,
			CASE WHEN j = 0 THEN 'Synthetic province ' || code ELSE 'Synthetic city ' || code || lpad(j::VARCHAR, 2, '0') END AS name_en,
			CASE WHEN j = 0 THEN 'province' ELSE 'city' END AS level,
			'合成省' || code AS province,
			CASE WHEN j = 0 THEN NULL ELSE code || '0000' END AS parent_id,
			code AS province_code,
			-- requests of the whole-region report in ${FIRST_YEAR}: log-normal around a level's typical size
			(CASE WHEN j = 0 THEN 1500 ELSE 300 END) * exp(1.2 * (${u('k')} - 0.5) * 2) AS base
		FROM (SELECT range AS k, range % ${PROVINCE_CODES.length} AS p, range // ${PROVINCE_CODES.length} AS j FROM range(${nRegions}))
		JOIN provinces USING (p)`);
	await run(
		`CREATE TABLE units AS SELECT * FROM (VALUES ${UNITS.map((x, i) => `(${i}, '${x.key}', '${x.suffix}', '${x.scope}', ${i === 0 ? 1 : 0.3})`).join(', ')}) t(ui, ukey, suffix, scope, factor)`
	);
	const years: { year: number; format: Format }[] = [];
	for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) years.push({ year: y, format: formatOf(y) });
	await run(
		`CREATE TABLE years AS SELECT * FROM (VALUES ${years.map((y) => `(${y.year}, '${y.format}')`).join(', ')}) t(year, format)`
	);
	await run(`CREATE TABLE reports AS
		SELECT r.region_id || '-' || ukey || '-' || year AS report_id, r.region_id,
			r.name_zh AS region, r.name_zh || suffix || '（合成）' AS unit, scope AS unit_scope, year, format,
			'合成数据 SYNTHETIC: ' || r.name_zh || suffix || year || '年政府信息公开工作年度报告' AS title,
			'synthetic' AS source, 0 AS text_chars, r.province_code,
			r.base * factor * (1 + 0.08 * (year - ${FIRST_YEAR})) * (0.75 + 0.5 * ${u('r.region_id || ukey || year::VARCHAR')}) AS requests
		FROM regions r CROSS JOIN units CROSS JOIN years`);
	const metricRows = (Object.keys({ pre2019: 0, post2019_2019: 0, post2019_2021: 0 }) as Format[])
		.flatMap((f) =>
			metricsOf(f).map((m, i) => `('${f}', '${m.metric}', ${m.perApplicant}, ${m.weight}, ${i})`)
		)
		.join(', ');
	await run(
		`CREATE TABLE shape AS SELECT * FROM (VALUES ${metricRows}) t(format, metric, per_applicant, weight, mi)`
	);
	await run(
		`CREATE TABLE applicants AS SELECT * FROM (VALUES ${APPLICANTS.map((a, i) => `('${a}', ${APPLICANT_SHARE[a]}, ${i})`).join(', ')}) t(applicant, share, ai)`
	);
	await run(`CREATE TABLE all_facts AS
		SELECT report_id, r.region_id, r.year, s.metric, a.applicant,
			round(r.requests * s.weight * a.share * (0.5 + ${u('report_id || s.metric || a.applicant')})) AS value,
			r.province_code, s.mi, a.ai
		FROM reports r JOIN shape s USING (format)
		JOIN applicants a ON s.per_applicant OR a.applicant = 'total'`);
	await run(`CREATE TABLE facts AS
		SELECT report_id, region_id, year, metric, applicant, value,
			printf('%d', value::BIGINT) AS raw,
			${u("report_id || metric || applicant || 'approx'")} < 0.02 AS approx,
			(mi * 8 + ai)::INTEGER * 12 AS span_start, ((mi * 8 + ai) * 12 + length(printf('%d', value::BIGINT)))::INTEGER AS span_end,
			'table' AS method, province_code
		FROM all_facts ORDER BY region_id, report_id, mi, ai LIMIT ${facts}`);
	await run('DROP TABLE all_facts');
	// Only reports that kept a fact after the cut, with their fact counts.
	await run(`CREATE OR REPLACE TABLE reports AS
		SELECT r.report_id, r.region_id, r.region, r.unit, r.unit_scope, r.year::INTEGER AS year, r.format, r.title, r.source,
			r.text_chars::INTEGER AS text_chars, n.n::INTEGER AS n_facts, 0 AS n_checks_failed, 0 AS n_warnings, false AS imported, 12 AS period_months
		FROM reports r JOIN (SELECT report_id, count(*) AS n FROM facts GROUP BY report_id) n USING (report_id)`);
	await run(`CREATE OR REPLACE TABLE regions AS
		SELECT region_id, name_zh, name_en, level, province, parent_id,
			lower(replace(name_en, ' ', '')) AS pinyin, '' AS initials, '' AS aliases, '' AS former_ids
		FROM regions WHERE region_id IN (SELECT region_id FROM reports)`);

	const out = (name: string) => q(join(outDir, name));
	const rowGroup = options.rowGroupSize ?? 16384;
	// Every synthetic region has reports: the explorer's report_regions is the same table.
	for (const file of ['regions.parquet', 'report_regions.parquet'])
		await run(
			`COPY (SELECT ${castColumns(REGIONS)} FROM regions ORDER BY region_id) TO ${out(file)} (FORMAT parquet, COMPRESSION snappy)`
		);
	await run(
		`COPY (SELECT ${castColumns(REPORTS)} FROM reports ORDER BY report_id) TO ${out('reports.parquet')} (FORMAT parquet, COMPRESSION snappy)`
	);
	await run(
		`COPY (SELECT ${castColumns(SYNTHETIC_FACTS)}
			FROM facts ORDER BY region_id, report_id, metric, applicant)
			TO ${out('facts.parquet')} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE ${rowGroup})`
	);
	await run(
		`COPY (SELECT * FROM (${harmonizedSelect('facts', 'reports')}) ORDER BY region_id, report_id, applicant) TO ${out('harmonized.parquet')} (FORMAT parquet, COMPRESSION snappy)`
	);
	await run(
		`COPY (SELECT ${castColumns(CHECKS)} FROM (SELECT NULL AS report_id, NULL AS "check", NULL AS applicant, NULL AS status, NULL AS expected, NULL AS actual, NULL AS detail, NULL AS imported) WHERE false) TO ${out('checks.parquet')} (FORMAT parquet)`
	);
	await run(
		`COPY (SELECT ${castColumns(WARNINGS)} FROM (SELECT NULL AS report_id, NULL AS code, NULL AS message, NULL AS span_start, NULL AS span_end) WHERE false) TO ${out('warnings.parquet')} (FORMAT parquet)`
	);
	await run(
		`CREATE TABLE metrics AS SELECT * FROM (VALUES ${METRIC_DEFS.map((m) => `(${[m.metric, m.group, m.label_zh, m.label_en, m.unit, m.era, m.definition].map(q).join(', ')})`).join(', ')}) t(metric, "group", label_zh, label_en, unit, era, definition)`
	);
	await run(
		`COPY (SELECT ${castColumns(METRICS_SCHEMA)} FROM metrics ORDER BY metric) TO ${out('metrics.parquet')} (FORMAT parquet, COMPRESSION snappy)`
	);

	const partitions: FactPartition[] = [];
	if (partitioned) partitions.push(...(await writeFactPartitions(db, 'facts', outDir)));
	const count = async (sql: string) => Number((await db.runAndReadAll(sql)).getRowObjects()[0]!.n);
	const manifest: DatasetManifest = {
		synthetic: true,
		label: 'SYNTHETIC DATA — generated, not from any government report',
		seed,
		facts: await count('SELECT count(*) AS n FROM facts'),
		regions: await count('SELECT count(*) AS n FROM regions'),
		reports: await count('SELECT count(*) AS n FROM reports'),
		layout: partitioned ? 'partitioned' : 'single',
		partition_keys: ['province_code', 'year'],
		partitions,
		generated_by: 'npm run data:synthetic (scripts/synthetic/generate-synthetic.ts)'
	};
	writeFileSync(join(outDir, 'dataset.json'), JSON.stringify(manifest, null, '\t') + '\n');
	db.closeSync();
	instance.closeSync();
	return manifest;
}
