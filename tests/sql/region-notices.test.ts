/**
 * No silent changes: the selected regions a view does not draw are named, with why, by the view's
 * build (src/lib/views/region-notices.ts), on the built data. The regions are real reports':
 * 上海's only report is its General Office's (2025); 廊坊's only report (2014) gives no correction
 * rate.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExplorerIndex } from '../../src/lib/views/explorer-data.ts';
import { VIEW_DATA } from '../../src/lib/views/data.ts';
import { defaultState, type ExplorerState } from '../../src/lib/views/url-state.ts';
import { builtExplorerIndex } from './built-explorer-index.ts';

let index: ExplorerIndex;

beforeAll(async () => {
	index = await builtExplorerIndex();
});

const SEVEN = ['350128', '440400', '131000', '150602', '150700', '530400', '310000'];
const state = (patch: Partial<ExplorerState>): ExplorerState => ({
	...defaultState(),
	regions: SEVEN,
	...patch
});

describe('region notices', () => {
	it('names 上海 (a General Office report only) with the scope switch, which draws it', () => {
		const r = VIEW_DATA.trend.build(index, state({}), 'zh', 'explorer');
		// 呼伦贝尔 2016 prints no count of new requests: its own notice (no data).
		expect(r.notices.map((x) => [x.kind, x.regions])).toEqual([
			['no-data', ['150700']],
			['other-units', ['310000']]
		]);
		const n = r.notices[1];
		expect(n!.regions).toEqual(['310000']);
		expect(n!.text).toContain('上海市');
		expect(n!.text).toContain('全地区报告');
		expect(n!.action?.patch).toEqual({ units: 'all' });
		// The switch draws it.
		const all = VIEW_DATA.trend.build(index, state({ units: 'all' }), 'zh', 'explorer');
		expect(all.notices.flatMap((x) => x.regions)).not.toContain('310000');
	});

	it('names the selected regions the correction rate has no value for, in every chart view', () => {
		const s = state({ metric: 'correction_rate', units: 'all' });
		const trend = VIEW_DATA.trend.build(index, s, 'en', 'explorer');
		const drawn = new Set(
			trend.data.series
				.filter((x) => x.points.some((p) => p.value !== null))
				.map((x) => x.key.split('|')[0])
		);
		const noData = trend.notices.find((n) => n.kind === 'no-data')!;
		expect(noData.regions.length).toBeGreaterThan(0);
		// Exactly the selected regions without a drawn point, and they stay in the state.
		expect(noData.regions).toEqual(SEVEN.filter((id) => !drawn.has(id)));
		expect(noData.regions).toContain('131000');
		expect(noData.text).toMatch(/^Not drawn \(no data for this metric\): .*Langfang/);
		const compare = VIEW_DATA.compare.build(index, s, 'en', 'explorer');
		expect(compare.notices.find((n) => n.kind === 'no-data')!.regions).toEqual(noData.regions);
	});

	it('says a region has no report in the year range', () => {
		const r = VIEW_DATA.trend.build(
			index,
			state({ regions: ['350128', '440400'], from: 2019, to: 2022 }),
			'en',
			'explorer'
		);
		expect(r.notices).toEqual([
			expect.objectContaining({ kind: 'out-of-years', regions: ['440400'] })
		]);
		expect(r.notices[0]!.text).toContain('2019–2022');
	});

	it('has no notice when every region is drawn', () => {
		const r = VIEW_DATA.trend.build(index, state({ regions: ['350128'] }), 'zh', 'explorer');
		expect(r.notices).toEqual([]);
	});
});
