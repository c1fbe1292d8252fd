import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../extract/extract-report';
import { importId, isImportedId } from '../dataset/import-id';
import { spanOfCorrection, toContractRows, unitScopeOf } from './to-contract-rows';

const root = resolve(import.meta.dirname, '..', '..', '..');
const text = readFileSync(resolve(root, 'data', 'reports', 'pingtan_2021.txt'), 'utf8');
const result = extractReport(text, 'x');
const meta = {
	region_id: '350128',
	region_name: '平潭综合实验区',
	unit: '平潭综合实验区管委会',
	year: 2021,
	newRegion: null
};

describe('toContractRows', () => {
	it('gives every row the import id, the confirmed region and year, marked imported', () => {
		const rows = toContractRows(result, 'imported:ab', meta, [], 'pasted text', () => [0, 0]);
		expect(rows.report).toMatchObject({
			report_id: 'imported:ab',
			region_id: '350128',
			region: '平潭综合实验区',
			year: 2021,
			unit_scope: 'whole-region',
			imported: true,
			n_facts: result.facts.length
		});
		expect(rows.facts.every((f) => f.report_id === 'imported:ab' && f.year === 2021)).toBe(true);
		expect(rows.checks.length).toBe(result.checks.length);
	});

	it('replaces a corrected cell, keeps the original in the record, and checks again', () => {
		const original = result.facts.find(
			(f) => f.metric === 'requests_new' && f.applicant === 'total' && f.method !== 'prose'
		)!;
		const correction = {
			metric: 'requests_new',
			applicant: 'total',
			original: original.value,
			original_raw: original.raw,
			value: original.value + 1
		};
		const rows = toContractRows(result, 'imported:ab', meta, [correction], 'pasted text', (c) =>
			spanOfCorrection(result, c)
		);
		const cells = rows.facts.filter(
			(f) => f.metric === 'requests_new' && f.applicant === 'total' && f.method !== 'prose'
		);
		expect(cells).toEqual([
			expect.objectContaining({
				value: original.value + 1,
				method: 'corrected',
				raw: original.raw,
				span_start: original.span_start
			})
		]);
		expect(rows.corrections).toEqual([correction]);
		// 一 + 二 = 总计 + 四 no longer holds for the total column.
		expect(
			rows.checks.some(
				(c) => c.status === 'fail' && c.applicant === 'total' && c.detail.includes('requests_new')
			)
		).toBe(true);
	});

	it('tells a general office from a whole region', () => {
		expect(unitScopeOf('上海市人民政府办公厅')).toBe('general-office');
		expect(unitScopeOf('淮安市人民政府')).toBe('whole-region');
	});
});

describe('importId', () => {
	it('is stable, differs by region, unit and year, and cannot be a file stem', async () => {
		const a = await importId('text', '350128', 'u', 2021);
		expect(a).toMatch(/^imported:[0-9a-f]{16}$/);
		expect(await importId('text', '350128', 'u', 2021)).toBe(a);
		expect(await importId('text', '350128', 'u', 2022)).not.toBe(a);
		expect(isImportedId(a)).toBe(true);
		expect(isImportedId('pingtan_2021')).toBe(false);
	});
});
