import { describe, expect, it } from 'vitest';
import '../i18n/explorer-strings';
import { defaultState, parseState } from './url-state';
import { needsFacts, viewData } from './data';
import { DEFAULT_VIEW, EMBED_VIEWS, VIEW_DEFS, VIEW_IDS, isEmbedView, viewDef } from './registry';

const state = (metric: string) => ({ ...defaultState(), metric });

describe('the view registry', () => {
	it('is the list the URL accepts', () => {
		for (const id of VIEW_IDS)
			expect(parseState(new URLSearchParams({ view: id })).problems).toEqual([]);
		expect(parseState(new URLSearchParams({ view: 'map' })).problems).toHaveLength(1);
		expect(defaultState().view).toBe(DEFAULT_VIEW);
	});

	it('names every view in both languages', () => {
		for (const v of VIEW_DEFS) {
			expect(v.label('zh')).not.toBe(`tab.${v.id}`);
			expect(v.label('en')).not.toBe(`tab.${v.id}`);
			expect(v.label('zh')).not.toBe(v.label('en'));
		}
	});

	it('gives every view a short tab name within its long one (the accessible name)', () => {
		for (const v of VIEW_DEFS)
			for (const lang of ['zh', 'en'] as const) {
				const short = v.shortLabel(lang);
				expect(short).not.toBe(`tab_short.${v.id}`);
				expect(short.length).toBeLessThanOrEqual(v.label(lang).length);
				expect(v.label(lang).toLowerCase()).toContain(short.toLowerCase());
			}
		expect(VIEW_DEFS.map((v) => v.shortLabel('en'))).toEqual([
			'Trend',
			'Compare',
			'Handling',
			'Change',
			'Table',
			'Sources'
		]);
		expect(VIEW_DEFS.map((v) => v.shortLabel('zh'))).toEqual([
			'趋势',
			'对比',
			'办理',
			'同比',
			'表格',
			'来源'
		]);
	});

	it('embeds the views with a chart, and builds the data of each', () => {
		expect([...EMBED_VIEWS]).toEqual(['trend', 'compare', 'handling', 'change']);
		expect(isEmbedView('table')).toBe(false);
		for (const id of EMBED_VIEWS) {
			expect(viewDef(id).chart?.embedHeight).toBeGreaterThan(0);
			expect(viewData(id)).not.toBeNull();
		}
		for (const id of ['table', 'sources'] as const) {
			expect(viewDef(id).chart).toBeUndefined();
			expect(viewDef(id).panel).toBeTypeOf('function');
			expect(viewData(id)).toBeNull();
		}
	});
});

describe('which views need facts.parquet', () => {
	it('harmonized metrics and rates draw without the facts', () => {
		expect(needsFacts('trend', state('h_requests'))).toBe(false);
		expect(needsFacts('compare', state('grant_rate'))).toBe(false);
		expect(needsFacts('table', state('h_requests'))).toBe(false);
	});

	it('raw metrics and the handling chart need them', () => {
		expect(needsFacts('trend', state('requests_new'))).toBe(true);
		expect(needsFacts('sources', state('requests_new'))).toBe(true);
		expect(needsFacts('handling', state('h_requests'))).toBe(true);
	});
});
