/**
 * The SYNTHETIC report corpus (scripts/synthetic/corpus-*.ts) and its build at scale
 * (`npm run data -- --partitioned`):
 *   - reports are labelled synthetic, deterministic, spread over provinces, levels, units and the
 *     three official layouts;
 *   - the engine reads each rendering back to the values the generator printed (facts out = facts
 *     in), never a wrong value; where it does not read everything yet, the gap is listed below and
 *     the test fails once it closes;
 *   - a small corpus builds (worker threads) into the partitioned layout the site's 10m-fact path
 *     reads, with the same facts the generator put in and every check passing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { SYNTHETIC_FACTS } from '../../src/lib/contract/synthetic-schema.ts';
import { REPORTS } from '../../src/lib/contract/table-schemas.ts';
import { choosePartitions, planSql } from '../../src/lib/dataset/partition-plan.ts';
import type { DatasetManifest } from '../../src/lib/dataset/manifest-shape.ts';
import { extractReport } from '../../src/lib/extract/extract-report.ts';
import { scoreFacts } from '../../src/lib/report-render/compare-facts.ts';
import { RENDERINGS } from '../../src/lib/report-render/renderings.ts';
import { plannedReports, type PlannedReport } from '../../scripts/synthetic/corpus-shape.ts';
import { corpusReport, SYNTHETIC_TITLE_PREFIX } from '../../scripts/synthetic/corpus-report.ts';
import { writeCorpus } from '../../scripts/synthetic/write-corpus.ts';

const root = resolve(import.meta.dirname, '..', '..');
const SEED = 7;

const bytesOf = (file: string) => {
	const b = readFileSync(file);
	return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
};
const readParquet = async (file: string) =>
	(await parquetReadObjects({ file: bytesOf(file) })) as Record<string, unknown>[];

describe('the synthetic corpus', () => {
	const plan = [...plannedReports(540)];

	it('plans distinct reports over provinces, levels, units and all three layouts', () => {
		expect(plan).toHaveLength(540);
		expect(new Set(plan.map((p) => p.report_id)).size).toBe(540);
		expect(new Set(plan.map((p) => p.format))).toEqual(
			new Set(['pre2019', 'post2019_2019', 'post2019_2021'])
		);
		expect(new Set(plan.map((p) => p.region.level))).toEqual(
			new Set(['province', 'city', 'county'])
		);
		expect(new Set(plan.map((p) => p.region.region_id.slice(0, 2))).size).toBeGreaterThan(10);
		expect(plan.some((p) => p.unit.scope === 'department')).toBe(true);
		// Every year of a unit, so the cross-year checks have neighbours.
		expect(
			plan.filter((p) => p.report_id.startsWith(plan[0]!.report_id.slice(0, -5)))
		).toHaveLength(18);
	});

	it('labels every report synthetic and gives the same text for the same seed', () => {
		for (const p of plan.slice(0, 40)) {
			const r = corpusReport(p, SEED);
			expect(r.text).toContain('source: synthetic');
			expect(r.text).toContain(`${SYNTHETIC_TITLE_PREFIX}合成`);
			expect(r.text).toMatch(/unit: 合成.*（合成）/);
			expect(corpusReport(p, SEED).text).toBe(r.text);
			expect(corpusReport(p, SEED + 1).text).not.toBe(r.text);
			const result = extractReport(r.text, r.report_id);
			expect(result.report.title.startsWith(SYNTHETIC_TITLE_PREFIX)).toBe(true);
			expect(result.report.year).toBe(p.year);
			expect(result.report.format).toBe(p.format);
		}
	});
});

/**
 * Where the engine does not read a rendering of generated reports completely yet:
 * `rendering layout` → the metrics it may leave out (`*`: any), and why. Measured on this test's
 * sample; the engine is other work's (docs/scale.md gives the accuracy per rendering).
 */
const KNOWN_GAPS: Record<string, { metrics: string[] | '*'; why: string }> = {
	'cell-per-line pre2019': {
		metrics: ['fees_amount_yuan', 'budget_10k_yuan'],
		why: '八、依申请公开信息收取的费用 and the 专项经费 row after it are not read from one cell per line'
	},
	'glued-item-numbers pre2019': {
		metrics: ['fees_amount_yuan', 'budget_10k_yuan'],
		why: 'the 费用 and 专项经费 rows are not read when item numbers are glued to the digits'
	},
	'whitespace pre2019': {
		metrics: ['fees_amount_yuan', 'budget_10k_yuan'],
		why: 'the 费用 and 专项经费 rows are not read from whitespace-aligned rows'
	}
};

/**
 * Where the engine gives a wrong value for generated reports: `rendering layout` → why. The test
 * fails when it reads right (then delete it here).
 */
const KNOWN_MISREADS: Record<string, string> = {
	'run-together post2019_2021':
		'110000-gov-2021: 予以公开 run together over large columns; a split the row sums allow (legal_research 227, legal_social 631, legal_services 682) is not the printed one'
};

describe('facts out = facts in, per rendering', () => {
	// Two units' reports of every layout, each in every rendering.
	const sample: PlannedReport[] = [];
	for (const p of plannedReports(18 * 12))
		if (sample.filter((s) => s.format === p.format).length < 6) sample.push(p);

	for (const rendering of RENDERINGS) {
		for (const format of ['pre2019', 'post2019_2019', 'post2019_2021'] as const) {
			const id = `${rendering.id} ${format}`;
			it(id, () => {
				const missing = new Set<string>();
				const notDecided: string[] = [];
				const wrong: string[] = [];
				for (const p of sample.filter((s) => s.format === format)) {
					const r = corpusReport(p, SEED, rendering);
					const result = extractReport(r.text, r.report_id);
					const score = scoreFacts(result.facts, r.expected);
					wrong.push(...score.wrong.map((w) => `${r.report_id}: ${w}`));
					for (const m of score.missing) missing.add(m.split('/')[0]!);
					const undecided = result.warnings.filter((w) =>
						['ambiguous_cells', 'unreadable_row'].includes(w.code)
					);
					if (score.missing.length && !undecided.length) notDecided.push(r.report_id);
				}
				if (KNOWN_MISREADS[id])
					expect(
						wrong.length,
						`${id} reads right now: remove it from KNOWN_MISREADS`
					).toBeGreaterThan(0);
				else expect(wrong).toEqual([]);
				const gap = KNOWN_GAPS[id];
				if (rendering.runTogether) {
					// Cells without boundaries: what the arithmetic cannot split is said, not guessed.
					expect(notDecided).toEqual([]);
				} else if (gap) {
					expect(
						missing.size,
						`${id} reads completely now: remove it from KNOWN_GAPS`
					).toBeGreaterThan(0);
					if (gap.metrics !== '*')
						expect([...missing].filter((m) => !gap.metrics.includes(m))).toEqual([]);
				} else expect([...missing]).toEqual([]);
			});
		}
	}
});

describe('npm run data -- --partitioned over a synthetic corpus', () => {
	it('builds with worker threads into the layout the site reads, facts as generated', async () => {
		const dir = resolve(root, '.cache', 'test-corpus');
		rmSync(dir, { recursive: true, force: true });
		const corpus = writeCorpus({ reports: 54, seed: SEED, outDir: resolve(dir, 'corpus') });
		expect(corpus.reports).toBe(54);
		const out = resolve(dir, 'synthetic-corpus-test');
		const r = spawnSync(
			'npx',
			[
				'tsx',
				'scripts/build-data.ts',
				'--reports',
				resolve(dir, 'corpus'),
				'--regions',
				resolve(dir, 'corpus', 'regions.csv'),
				'--out',
				out,
				'--partitioned',
				'--workers',
				'2'
			],
			{ cwd: root, encoding: 'utf8' }
		);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/data: 54 reports, \d+ facts, \d+ checks \(0 failed\)/);

		const manifest = JSON.parse(
			readFileSync(resolve(out, 'dataset.json'), 'utf8')
		) as DatasetManifest;
		expect(manifest).toMatchObject({ synthetic: true, layout: 'partitioned', reports: 54 });
		expect(manifest.label).toContain('SYNTHETIC');
		expect(manifest.partitions.reduce((s, p) => s + p.rows, 0)).toBe(manifest.facts);
		for (const p of manifest.partitions) {
			expect(p.path).toBe(`facts/province_code=${p.province_code}/year=${p.year}/part0.parquet`);
			expect((await readParquet(resolve(out, p.path))).length).toBe(p.rows);
		}
		expect(readdirSync(out)).not.toContain('atlas.duckdb');

		// facts.parquet: the synthetic fact columns, sorted by region (the explorer skips row groups).
		const meta = parquetMetadata(bytesOf(resolve(out, 'facts.parquet')));
		expect(meta.schema.slice(1).map((c) => c.name)).toEqual(Object.keys(SYNTHETIC_FACTS));
		const facts = await readParquet(resolve(out, 'facts.parquet'));
		expect(facts).toHaveLength(manifest.facts);
		const regions = facts.map((f) => f.region_id as string);
		expect(regions).toEqual([...regions].sort());
		const reports = await readParquet(resolve(out, 'reports.parquet'));
		expect(Object.keys(reports[0]!)).toEqual(Object.keys(REPORTS));

		// The console's partition plan picks one province-year's file, holding its facts.
		const first = manifest.partitions[0]!;
		const plan = planSql(
			`SELECT metric, value FROM facts WHERE province_code = '${first.province_code}' AND year = ${first.year}`,
			Object.keys(SYNTHETIC_FACTS)
		);
		expect(choosePartitions(manifest.partitions, plan)).toEqual([first]);

		// Facts out = facts in, through the whole build, for every report read completely.
		const byReport = new Map<string, Record<string, unknown>[]>();
		for (const f of facts)
			byReport.set(f.report_id as string, [...(byReport.get(f.report_id as string) ?? []), f]);
		let compared = 0;
		for (const p of plannedReports(54)) {
			const truth = corpusReport(p, SEED);
			if (truth.rendering.runTogether || truth.rendering.id === 'markdown-misheaded') continue;
			const got = new Map(
				(byReport.get(p.report_id) ?? []).map((f) => [`${f.metric}|${f.applicant}`, f.value])
			);
			for (const e of truth.expected) {
				if (p.format === 'pre2019' && ['fees_amount_yuan', 'budget_10k_yuan'].includes(e.metric))
					continue;
				expect(
					got.get(`${e.metric}|${e.applicant}`),
					`${p.report_id} ${e.metric}|${e.applicant}`
				).toBe(e.value);
				compared++;
			}
		}
		expect(compared).toBeGreaterThan(1000);
	}, 300_000);
});
