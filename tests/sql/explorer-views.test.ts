/**
 * The explorer's views on the built data, read from the Parquet files the browser decodes.
 * Expected values are figures printed in the reports (see the comments), not engine output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { indexTables, type ExplorerIndex } from '../../src/lib/views/explorer-data.ts';
import {
	compareBars,
	defaultRegions,
	handlingBars,
	trendSeries,
	type ViewState
} from '../../src/lib/views/view-data.ts';
import { metricNumber, metricValue } from '../../src/lib/views/metric-values.ts';
import { trendTableRows } from '../../src/lib/views/table/table-rows.ts';
import { METRICS } from '../../src/lib/contract/metrics.ts';
import type { ReportRow } from '../../src/lib/contract/rows.ts';
import { builtExplorerIndex } from './built-explorer-index.ts';
import { barShares } from '../../src/lib/charts/handling-layout.ts';
import { handlingData } from '../../src/lib/views/handling/data.ts';
import { DEFAULT_STATE } from '../../src/lib/views/url-state.ts';

/** The harmonized categories before 2019 (no 不予处理), for the chart's shares. */
const CATEGORIES = ['granted', 'partial', 'denied', 'unable', 'other'].map((id) => ({
	id,
	label: id,
	color: '#000'
}));

let index: ExplorerIndex;
const base: ViewState = {
	regions: [],
	metric: 'h_requests',
	applicant: 'total',
	from: null,
	to: null,
	relative: null,
	year: 'latest',
	handling: 'harmonized',
	units: 'whole',
	lang: 'zh'
};

beforeAll(async () => {
	index = await builtExplorerIndex();
});

const pingtan = (s: ReturnType<typeof trendSeries>) =>
	s.find((x) => x.key === '350128|平潭综合实验区管委会')!;

describe('trend', () => {
	it('gives Pingtan new requests per year as printed, with gaps for years without a report', () => {
		const series = trendSeries(index, base, ['350128']);
		const byYear = Object.fromEntries(pingtan(series).points.map((p) => [p.year, p.value]));
		// 表三 本年新收 totals: 2019 "230 000023" → 23; 2021 "640020470" → 70; 2023 "801000081" → 81.
		// 统计表 受理依申请公开信息总数: 2014 "条 1 1" → 1; 2011 "条 0 0" → 0; 2016 "条00" → 0.
		// 2022 "713000074" → 74.
		expect(byYear).toMatchObject({
			2011: 0,
			2014: 1,
			2016: 0,
			2019: 23,
			2021: 70,
			2022: 74,
			2023: 81
		});
		// The county government reported 2011–2013 only: no point, not 0, for the years after.
		const county = series.find((x) => x.key === '350128|平潭县人民政府')!;
		expect(county.points.map((p) => p.year)).toEqual([2011, 2012, 2013]);
		// Two units report for 350128 (the zone's committee and the county government): two series.
		expect(series.map((s) => s.label)).toEqual(['平潭 · 管委会', '平潭 · 县政府']);
	});

	it('carries numerator and denominator for rates (2021: 予以公开 30 of 总计 69)', () => {
		const p = pingtan(
			trendSeries(index, { ...base, metric: 'grant_rate' }, ['350128'])
		).points.find((x) => x.year === 2021)!;
		expect(p).toMatchObject({ numerator: 30, denominator: 69 });
		expect(p.value).toBeCloseTo(30 / 69, 10);
		expect(p.source?.metrics).toEqual(['outcome_granted', 'outcome_total']);
	});

	it('shows change relative to a base year', () => {
		const p = pingtan(trendSeries(index, { ...base, relative: 2019 }, ['350128'])).points;
		expect(p.find((x) => x.year === 2019)!.value).toBe(1);
		expect(p.find((x) => x.year === 2021)!.value).toBeCloseTo(70 / 23, 10);
	});

	it('marks a value failed only when a failing check involves its metric', () => {
		// zhuhai_2017: the answer categories add up to 4851, not the printed total 3561: the answers
		// handled (answers_total) fail, the requests received are not part of that check.
		const handled = trendSeries(index, { ...base, metric: 'h_handled' }, ['440400'])[0]!;
		expect(handled.points[0]!.failedChecks).toContain('answers_sum');
		expect(handled.points[0]!.checkNotes?.[0]).toContain('4,851');
		const zhuhai = trendSeries(index, base, ['440400'])[0]!;
		expect(zhuhai.points[0]!.failedChecks).toEqual([]);
		// pingtan_2012: only proactive-disclosure figures disagree between prose and table.
		const pingtan2012 = (metric: string) =>
			pingtan(trendSeries(index, { ...base, metric }, ['350128'])).points.find(
				(p) => p.year === 2012
			)!;
		expect(pingtan2012('h_requests').failedChecks).toEqual([]);
		expect(pingtan2012('h_proactive').failedChecks).toContain('prose_vs_table:proactive_total');
	});
});

describe('compare', () => {
	it('ranks regions by their latest value, each with its year', () => {
		const bars = compareBars(index, base, ['440400', '131000', '350128']);
		// 珠海 2017 附表2 申请总数 3561; 平潭 2025 表三 本年新收 154; 廊坊 2014 prose 申请 69;
		// 平潭县 2013 统计表 受理 7 (a second whole-region unit over 350128).
		expect(bars.map((b) => [b.label, b.value, b.year])).toEqual([
			['珠海市', 3561, 2017],
			['平潭 · 管委会', 154, 2025],
			['廊坊市', 69, 2014],
			['平潭 · 县政府', 7, 2013]
		]);
	});
});

/** The index with a reader's import: a copy of one of our reports as the import would add it. */
function withImport(reportId: string, patch: Partial<ReportRow>, hRequests: number): ExplorerIndex {
	const t = index.tables;
	const id = `imported:${'0'.repeat(15)}${Object.keys(patch).length}`;
	const report = {
		...t.reports.find((r) => r.report_id === reportId)!,
		...patch,
		report_id: id,
		imported: true
	};
	const h = {
		...t.harmonized.find((r) => r.report_id === reportId && r.applicant === 'total')!,
		report_id: id,
		h_requests: hRequests
	};
	return indexTables({ ...t, reports: [...t.reports, report], harmonized: [...t.harmonized, h] });
}

describe("the reader's imports", () => {
	it("draws an import of a unit we publish on that unit's line, marked imported", () => {
		const ix = withImport('pingtan_2021', { year: 2021 }, 999);
		const series = trendSeries(ix, base, ['350128']);
		expect(series.some((x) => x.key.endsWith('|imported'))).toBe(false);
		const points = pingtan(series).points.filter((p) => p.year === 2021);
		// Ours (表三 本年新收 "640020470" → 70) and the import, after it.
		expect(points.map((p) => [p.value, p.imported ?? false])).toEqual([
			[70, false],
			[999, true]
		]);
	});

	it('makes a series of its own only for a unit we publish no report of', () => {
		const ix = withImport(
			'pingtan_2021',
			{ unit: '平潭综合实验区某某局', unit_scope: 'whole-region' },
			5
		);
		const series = trendSeries(ix, base, ['350128']);
		const own = series.filter((x) => x.key.endsWith('|imported'));
		expect(own.map((x) => x.points.map((p) => [p.year, p.value, p.imported]))).toEqual([
			[[2021, 5, true]]
		]);
		expect(own[0]!.label).toContain('导入');
	});
});

describe('request handling', () => {
	it('splits Pingtan 2021 into the harmonized categories', () => {
		const { bars } = handlingBars(index, { ...base, from: 2021, to: 2021 }, ['350128'], (id) => id);
		const bar = bars[0]!;
		// 予以公开 30, 部分公开 5, 不予公开 1+6+1 = 8, 无法提供 25, 不予处理 0, 其他处理 1; 总计 69.
		expect(Object.fromEntries(bar.segments.map((s) => [s.category, s.value]))).toEqual({
			granted: 30,
			partial: 5,
			denied: 8,
			unable: 25,
			not_processed: 0,
			other: 1
		});
		expect(bar.total).toBe(69);
		expect(bar.segments.reduce((s, x) => s + (x.share ?? 0), 0)).toBeCloseTo(1, 10);
	});

	it('shows Zhuhai 2017 (统计表) as shares of what it prints, incomplete where a category is not printed', () => {
		const { bars, categories } = handlingBars(
			index,
			{ ...base, from: 2017, to: 2017 },
			['440400'],
			(id) => id
		);
		const bar = bars[0]!;
		// 附表2: 对申请答复总数 3561; 1.属于已主动公开范围数 157, 2.同意公开答复数 1504 (granted before
		// 2019: 157 + 1504 = 1661), 3.同意部分公开答复数 912, 4.不同意公开答复数 1497. The Guangdong
		// table prints "5.其他 781" in place of 不属于本行政机关/申请信息不存在/告知作出更改补充/告知通过
		// 其他途径办理, so 无法提供 and 其他 are not printed; there is no 不予处理 before 2019.
		const byCategory = Object.fromEntries(bar.segments.map((s) => [s.category, s]));
		expect(Object.keys(byCategory)).toEqual(['granted', 'partial', 'denied', 'unable', 'other']);
		expect(byCategory.granted!.value).toBe(1661);
		expect(byCategory.partial!.value).toBe(912);
		expect(byCategory.denied!.value).toBe(1497);
		expect(byCategory.unable!.value).toBeNull();
		expect(byCategory.unable!.missing).toEqual([
			'answer_not_exist',
			'answer_not_this_agency',
			'answer_correction_required'
		]);
		expect(byCategory.other!.missing).toEqual(['answer_other_channel']);
		expect(bar.total).toBe(3561);
		expect(bar.notInEra).toEqual(['not_processed']);
		// The printed parts add up to 1661 + 912 + 1497 = 4070, more than the 3561 answers (the
		// report's own percentages add up to 136%): shares are of 4070 and never overflow.
		expect(byCategory.granted!.share).toBeCloseTo(1661 / 4070, 10);
		expect(byCategory.partial!.share).toBeCloseTo(912 / 4070, 10);
		expect(byCategory.denied!.share).toBeCloseTo(1497 / 4070, 10);
		expect(categories.map((c) => c.id)).not.toContain('not_processed');
	});

	it('names the part a pre-2019 category lacks (Langfang 2014 prints no 属于已主动公开范围数)', () => {
		const { bars } = handlingBars(index, { ...base, from: 2014, to: 2014 }, ['131000'], (id) => id);
		const bar = bars.find((b) => b.segments.some((s) => s.source?.report_id === 'langfang_2014'))!;
		const granted = bar.segments.find((s) => s.category === 'granted')!;
		expect(granted.complete).toBe(false);
		expect(granted.missing).toEqual(['answer_already_public']);
		expect(bar.total).toBe(69);
	});
});

describe('request handling before 2019, where the report prints only some categories (#20)', () => {
	// Bars of the 平潭 reports (350128), every unit, harmonized or as printed.
	const pingtanBars = (handling: 'harmonized' | 'raw', from: number, to: number) =>
		handlingBars(index, { ...base, handling, units: 'all', from, to }, ['350128'], (id) => id).bars;
	const ofReport = (bars: ReturnType<typeof pingtanBars>, id: string) =>
		bars.find((b) => b.segments.some((s) => s.source?.report_id === id))!;
	const values = (b: ReturnType<typeof ofReport>) =>
		Object.fromEntries(b.segments.map((s) => [s.category, s.value]));

	it('平潭 2014: one answer, granted; the printed categories account for it, so the bar is whole', () => {
		// pingtan_2014 统计表 (2014年度 column): 对申请的答复总数 条 1; 同意公开答复数 1, 同意部分公开
		// 答复数 0, 不予公开答复数 0, 4.其他类型答复数 0. Prose: "收到…信函申请1条，已受理回复". The table
		// has no rows of its own for 无法提供 (不属于本机关/不存在/更改补充) or 告知通过其他途径办理, but
		// 1 + 0 + 0 + 0 = 1 answer given: nothing is left for them.
		const bar = ofReport(pingtanBars('harmonized', 2014, 2014), 'pingtan_2014');
		expect(values(bar)).toEqual({ granted: 1, partial: 0, denied: 0, unable: null, other: null });
		expect(bar.total).toBe(1);
		expect(bar.unprinted).toBe(0);
		expect(bar.notPrinted).toEqual(['unable', 'other']);
		const s = barShares(bar, CATEGORIES);
		expect(s.status).toBe('complete');
		expect(s.shares.get('granted')).toBe(1);
		expect(s.unprinted).toBe(0);
		// 属于已主动公开范围数 (part of granted before 2019) is not printed either, but it would be an
		// answer too: with every answer accounted for it is 0, and the 1 granted is whole.
		expect(bar.segments.find((x) => x.category === 'granted')!.complete).toBeUndefined();
	});

	it('平潭 环境与国土资源局 2017 and 2018: the answers no printed category accounts for are not printed, not stretched', () => {
		// pingtan-ziran_2017 附表 (run together: year value, then cumulative): 对申请的答复总数 "条1423"
		// → 14; 同意公开 "条110" → 1; 同意部分公开 "条55" → 5; 不予公开 "条00" → 0; 其他类型答复数 "条88"
		// → 8 (the prose: 8 件 "非政府信息、政府信息不存在、非本机关政府信息"). 1 + 5 + 0 = 6 of 14: 8 are
		// in no category of the era's.
		const y2017 = ofReport(pingtanBars('harmonized', 2017, 2017), 'pingtan-ziran_2017');
		expect(values(y2017)).toMatchObject({ granted: 1, partial: 5, denied: 0 });
		expect([y2017.total, y2017.unprinted]).toEqual([14, 8]);
		const s17 = barShares(y2017, CATEGORIES);
		expect(s17.status).toBe('incomplete');
		expect(s17.shares.get('granted')).toBeCloseTo(1 / 14, 12);
		expect(s17.shares.get('partial')).toBeCloseTo(5 / 14, 12);
		expect(s17.unprinted).toBeCloseTo(8 / 14, 12);
		// pingtan-ziran_2018 附表: 答复总数 "条 13 36" → 13; 同意公开 0; 同意部分公开 3; 不予公开 0;
		// 其他类型答复数 10 (prose: 部分公开 3 件, "非政府信息…" 10 件). Only 部分公开 is not 0: it is 3 of 13
		// answers, never 100%.
		const y2018 = ofReport(pingtanBars('harmonized', 2018, 2018), 'pingtan-ziran_2018');
		expect([y2018.total, y2018.unprinted]).toEqual([13, 10]);
		const s18 = barShares(y2018, CATEGORIES);
		expect(s18.shares.get('partial')).toBeCloseTo(3 / 13, 12);
		expect(s18.unprinted).toBeCloseTo(10 / 13, 12);
		// As printed, the same: 同意部分公开 3 of the 13 answers, the rest not printed.
		const raw = ofReport(pingtanBars('raw', 2018, 2018), 'pingtan-ziran_2018');
		expect(values(raw)).toEqual({ answer_granted: 0, answer_partial: 3, answer_denied: 0 });
		expect([raw.total, raw.unprinted]).toEqual([13, 10]);
		const rawShares = barShares(
			raw,
			raw.segments.map((x) => ({ id: x.category, label: x.category, color: '#000' }))
		);
		expect(rawShares.shares.get('answer_partial')).toBeCloseTo(3 / 13, 12);
		expect(rawShares.status).toBe('incomplete');
	});

	it('puts the not-printed rest in the rows behind the chart (its CSV and table)', () => {
		const view = handlingData.build(
			index,
			{
				...DEFAULT_STATE,
				view: 'handling',
				regions: ['350128'],
				units: 'department',
				from: 2018,
				to: 2018,
				lang: 'en'
			},
			'en',
			'explorer'
		);
		// The one department report of 2018 (环境与国土资源局).
		const rows = view.rows;
		expect(new Set(rows.map((r) => r.series)).size).toBe(1);
		// pingtan-ziran_2018: 同意部分公开 3 of the 13 answers; 10 in no printed category.
		expect(
			rows.filter((r) => r.value !== null && r.value > 0).map((r) => [r.category, r.value])
		).toEqual([
			['Partly granted', 3],
			['In no printed category', 10]
		]);
	});

	it('平潭县 2012 and 2013 (prose only): the printed answers add up to the answers given', () => {
		// pingtan-county_2012: "对依申请公开的答复总数21条，其中同意公开答复数17条，其它公开答复数2条，
		// 免于公开答复数2条": 17 + 2 + 2 = 21. pingtan-county_2013: "答复总数3条，其中同意公开答复数2条，
		// 其它公开答复数1条": 2 + 1 = 3.
		const bars = pingtanBars('harmonized', 2012, 2013);
		const c2012 = ofReport(bars, 'pingtan-county_2012');
		const c2013 = ofReport(bars, 'pingtan-county_2013');
		expect([c2012.total, c2012.unprinted]).toEqual([21, 0]);
		expect([c2013.total, c2013.unprinted]).toEqual([3, 0]);
		expect(barShares(c2012, CATEGORIES).status).toBe('complete');
		expect(barShares(c2013, CATEGORIES).status).toBe('complete');
	});

	it('廊坊 2014: 告知 15 is in no category of the era; the bar leaves those 15 of 69 not printed', () => {
		// langfang_2014 prose: "受理政府信息公开申请69件，答复69件，同意公开39件，部分公开6件，不予公开1件，
		// 申请内容不明确件数1件，信息不存在数7件，告知15件". 无法提供 = 1 + 7 = 8; "告知" names no category
		// of the era's (not this agency? another channel?): 39 + 6 + 1 + 8 = 54, so 15 are not printed.
		const { bars } = handlingBars(index, { ...base, from: 2014, to: 2014 }, ['131000'], (id) => id);
		const bar = ofReport(bars, 'langfang_2014');
		expect(values(bar)).toEqual({ granted: 39, partial: 6, denied: 1, unable: 8, other: null });
		expect([bar.total, bar.unprinted]).toEqual([69, 15]);
		expect(barShares(bar, CATEGORIES).unprinted).toBeCloseTo(15 / 69, 12);
	});

	it('珠海 2017: its categories exceed its answers, so no rest is drawn (shares of what is printed)', () => {
		// zhuhai_2017: 1661 + 912 + 1497 = 4070 > 3561 answers: nothing left for the unprinted rows.
		const { bars } = handlingBars(index, { ...base, from: 2017, to: 2017 }, ['440400'], (id) => id);
		expect(bars[0]!.total).toBe(3561);
		expect(bars[0]!.unprinted).toBeUndefined();
		expect(barShares(bars[0]!, CATEGORIES).status).toBe('incomplete');
	});

	it('keeps "no data" for a report without request figures (平潭 管委会办公室 2014: prose, no requests)', () => {
		// pingtan-office_2014: "2014年我办未收到有关政府信息公开的申请": no table, no answer counted.
		const office = ofReport(pingtanBars('harmonized', 2014, 2014), 'pingtan-office_2014');
		expect(office.segments.every((x) => x.value === null)).toBe(true);
		expect(office.total).toBeNull();
		expect(office.unprinted).toBeUndefined();
		expect(barShares(office, CATEGORIES).status).toBe('no-data');
		expect(office.countsOnly).toBeUndefined();
	});
});

describe('default selection', () => {
	it('picks the regions with the most values for the metric', () => {
		expect(defaultRegions(index, base)[0]).toBe('350128');
	});

	it('ranks from the cube exactly as counting metricValue over every report would', () => {
		// The reference: every report in scope, its full metricValue, counted per region.
		const reference = (s: ViewState) => {
			const count = new Map<string, number>();
			for (const r of index.tables.reports)
				if (
					r.year !== null &&
					(s.from === null || r.year >= s.from) &&
					(s.to === null || r.year <= s.to) &&
					(s.units === 'all' ||
						r.unit_scope ===
							{ whole: 'whole-region', office: 'general-office', department: 'department' }[
								s.units
							]) &&
					metricValue(index, r, s.metric, s.applicant).value !== null
				)
					count.set(r.region_id, (count.get(r.region_id) ?? 0) + 1);
			return [...count.entries()]
				.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
				.slice(0, 12)
				.map(([id]) => id);
		};
		let nonEmpty = 0;
		for (const m of METRICS)
			for (const variant of [
				{},
				{ applicant: 'natural_person' },
				{ units: 'all' as const },
				{ units: 'office' as const },
				{ units: 'department' as const },
				{ from: 2019, to: 2022 }
			]) {
				const s = { ...base, metric: m.metric, ...variant };
				const got = defaultRegions(index, s);
				expect(got, `${m.metric} ${JSON.stringify(variant)}`).toEqual(reference(s));
				if (got.length) nonEmpty++;
			}
		expect(nonEmpty).toBeGreaterThan(40);
	});
});

describe('metricNumber (the ranking fast path)', () => {
	it('gives the same value as metricValue for every metric, report and applicant column', () => {
		let compared = 0;
		let nonNull = 0;
		for (const m of METRICS)
			for (const r of index.tables.reports)
				for (const a of ['total', 'natural_person']) {
					const slow = metricValue(index, r, m.metric, a).value;
					expect(metricNumber(index, r, m.metric, a), `${m.metric} ${r.report_id} ${a}`).toBe(slow);
					compared++;
					if (slow !== null) nonNull++;
				}
		expect(compared).toBeGreaterThan(1000);
		expect(nonNull).toBeGreaterThan(200);
	});
});

describe('derived values carry their caveats (issue 17)', () => {
	it('marks langfang_2014 as January–November in the trend and its table row', () => {
		// langfang_2014: "1—11月,全市共受理政府信息公开申请69件".
		const series = trendSeries(index, base, ['131000']);
		const p = series[0]!.points.find((x) => x.year === 2014)!;
		expect(p).toMatchObject({ value: 69, periodMonths: 11 });
		const row = trendTableRows(index, series, 'en').find((r) => r.year === 2014)!;
		expect(row.notes).toBe('covers 11 months only');
		// A whole year carries no such note (pingtan_2015: 统计期限 1月1日 to 12月31日).
		const pingtanRows = trendTableRows(index, trendSeries(index, base, ['350128']), 'zh');
		expect(
			pingtanRows.find((r) => r.year === 2015 && r.unit === '平潭综合实验区管委会')!.notes
		).toBe('');
	});

	it('names the parts a pre-2019 sum lacks, and says a small denominator', () => {
		// pingtan_2014 统计表: 对申请的答复总数 1, 同意公开答复数 1, no 已主动公开 row.
		const p = pingtan(
			trendSeries(index, { ...base, metric: 'grant_rate' }, ['350128'])
		).points.find((x) => x.year === 2014)!;
		expect(p).toMatchObject({
			value: 1,
			numerator: 1,
			denominator: 1,
			complete: false,
			missing: ['answer_already_public'],
			small: true
		});
		expect(p.source?.metrics).toEqual(['answer_granted', 'answer_already_public', 'answers_total']);
	});

	it('leaves rates over small denominators out of the compare ranking', () => {
		// grant_rate, each unit's latest year: 平潭县 2013 answered 3 requests ("答复总数3条，其中同意公开答复数2条"):
		// 2 of 3 is the highest rate, but below 30 answers it comes after the ranked bars.
		// 廊坊 2014 "答复69件,同意公开39件"; 珠海 2017 已主动公开 157 + 同意公开 1504 of 3561;
		// 平潭 2025 表三 予以公开 33 of 总计 148.
		const bars = compareBars(index, { ...base, metric: 'grant_rate' }, [
			'440400',
			'131000',
			'350128'
		]);
		expect(bars.map((b) => [b.label, b.numerator, b.denominator, b.small === true])).toEqual([
			['廊坊市', 39, 69, false],
			['珠海市', 1661, 3561, false],
			['平潭 · 管委会', 33, 148, false],
			['平潭 · 县政府', 2, 3, true]
		]);
	});
});
