/**
 * The data build: a report that cannot be read (binary, garbage, cut inside its front matter) stops
 * only that report, named with the reason; a report cut in its body is still built, with warnings
 * for the tables it lost; the summary says what was skipped, and the Parquet files hold the rest.
 */
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { resolve } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

const readParquet = async (file: string) => {
	const b = readFileSync(file);
	return (await parquetReadObjects({
		file: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)
	})) as Record<string, unknown>[];
};

/** Deterministic bytes that are no text encoding (a stand-in for a PDF or an image saved as .txt). */
function garbage(n: number): Buffer {
	const out = Buffer.alloc(n);
	let x = 12345;
	for (let i = 0; i < n; i++) {
		x = (x * 1103515245 + 12345) & 0x7fffffff;
		out[i] = x >> 16;
	}
	return out;
}

describe('npm run data', () => {
	it('builds the readable reports, names each unreadable one, and still succeeds', async () => {
		const dir = resolve(root, '.cache', 'test-build');
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(resolve(dir, 'reports'), { recursive: true });
		const reports = resolve(dir, 'reports');
		copyFileSync(
			resolve(root, 'data/reports/pingtan_2021.txt'),
			resolve(reports, 'pingtan_2021.txt')
		);
		copyFileSync(
			resolve(root, 'data/reports/shanghai-office_2025.txt'),
			resolve(reports, 'shanghai-office_2025.txt')
		);
		writeFileSync(resolve(reports, 'broken_2020.txt'), Buffer.from([0x00, 0xff, 0x10, 0x00]));
		writeFileSync(resolve(reports, 'garbage_2019.txt'), garbage(8192));
		const original = readFileSync(resolve(root, 'data/reports/pingtan_2020.txt'));
		// Cut inside the front matter: no region, no year.
		writeFileSync(resolve(reports, 'cutfront_2020.txt'), original.subarray(0, 60));
		// Cut in the middle of the body (and of a character): the report's first half survives.
		writeFileSync(
			resolve(reports, 'pingtan_2020.txt'),
			original.subarray(0, Math.floor(original.length / 2) + 1)
		);
		const r = spawnSync(
			'npx',
			['tsx', 'scripts/build-data.ts', '--reports', reports, '--out', resolve(dir, 'out')],
			{ cwd: root, encoding: 'utf8' }
		);
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('data: 3 reports');
		expect(r.stderr).toContain('broken_2020.txt: not a text file');
		expect(r.stderr).toMatch(/skipped .*garbage_2019\.txt: /);
		expect(r.stderr).toContain(
			'cutfront_2020.txt: the front matter is not closed (the file may be truncated)'
		);
		expect(r.stderr).toContain('3 report(s) could not be read; the others were built');
		expect(readdirSync(resolve(dir, 'out')).sort()).toEqual([
			'README.txt',
			'atlas.duckdb',
			'checks.parquet',
			'csv',
			'facts.parquet',
			'harmonized.parquet',
			'metrics.parquet',
			'regions.parquet',
			'report_regions.parquet',
			'reports.parquet',
			'texts',
			'version.json',
			'warnings.parquet'
		]);
		// The whole dataset as CSV too, one file per table, each a header row and a row per report.
		expect(readdirSync(resolve(dir, 'out/csv')).sort()).toEqual(
			['checks', 'facts', 'harmonized', 'metrics', 'regions', 'reports', 'warnings'].map(
				(t) => `${t}.csv`
			)
		);
		const reportsCsv = readFileSync(resolve(dir, 'out/csv/reports.csv'), 'utf8').trim().split('\n');
		expect(reportsCsv.length).toBe(1 + 3);
		const version = JSON.parse(readFileSync(resolve(dir, 'out/version.json'), 'utf8'));
		expect(version.version).toMatch(/^[0-9a-f]{12}$/);
		expect(readFileSync(resolve(dir, 'out/README.txt'), 'utf8')).toContain(version.version);
		expect(existsSync(resolve(dir, 'out/texts/pingtan_2021.txt'))).toBe(true);

		const built = await readParquet(resolve(dir, 'out/reports.parquet'));
		expect(built.map((x) => x.report_id)).toEqual([
			'pingtan_2020',
			'pingtan_2021',
			'shanghai-office_2025'
		]);
		// The truncated report keeps its identity and says what it lost.
		expect(built.find((x) => x.report_id === 'pingtan_2020')).toMatchObject({
			region_id: '350128',
			year: 2020
		});
		const warnings = await readParquet(resolve(dir, 'out/warnings.parquet'));
		expect(warnings.filter((w) => w.report_id === 'pingtan_2020').map((w) => w.code)).toContain(
			'no_table4'
		);
		// The whole reports are untouched by their neighbours: 平潭 2021 本年新收 70.
		const harmonized = await readParquet(resolve(dir, 'out/harmonized.parquet'));
		expect(
			harmonized.find((h) => h.report_id === 'pingtan_2021' && h.applicant === 'total')?.h_requests
		).toBe(70);
	});

	it('reads a 表二 row through the adjacent year, once, in the streaming build', async () => {
		// pingtan_2019 leaves run-together 表二 rows undecided that pingtan_2020's 上一年项目数量
		// decides: that report is held back, extracted again whole, read across years, appended once.
		const dir = resolve(root, '.cache', 'test-build-cross-year');
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(resolve(dir, 'reports'), { recursive: true });
		for (const stem of ['pingtan_2019', 'pingtan_2020'])
			copyFileSync(
				resolve(root, `data/reports/${stem}.txt`),
				resolve(dir, 'reports', `${stem}.txt`)
			);
		const r = spawnSync(
			'npx',
			[
				'tsx',
				'scripts/build-data.ts',
				'--reports',
				resolve(dir, 'reports'),
				'--out',
				resolve(dir, 'out')
			],
			{ cwd: root, encoding: 'utf8' }
		);
		expect(r.status).toBe(0);
		const facts = await readParquet(resolve(dir, 'out/facts.parquet'));
		const crossYear = facts.filter((f) => f.method === 'cross_year');
		expect(crossYear.length).toBeGreaterThan(0);
		expect(new Set(crossYear.map((f) => f.report_id))).toEqual(new Set(['pingtan_2019']));
		const reports = await readParquet(resolve(dir, 'out/reports.parquet'));
		expect(reports.map((x) => x.report_id)).toEqual(['pingtan_2019', 'pingtan_2020']);
		const of2019 = facts.filter((f) => f.report_id === 'pingtan_2019');
		expect(reports[0]!.n_facts).toBe(of2019.length);
		const keys = of2019.map((f) => `${f.metric}/${f.applicant}/${f.method}/${f.span_start}`);
		expect(new Set(keys).size).toBe(keys.length);
	});
});
