/** The data build: a report that cannot be read stops only that report, and the build says so. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

describe('npm run data', () => {
	it('builds the readable reports, names the unreadable one, and still succeeds', async () => {
		const dir = resolve(root, '.cache', 'test-build');
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(resolve(dir, 'reports'), { recursive: true });
		copyFileSync(
			resolve(root, 'data/reports/pingtan_2021.txt'),
			resolve(dir, 'reports/pingtan_2021.txt')
		);
		copyFileSync(
			resolve(root, 'data/reports/huaian_2024.txt'),
			resolve(dir, 'reports/huaian_2024.txt')
		);
		writeFileSync(resolve(dir, 'reports/broken_2020.txt'), Buffer.from([0x00, 0xff, 0x10, 0x00]));
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
			{
				cwd: root,
				encoding: 'utf8'
			}
		);
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('data: 2 reports');
		expect(r.stderr).toContain('broken_2020.txt: not a text file');
		expect(r.stderr).toContain('1 report(s) could not be read');
		expect(readdirSync(resolve(dir, 'out')).sort()).toEqual([
			'atlas.duckdb',
			'checks.parquet',
			'facts.parquet',
			'harmonized.parquet',
			'metrics.parquet',
			'regions.parquet',
			'reports.parquet',
			'texts',
			'warnings.parquet'
		]);
		expect(existsSync(resolve(dir, 'out/texts/pingtan_2021.txt'))).toBe(true);
	});
});
