/** The ingest CLI, run as a user or another tool runs it. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
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
		const r = ingest('--json', 'data/reports/shanghai-office_2025.txt');
		expect(r.status).toBe(0);
		const out = JSON.parse(r.stdout);
		expect(Object.keys(out)).toEqual(['report', 'facts', 'checks', 'warnings']);
		expect(out.report).toMatchObject({
			report_id: 'shanghai-office_2025',
			region_id: '310000',
			region: '上海市',
			unit: '上海市人民政府办公厅',
			year: 2025,
			format: 'post2019_2021'
		});
		// 表三 row 一 as printed (read by hand: tests/fixtures/expected/shanghai-office_2025.json)
		const newRequests = out.facts.filter(
			(f: { metric: string; method: string }) => f.metric === 'requests_new' && f.method !== 'prose'
		);
		expect(
			newRequests.map((f: { applicant: string; value: number }) => [f.applicant, f.value])
		).toEqual([
			['natural_person', 1259],
			['legal_commercial', 36],
			['legal_research', 0],
			['legal_social', 0],
			['legal_services', 0],
			['legal_other', 0],
			['total', 1295]
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
			// 总计 1191 + 结转下年度 293 = 本年新收 1295 + 上年结转 189
			expected: 1191 + 293,
			actual: 1295 + 189
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
		// A header line, then one line per report of the folder.
		const reports = readdirSync(resolve(root, 'data/reports')).filter((f) => f.endsWith('.txt'));
		expect(lines).toHaveLength(1 + reports.length);
		expect(lines.find((l) => l.startsWith('pingtan_2021'))).toMatch(/2021\s+post2019_2021/);
	});

	it('prints the accuracy per real report and per rendering (--accuracy)', () => {
		const r = ingest('--accuracy');
		expect(r.status).toBe(0);
		// Our reports always; the fetched ones only where ../shared/reports-fetched exists (never
		// copied into the project).
		expect(r.stdout).toMatch(/^pingtan_2023\s+data\/reports\s+210\s+210\s/m);
		const fetched = existsSync(resolve(root, '..', 'shared', 'reports-fetched'));
		if (fetched) expect(r.stdout).toMatch(/^huaian_2024\s+reports-fetched\s+210\s/m);
		else expect(r.stdout).toMatch(/reports-fetched: folder not found/);
		for (const rendering of ['pipe', 'markdown-misheaded', 'cell-per-line', 'html (blanked)'])
			expect(r.stdout).toMatch(new RegExp(`^${rendering.replace(/[()]/g, '\\$&')}\\s+blanks`, 'm'));
		// Either the fetched reports are measured or the output says the folder is absent.
		expect(r.stdout).toMatch(/all fetched|reports-fetched: folder not found/);
	});
});
