import { describe, expect, it } from 'vitest';
import { HARMONIZED_METRICS } from '../contract/derived-metrics';
import { DERIVED_TEXT } from '../contract/derived-metrics-text';
import { eraFormula } from '../contract/describe-derived';
import { METRIC_DEFINITIONS } from '../contract/metric-definitions';
import { layoutsOfYears, metricAbout } from './metric-about';

describe('metricAbout', () => {
	it('gives a derived metric its definition in the reader’s language', () => {
		const en = metricAbout('en', 'h_requests', [2015, 2022]);
		const zh = metricAbout('zh', 'h_requests', [2015, 2022]);
		expect(en.definition).toBe(DERIVED_TEXT.h_requests!.definition.en);
		expect(zh.definition).toBe(DERIVED_TEXT.h_requests!.definition.zh);
		expect(zh.definitionLang).toBe('zh');
		expect(en.heading).toBe('About this metric');
		expect(zh.heading).toBe('关于此指标');
	});

	it('names only the layouts of the years in view, and compares eras only when it spans them', () => {
		const both = metricAbout('en', 'h_requests', [2012, 2019, 2023]);
		expect(both.layouts).toContain('before 2019');
		expect(both.layouts).toContain('2019 layout');
		expect(both.layouts).toContain('2021 layout');
		expect(both.note).toBe(DERIVED_TEXT.h_requests!.note!.en);
		expect(both.text).toContain(both.note);

		const recent = metricAbout('en', 'h_requests', [2021, 2022]);
		expect(recent.layouts).toBe('Report layouts in view: 2021 layout (from 2021).');
		expect(recent.note).toBe('');
	});

	it('says which layouts in view have no such figure', () => {
		const m = HARMONIZED_METRICS.find((h) => eraFormula(h, 'pre2019') === null)!;
		const about = metricAbout('en', m.id, [2015, 2021]);
		expect(about.layouts).toContain('before 2019 (统计表) (no such figure)');
		expect(about.layouts).not.toContain('2021 layout (from 2021) (no such figure)');
	});

	it('gives a printed metric the dictionary’s (English) definition in both languages', () => {
		const zh = metricAbout('zh', 'requests_new', [2021]);
		expect(zh.definition).toBe(METRIC_DEFINITIONS.requests_new);
		expect(zh.definitionLang).toBe('en');
		expect(zh.layouts).toBe('');
	});

	it('reads the layouts of years, oldest first, ignoring years no layout covers', () => {
		expect(layoutsOfYears([2023, 2001, 2010, 2020])).toEqual([
			'pre2019',
			'post2019_2019',
			'post2019_2021'
		]);
		expect(layoutsOfYears([])).toEqual([]);
	});
});
