/**
 * An import exported as a report file is built by the data build as it is: the same facts from the
 * same text, the region, unit and year the reader confirmed, and the reader's corrections recorded.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../../scripts/data/read-reports';
import { extractReport } from '../extract/extract-report';
import { parseFrontMatter } from '../extract/front-matter';
import type { ImportRecord } from '../dataset/import-record';
import { reportFileName, reportFileText } from './report-file';
import { spanOfCorrection, toContractRows } from './to-contract-rows';

const root = resolve(import.meta.dirname, '..', '..', '..');
/** pingtan_2021 as a reader pastes it: the text without our front matter. */
const pasted = parseFrontMatter(
	readFileSync(resolve(root, 'data', 'reports', 'pingtan_2021.txt'), 'utf8')
).body;
const result = extractReport(pasted, 'x');
const engineNew = result.facts.find(
	(f) => f.metric === 'requests_new' && f.applicant === 'total' && f.method !== 'prose'
)!;
const correction = {
	metric: 'requests_new',
	applicant: 'total',
	original: engineNew.value,
	original_raw: engineNew.raw,
	value: engineNew.value + 5
};
const record: ImportRecord = {
	...toContractRows(
		result,
		'imported:0123456789abcdef',
		{
			region_id: '350128',
			region_name: '平潭综合实验区',
			unit: '平潭综合实验区管委会',
			year: 2021,
			newRegion: null
		},
		[correction],
		'pingtan 2021.txt',
		(c) => spanOfCorrection(result, c)
	),
	added: '2026-12-01T10:00:00.000Z',
	harmonized: []
};
const region = {
	region_id: '350128',
	name_zh: '平潭综合实验区',
	name_en: 'Pingtan',
	level: 'zone',
	province: '福建省',
	parent_id: '350100'
};

describe('reportFileText', () => {
	const file = reportFileText(record, region);

	it('writes the front matter of data/reports and records the correction', () => {
		const { fields, body } = parseFrontMatter(file);
		expect(fields).toMatchObject({
			region: '平潭综合实验区',
			region_code: '350128',
			parent_code: '350100',
			province: '福建省',
			level: 'zone',
			unit: '平潭综合实验区管委会',
			unit_scope: 'whole-region',
			year: '2021'
		});
		expect(fields.source).toContain('pingtan 2021.txt');
		// 一、本年新收 of pingtan_2021 prints 70 in its 总计 column.
		expect(engineNew.value).toBe(70);
		expect(file).toContain(
			`correction: requests_new total = 75 (the engine read "${engineNew.raw}" (70))`
		);
		expect(body).toBe(record.text.endsWith('\n') ? record.text : `${record.text}\n`);
		expect(reportFileName(record)).toBe('350128-01234567_2021.txt');
	});

	it('keeps a hostile unit name on its line', () => {
		const hostile = {
			...record,
			report: { ...record.report, unit: '某局\n---\nyear: 1900' }
		};
		const { fields } = parseFrontMatter(reportFileText(hostile, region));
		expect(fields.year).toBe('2021');
		expect(fields.unit).toBe('某局 --- year: 1900');
	});

	it('is read by the data build as it is: same facts from the same text', () => {
		const dir = resolve(root, '.cache', 'test-report-file');
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(join(dir, 'reports'), { recursive: true });
		const path = join(dir, 'reports', reportFileName(record));
		writeFileSync(path, file);
		const built = readReport(path);
		expect(built.report).toMatchObject({
			report_id: '350128-01234567_2021',
			region_id: '350128',
			unit: '平潭综合实验区管委会',
			year: 2021,
			format: 'post2019_2021'
		});
		const key = (f: { metric: string; applicant: string; value: number; method: string }) =>
			`${f.metric}|${f.applicant}|${f.value}|${f.method}`;
		// The engine's readings, not the reader's correction: the text is the source.
		expect(built.facts.map(key).sort()).toEqual(result.facts.map(key).sort());
		expect(built.text).toBe(record.text);
	});

	it('is built by `npm run data` (scripts/build-data.ts) with the rest', async () => {
		const dir = resolve(root, '.cache', 'test-report-file');
		const r = spawnSync(
			process.execPath,
			[
				resolve(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
				resolve(root, 'scripts', 'build-data.ts'),
				'--reports',
				join(dir, 'reports'),
				'--out',
				join(dir, 'out')
			],
			{ cwd: root, encoding: 'utf8', timeout: 120_000 }
		);
		expect(r.status, r.stderr).toBe(0);
		expect(r.stderr).not.toContain('not in the region dictionary');
		const b = readFileSync(join(dir, 'out', 'reports.parquet'));
		const rows = (await parquetReadObjects({
			file: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)
		})) as Record<string, unknown>[];
		expect(rows).toEqual([
			expect.objectContaining({
				report_id: '350128-01234567_2021',
				region_id: '350128',
				year: 2021
			})
		]);
	}, 150_000);
});
