/**
 * The layout registry (src/lib/extract/layouts/): every spec's printed rows, rendered in every
 * rendering that keeps each cell in its column, are read back by the engine to the same metrics
 * and values, identified as that layout, with every identity the spec implies holding; and a
 * layout the registry does not know is named unknown, never read as another.
 */
import { describe, expect, it } from 'vitest';
import { APPLICANTS } from '../../src/lib/contract/metrics.ts';
import { extractReport } from '../../src/lib/extract/extract-report.ts';
import { identifyLayout } from '../../src/lib/extract/layouts/identify-layout.ts';
import {
	LAYOUTS,
	LAYOUT_ERAS,
	LAYOUT_IDS,
	outcomeLeaves,
	type LayoutSpec
} from '../../src/lib/extract/layouts/index.ts';
import {
	OTHER_SINGLE,
	TABLE3_HEAD,
	TABLE3_TAIL,
	TABLE4_METRICS,
	post2019Tables,
	table2Block,
	table3Label,
	table3Row
} from '../../src/lib/extract/layouts/post2019-shared.ts';
import { tDynamic } from '../../src/lib/i18n/strings.ts';
import { RENDERINGS, type Rendering } from '../../src/lib/report-render/renderings.ts';
import { fillTables } from '../../src/lib/report-render/table-values.ts';

const APPLICANT_PARTS = APPLICANTS.filter((a) => a !== 'total');

/**
 * A value for every cell the spec prints, chosen so that every identity the spec implies holds:
 * parts get small varied values, then each total is set to the sum of its parts.
 */
function valuesSatisfying(spec: LayoutSpec): Map<string, number> {
	const v = new Map<string, number>();
	const sections = spec.printed(false);
	let k = 0;
	for (const s of sections)
		for (const table of s.tables)
			for (const row of table.rows)
				for (const c of row.cells) v.set(`${c.metric}|${c.applicant}`, 1 + (k++ % 7));
	const get = (m: string, a = 'total') => v.get(`${m}|${a}`) ?? 0;
	const set = (m: string, a: string, n: number) => {
		if (v.has(`${m}|${a}`)) v.set(`${m}|${a}`, n);
	};
	const sum = (ms: readonly string[], a = 'total') => ms.reduce((s, m) => s + get(m, a), 0);
	const ids = spec.checks;
	if (ids.kind === 'post2019') {
		for (const a of APPLICANT_PARTS) {
			for (const [id, parts] of Object.entries(ids.subtotals)) set(id, a, sum(parts, a));
			const leaves = outcomeLeaves(ids);
			set(ids.outcomes.total, a, sum(leaves, a));
			const [carried, forward] = [ids.balance.left[1]!, ids.balance.right[1]!];
			set(ids.balance.left[0]!, a, get(ids.outcomes.total, a) + get(forward, a) - get(carried, a));
		}
		for (const key of [...v.keys()]) {
			const [metric, applicant] = key.split('|') as [string, string];
			if (applicant === 'total' && v.has(`${metric}|natural_person`))
				v.set(
					key,
					APPLICANT_PARTS.reduce((s, a) => s + get(metric, a), 0)
				);
		}
	} else {
		for (const id of [ids.channels, ids.answers]) set(id.total, 'total', sum(id.parts));
	}
	for (const block of ids.blocks) set(block.total, 'total', sum(block.parts));
	return v;
}

function renderWith(
	spec: Pick<LayoutSpec, 'printed' | 'era'>,
	year: number,
	values: ReadonlyMap<string, number>,
	rendering: Rendering
): string {
	const printed = new Map([...values].map(([key, n]) => [key, String(n)]));
	const body = rendering.render(fillTables(spec.printed(false), printed), {
		runningHeader: `${year}年度政府信息公开工作年度报告`
	});
	const closing = spec.era === 'pre2019' ? '二、存在的主要问题' : '五、存在的主要问题';
	return [
		`样例市人民政府${year}年度政府信息公开工作年度报告`,
		'一、总体情况',
		body,
		closing,
		'无。'
	].join('\n');
}

/** The renderings that keep each cell in its column (no run-together digits to split). */
const COLUMNED = RENDERINGS.filter((r) => r.keepsBlanks && !r.runTogether);

describe('the layout registry', () => {
	it('has a spec for each layout id of the contract, in years that do not overlap, each named in both languages', () => {
		expect(new Set(LAYOUT_IDS).size).toBe(LAYOUT_IDS.length);
		expect(LAYOUTS.map((l) => l.id)).toEqual(LAYOUT_IDS);
		for (const spec of LAYOUTS)
			expect(LAYOUT_ERAS.find((l) => l.id === spec.id)).toEqual({
				id: spec.id,
				era: spec.era,
				years: spec.years
			});
		const sorted = [...LAYOUTS].sort((a, b) => a.years.from - b.years.from);
		sorted.slice(1).forEach((l, i) => {
			const before = sorted[i]!.years.to;
			expect(before, `${sorted[i]!.id} must end before ${l.id} starts`).not.toBeNull();
			expect(before!).toBeLessThan(l.years.from);
		});
		for (const id of LAYOUT_IDS)
			for (const lang of ['zh', 'en'] as const)
				expect(tDynamic(lang, `format.${id}`)).not.toBe(`format.${id}`);
	});
});

for (const spec of LAYOUTS) {
	describe(`layout ${spec.id}: rows rendered and read back`, () => {
		const values = valuesSatisfying(spec);
		const year = spec.years.from + 1;
		for (const rendering of COLUMNED)
			it(rendering.id, () => {
				const result = extractReport(renderWith(spec, year, values, rendering), 'spec');
				expect(result.report.format).toBe(spec.id);
				const read = new Map(
					result.facts
						.filter((f) => f.method !== 'prose')
						.map((f) => [`${f.metric}|${f.applicant}`, f.value])
				);
				expect(read).toEqual(values);
				const failed = result.checks.filter((c) => c.status === 'fail');
				expect(failed).toEqual([]);
				expect(result.checks.filter((c) => c.status === 'pass').length).toBeGreaterThan(0);
			});
	});
}

/**
 * A layout no spec describes: a made-up 2030 revision that renames 表二's columns and replaces
 * 其他处理's rows. Built with the shared builders, so it looks like an official layout in every
 * way the engine could mistake for the 2021 one (表三's rows, 表四).
 */
const LAYOUT_2030: Pick<LayoutSpec, 'printed' | 'era'> = (() => {
	const table2 = [
		table2Block(
			'第二十条第（一）项',
			['本年新增件数', '本年失效件数', '有效总件数'],
			[
				['规章', ['rules_made', 'rules_repealed', 'rules_in_force']],
				[
					'行政规范性文件',
					['normative_docs_made', 'normative_docs_repealed', 'normative_docs_in_force']
				]
			]
		),
		table2Block('第二十条第（五）项', ['本年办理件数'], [['行政许可', ['licensing_decisions']]])
	];
	const table3 = [
		...TABLE3_HEAD,
		table3Row(
			'other_withdrawn',
			['三、本年度办理结果', '（六）其他处理', '1.申请人撤回申请'],
			table3Label('撤回申请', 1)
		),
		table3Row('other_misc', ['三、本年度办理结果', '（六）其他处理', '2.其他'], /2\.其他/g),
		...TABLE3_TAIL
	];
	return { era: 'post2019', printed: post2019Tables(table2, table3).printed };
})();

describe('a layout the registry does not know', () => {
	const values = new Map<string, number>();
	let k = 0;
	for (const s of LAYOUT_2030.printed(false))
		for (const table of s.tables)
			for (const row of table.rows)
				for (const c of row.cells) values.set(`${c.metric}|${c.applicant}`, 1 + (k++ % 5));

	for (const rendering of COLUMNED)
		it(`is named unknown, and nothing is read as 2021 (${rendering.id})`, () => {
			const result = extractReport(renderWith(LAYOUT_2030, 2030, values, rendering), 'future');
			expect(result.report.format).toBe('unknown');
			const warning = result.warnings.find((w) => w.code === 'unknown_layout');
			expect(warning?.message).toContain('match no known layout');
			for (const id of LAYOUT_IDS) expect(warning?.message).toContain(id);
			expect(result.facts).toEqual([]);
			expect(result.checks).toEqual([]);
		});

	it('while the 2021 headings in the same report are read as 2021 (the test can fail)', () => {
		const spec2021 = LAYOUTS.find((l) => l.id === 'post2019_2021')!;
		const result = extractReport(
			renderWith(spec2021, 2030, valuesSatisfying(spec2021), COLUMNED[0]!),
			'current'
		);
		expect(result.report.format).toBe('post2019_2021');
		expect(result.warnings.map((w) => w.code)).not.toContain('unknown_layout');
	});

	it('is also unknown where two layouts are cued equally, or the year has no layout', () => {
		const both = '本年新制作 本年制发件数';
		expect(identifyLayout(both, 2023).format).toBe('unknown');
		expect(identifyLayout(both, 2023).warning?.message).toContain(
			'post2019_2019 and post2019_2021'
		);
		expect(identifyLayout('全年主动公开政府信息120条。', 2005).format).toBe('unknown');
		expect(identifyLayout('全年主动公开政府信息120条。', null).format).toBe('unknown');
	});

	it('a prose-only report is of the layout in force in its year, said where that layout is open-ended', () => {
		expect(identifyLayout('全年主动公开政府信息120条。', 2016)).toEqual({ format: 'pre2019' });
		expect(identifyLayout('全年主动公开政府信息120条。', 2020)).toEqual({
			format: 'post2019_2019'
		});
		const later = identifyLayout('全年主动公开政府信息120条。', 2030);
		expect(later.format).toBe('post2019_2021');
		expect(later.warning?.code).toBe('layout_from_year');
	});
});

// Keep the shared builders honest: a spec built from them reads OTHER_SINGLE and 表四 alike.
it('the shared rows are those of the registered post-2019 layouts', () => {
	for (const spec of LAYOUTS) {
		if (spec.rows.kind !== 'post2019') continue;
		expect(spec.rows.table4).toEqual(TABLE4_METRICS);
		expect(spec.rows.table3.map((r) => r.metric)).toContain(OTHER_SINGLE.metric);
	}
});
