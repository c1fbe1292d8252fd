/** The synthetic-scale generator at a tiny size: seeded determinism, real metric ids, the reports' shape. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICANTS, METRICS } from '../../src/lib/contract/metrics';
import { SYNTHETIC_FACTS } from '../../src/lib/contract/synthetic-schema';
import * as CONTRACT from '../../src/lib/contract/table-schemas';
import {
	generateSynthetic,
	type DatasetManifest
} from '../../scripts/synthetic/generate-synthetic';

const dir = mkdtempSync(join(tmpdir(), 'ogi-synthetic-'));
const FACTS = 6000;
let a: DatasetManifest;
let b: DatasetManifest;

async function rows(file: string, sql: string): Promise<Record<string, unknown>[]> {
	const instance = await DuckDBInstance.create(':memory:');
	const db = await instance.connect();
	const result = await db.runAndReadAll(sql.replaceAll('$file', `'${file}'`));
	const out = result.getRowObjectsJS() as Record<string, unknown>[];
	db.closeSync();
	instance.closeSync();
	return out;
}

beforeAll(async () => {
	a = await generateSynthetic({ facts: FACTS, seed: 1, outDir: join(dir, 'a'), partitioned: true });
	b = await generateSynthetic({
		facts: FACTS,
		seed: 1,
		outDir: join(dir, 'b'),
		partitioned: false
	});
	await generateSynthetic({ facts: FACTS, seed: 2, outDir: join(dir, 'c'), partitioned: false });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generateSynthetic', () => {
	it('writes exactly the facts asked for, labelled synthetic', async () => {
		expect(a.facts).toBe(FACTS);
		expect(a.synthetic).toBe(true);
		const manifest = JSON.parse(readFileSync(join(dir, 'a', 'dataset.json'), 'utf8'));
		expect(manifest.label).toMatch(/SYNTHETIC/);
		const n = await rows(
			join(dir, 'a', 'facts.parquet'),
			'SELECT count(*)::INTEGER AS n FROM $file'
		);
		expect(n[0]!.n).toBe(FACTS);
		const titles = await rows(
			join(dir, 'a', 'reports.parquet'),
			`SELECT count(*)::INTEGER AS n FROM $file WHERE title NOT LIKE '合成数据 SYNTHETIC%' OR source <> 'synthetic'`
		);
		expect(titles[0]!.n).toBe(0);
	});

	it('writes every table in the columns and types of the one shared schema', async () => {
		const schemas: Record<string, CONTRACT.TableSchema> = {
			reports: CONTRACT.REPORTS,
			facts: SYNTHETIC_FACTS,
			checks: CONTRACT.CHECKS,
			warnings: CONTRACT.WARNINGS,
			regions: CONTRACT.REGIONS,
			metrics: CONTRACT.METRICS_SCHEMA,
			harmonized: CONTRACT.HARMONIZED
		};
		const partition = a.partitions[0]!.path;
		for (const [table, file] of [
			...Object.keys(schemas).map((t) => [t, join(dir, 'a', `${t}.parquet`)]),
			['facts', join(dir, 'a', partition)]
		] as [string, string][]) {
			const described = await rows(
				file,
				'DESCRIBE SELECT * FROM read_parquet($file, hive_partitioning = false)'
			);
			expect(
				described.map((r) => [r.column_name, r.column_type]),
				file
			).toEqual(Object.entries(schemas[table]!));
		}
	});

	it('gives the same bytes for the same seed and other values for another seed', () => {
		const file = (x: string) => readFileSync(join(dir, x, 'facts.parquet'));
		expect(file('a').equals(file('b'))).toBe(true);
		expect(file('a').equals(file('c'))).toBe(false);
		expect(b.facts).toBe(a.facts);
	});

	it('uses only real metric ids and applicant columns', async () => {
		const metrics = await rows(
			join(dir, 'a', 'facts.parquet'),
			'SELECT DISTINCT metric FROM $file'
		);
		const known = new Set(METRICS.map((m) => m.metric));
		expect(metrics.length).toBeGreaterThan(40);
		for (const m of metrics) expect(known.has(m.metric as string)).toBe(true);
		const applicants = await rows(
			join(dir, 'a', 'facts.parquet'),
			'SELECT DISTINCT applicant FROM $file ORDER BY 1'
		);
		expect(applicants.map((r) => r.applicant)).toEqual([...APPLICANTS].sort());
	});

	it('has the real reports’ shape: 表三 rows in seven applicant columns since 2019, totals before', async () => {
		const shape = await rows(
			join(dir, 'a', 'facts.parquet'),
			`SELECT year < 2019 AS pre, metric, count(DISTINCT applicant)::INTEGER AS columns
			 FROM $file WHERE metric IN ('requests_new', 'outcome_granted', 'requests_received', 'review_total')
			 GROUP BY ALL ORDER BY ALL`
		);
		const get = (pre: boolean, metric: string) =>
			shape.find((r) => r.pre === pre && r.metric === metric)?.columns;
		expect(get(false, 'requests_new')).toBe(7);
		expect(get(false, 'outcome_granted')).toBe(7);
		expect(get(false, 'review_total')).toBe(1);
		expect(get(true, 'requests_received')).toBe(1);
		expect(get(true, 'requests_new')).toBeUndefined();
		const plausible = await rows(
			join(dir, 'a', 'facts.parquet'),
			`SELECT count(*) FILTER (WHERE value < 0)::INTEGER AS negative,
				avg(value) FILTER (WHERE metric = 'outcome_granted' AND applicant = 'total') /
				avg(value) FILTER (WHERE metric = 'requests_new' AND applicant = 'total') AS grant_share
			 FROM $file`
		);
		expect(plausible[0]!.negative).toBe(0);
		expect(plausible[0]!.grant_share).toBeGreaterThan(0.2);
		expect(plausible[0]!.grant_share).toBeLessThan(0.6);
	});

	it('partitions the facts by province and year, and the manifest adds up', async () => {
		expect(a.layout).toBe('partitioned');
		expect(a.partitions.length).toBeGreaterThan(1);
		expect(a.partitions.reduce((s, p) => s + p.rows, 0)).toBe(FACTS);
		const p = a.partitions[0]!;
		const inside = await rows(
			join(dir, 'a', p.path),
			'SELECT DISTINCT province_code, year::INTEGER AS year, count(*) OVER ()::INTEGER AS n FROM read_parquet($file, hive_partitioning = false)'
		);
		expect(inside).toEqual([{ province_code: p.province_code, year: p.year, n: p.rows }]);
		expect(b.layout).toBe('single');
		expect(b.partitions).toEqual([]);
	});

	it('writes the explorer cube with the engine’s harmonized SQL', async () => {
		const h = await rows(
			join(dir, 'a', 'harmonized.parquet'),
			`SELECT count(*)::INTEGER AS n, count(h_requests)::INTEGER AS with_requests FROM $file`
		);
		expect(h[0]!.n).toBeGreaterThan(0);
		expect(h[0]!.with_requests).toBe(h[0]!.n);
	});
});
