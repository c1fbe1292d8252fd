/** The ingest CLI, run as a user or another tool runs it. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const ingest = (...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', ...args], {
		cwd: root,
		encoding: 'utf8'
	});

describe('npm run ingest', () => {
	it('prints one JSON object with the report, facts, checks and warnings (--json)', () => {
		const r = ingest('--json', 'data/reports/huaian_2024.txt');
		expect(r.status).toBe(0);
		const out = JSON.parse(r.stdout);
		expect(Object.keys(out)).toEqual(['report', 'facts', 'checks', 'warnings']);
		expect(out.report).toMatchObject({
			report_id: 'huaian_2024',
			region_id: '320800',
			region: '淮安市',
			unit: '淮安市人民政府',
			year: 2024,
			format: 'post2019_2021'
		});
		// 表三 row 一 as printed: 3001 53 0 0 61 4 3119
		const newRequests = out.facts.filter(
			(f: { metric: string; method: string }) => f.metric === 'requests_new' && f.method !== 'prose'
		);
		expect(
			newRequests.map((f: { applicant: string; value: number }) => [f.applicant, f.value])
		).toEqual([
			['natural_person', 3001],
			['legal_commercial', 53],
			['legal_research', 0],
			['legal_social', 0],
			['legal_services', 61],
			['legal_other', 4],
			['total', 3119]
		]);
		for (const f of out.facts) {
			expect(typeof f.value).toBe('number');
			expect(Object.keys(f).sort()).toEqual([
				'applicant',
				'approx',
				'method',
				'metric',
				'raw',
				'span_end',
				'span_start',
				'value'
			]);
		}
		expect(
			out.checks.find(
				(c: { check: string; applicant: string }) =>
					c.check === 'requests_balance' && c.applicant === 'total'
			)
		).toMatchObject({
			status: 'pass',
			expected: 3050 + 103,
			actual: 3119 + 34
		});
	});

	it('exits 1 with one clear line on stderr for an unreadable file', () => {
		const dir = resolve(root, '.cache', 'test-ingest');
		mkdirSync(dir, { recursive: true });
		writeFileSync(resolve(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 255, 0]));
		const r = ingest('--json', resolve(dir, 'binary.txt'));
		expect(r.status).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toContain('not a text file');
		const missing = ingest('--json', 'data/reports/nope.txt');
		expect(missing.status).toBe(1);
		expect(missing.stderr).toContain('no such file');
	});

	it('exits 0 for a readable file that is not a report: no facts is data, not an error', () => {
		const dir = resolve(root, '.cache', 'test-ingest');
		mkdirSync(dir, { recursive: true });
		writeFileSync(resolve(dir, 'notes.txt'), '今天天气很好。\n');
		const r = ingest('--json', resolve(dir, 'notes.txt'));
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout).facts).toEqual([]);
	});

	it('prints a summary table for a folder', () => {
		const r = ingest('data/reports');
		expect(r.status).toBe(0);
		const lines = r.stdout.trim().split('\n');
		expect(lines[0]).toMatch(/report\s+year\s+format\s+facts\s+checks failed\s+warnings/);
		expect(lines).toHaveLength(25);
		expect(lines.find((l) => l.startsWith('pingtan_2021'))).toMatch(/2021\s+post2019_2021/);
	});

	it('prints the accuracy per real report and per rendering (--accuracy)', () => {
		const r = ingest('--accuracy');
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/^huaian_2024\s+(data\/reports|reports-fetched)\s+210\s/m);
		for (const rendering of ['pipe', 'markdown-misheaded', 'cell-per-line', 'html (blanked)'])
			expect(r.stdout).toMatch(new RegExp(`^${rendering.replace(/[()]/g, '\\$&')}\\s+blanks`, 'm'));
		// Either the fetched reports are measured or the output says the folder is absent.
		expect(r.stdout).toMatch(/all fetched|reports-fetched: folder not found/);
	});
});
