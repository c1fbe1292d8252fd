import { describe, expect, it } from 'vitest';
import { APPLICANTS, GROUPS, METRICS } from '../contract/metrics';
import {
	applicantLabel,
	chartStrings,
	eraLabel,
	groupLabel,
	levelLabel,
	metricLabel,
	unitLabel
} from './labels';
import {
	LANGS,
	STRING_KEYS as CORE_KEYS,
	dictionary,
	htmlLang,
	interpolate,
	isLang,
	otherLang,
	t,
	tDynamic,
	both
} from './strings';
import { CONSOLE_KEYS } from './console-strings';
import { EXPLORER_KEYS } from './explorer-strings';
import { IMPORT_KEYS } from './import-strings';
import { COVERAGE_KEYS } from './coverage-strings';
import { ABOUT_KEYS } from './about-strings';
import { METRICS_PAGE_KEYS } from './metrics-strings';
import { REGION_KEYS } from './region-strings';
import { CHECK_KEYS } from './check-strings';
import { HOME_KEYS } from './home-strings';
import { SHARE_KEYS } from './share-strings';

// The dictionaries pages load on demand register themselves when imported.
const ON_DEMAND_KEYS = [
	...CONSOLE_KEYS,
	...EXPLORER_KEYS,
	...IMPORT_KEYS,
	...COVERAGE_KEYS,
	...ABOUT_KEYS,
	...METRICS_PAGE_KEYS,
	...REGION_KEYS,
	...CHECK_KEYS,
	...HOME_KEYS,
	...SHARE_KEYS
];
const STRING_KEYS = [...CORE_KEYS, ...ON_DEMAND_KEYS];

const placeholders = (s: string) =>
	[...s.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
	it('keep every on-demand key apart from ours', () => {
		for (const key of ON_DEMAND_KEYS) expect(CORE_KEYS as readonly string[]).not.toContain(key);
	});

	it('both languages have exactly the listed keys, all non-empty', () => {
		expect(new Set(STRING_KEYS).size).toBe(STRING_KEYS.length);
		for (const lang of LANGS) {
			const dict = dictionary(lang);
			expect(Object.keys(dict).sort()).toEqual([...STRING_KEYS].sort());
			for (const key of STRING_KEYS) {
				expect(typeof dict[key], `${lang} ${key}`).toBe('string');
				expect(dict[key].trim().length, `${lang} ${key}`).toBeGreaterThan(0);
			}
		}
	});

	it('both languages use the same placeholders', () => {
		for (const key of STRING_KEYS) {
			expect(placeholders(dictionary('zh')[key]), key).toEqual(placeholders(dictionary('en')[key]));
		}
	});

	it('Chinese strings are Chinese where English ones are English', () => {
		const cjk = /[\u4e00-\u9fff]/;
		const untranslated = STRING_KEYS.filter(
			(k) => dictionary('zh')[k] === dictionary('en')[k] && /[a-z]{3}/i.test(dictionary('en')[k])
		);
		// Language names are written in their own language in both dictionaries.
		expect(untranslated).toEqual(['lang.en']);
		expect(cjk.test(t('zh', 'tab.trend'))).toBe(true);
		expect(cjk.test(t('en', 'tab.trend'))).toBe(false);
	});

	it('has the wording the explorer needs', () => {
		expect([t('zh', 'tab.trend'), t('en', 'tab.trend')]).toEqual(['趋势', 'Trend']);
		expect([t('zh', 'tab.compare'), t('en', 'tab.compare')]).toEqual(['对比', 'Compare']);
		expect([t('zh', 'tab.handling'), t('en', 'tab.handling')]).toEqual([
			'办理结果',
			'Request handling'
		]);
		expect([t('zh', 'tab.table'), t('en', 'tab.table')]).toEqual(['表格', 'Table']);
		expect([t('zh', 'tab.sources'), t('en', 'tab.sources')]).toEqual(['来源', 'Sources']);
		expect(t('zh', 'control.search_placeholder')).toBe('输入中文、拼音或区划代码');
		expect(t('en', 'control.search_placeholder')).toBe('Type Chinese, pinyin or a region code');
		expect(t('en', 'action.open_sql')).toBe('Open in SQL');
		const handling = ['granted', 'partial', 'denied', 'unable', 'not_processed', 'other'] as const;
		expect(handling.map((h) => t('zh', `handling.${h}`))).toEqual([
			'予以公开',
			'部分公开',
			'不予公开',
			'无法提供',
			'不予处理',
			'其他'
		]);
		expect(handling.map((h) => t('en', `handling.${h}`))).toEqual([
			'Granted',
			'Partly granted',
			'Denied',
			'Could not provide',
			'Not processed',
			'Other'
		]);
	});

	it('has a label for every metric group, era and unit', () => {
		for (const lang of LANGS) {
			for (const group of GROUPS) expect(groupLabel(lang, group)).not.toBe(`group.${group}`);
			for (const m of METRICS) {
				expect(eraLabel(lang, m.era)).not.toBe(`era.${m.era}`);
				expect(unitLabel(lang, m.unit)).not.toBe(`unit.${m.unit}`);
			}
			for (const level of ['all', 'province', 'city', 'district', 'county', 'zone'] as const) {
				expect(levelLabel(lang, level)).not.toBe(`level.${level}`);
			}
		}
	});
});

describe('t', () => {
	it('substitutes placeholders', () => {
		expect(t('en', 'control.regions_max', { max: 12 })).toBe('At most 12 regions can be selected');
		expect(t('zh', 'control.regions_max', { max: 12 })).toBe('最多可选 12 个地区');
		expect(t('en', 'problems.reset', { list: 'view, metric' })).toBe(
			'Some parameters in the link were not understood and were reset: view, metric'
		);
		expect(t('zh', 'check.expected_actual', { expected: '1,200', actual: '1,100' })).toBe(
			'应为 1,200，实为 1,100'
		);
		expect(t('en', 'source.heading', { region: 'Zhuhai', year: 2019 })).toBe('Zhuhai, 2019 report');
	});

	it('substitutes every occurrence and inserts values literally', () => {
		expect(t('en', 'problem.too_long', { param: 'view', max: 2000 })).toBe(
			'“view” is longer than 2000 characters; only the first 2000 were read.'
		);
		expect(t('en', 'error.data', { message: '{message} $& $1 <b>' })).toBe(
			'The data could not be loaded: {message} $& $1 <b>'
		);
	});

	it('leaves unknown and inherited placeholders alone', () => {
		expect(interpolate('{a} {b} {toString} {__proto__}', { a: 1 })).toBe(
			'1 {b} {toString} {__proto__}'
		);
		expect(interpolate('{a}')).toBe('{a}');
	});

	it('dynamic keys fall back to the key', () => {
		expect(tDynamic('en', 'group.requests')).toBe('Requests');
		expect(tDynamic('en', 'no.such.key')).toBe('no.such.key');
		expect(tDynamic('en', '__proto__')).toBe('__proto__');
		expect(tDynamic('en', 'constructor')).toBe('constructor');
	});

	it('an unknown language falls back to Chinese', () => {
		expect(t('fr' as never, 'tab.trend')).toBe('趋势');
	});

	it('both() gives the two languages', () => {
		expect(both('sql.rows', { count: 3 })).toEqual({ message_zh: '3 行', message_en: '3 rows' });
	});

	it('language helpers', () => {
		expect(isLang('zh') && isLang('en')).toBe(true);
		expect(isLang('fr') || isLang('__proto__') || isLang(undefined)).toBe(false);
		expect([htmlLang('zh'), htmlLang('en')]).toEqual(['zh-CN', 'en']);
		expect([otherLang('zh'), otherLang('en')]).toEqual(['en', 'zh']);
	});
});

describe('labels', () => {
	it('metric and applicant labels come from the dictionary', () => {
		expect(metricLabel('zh', 'h_requests')).toBe('收到申请数（可比口径）');
		expect(metricLabel('en', 'grant_rate')).toBe('Grant rate');
		expect(metricLabel('en', 'no_such_metric')).toBe('no_such_metric');
		for (const a of APPLICANTS) {
			expect(applicantLabel('zh', a)).toMatch(/[\u4e00-\u9fff]/);
			expect(applicantLabel('en', a)).toMatch(/^[A-Z]/);
		}
		expect(applicantLabel('en', '__proto__' as never)).toBe('__proto__');
	});

	it('chart strings', () => {
		expect(chartStrings('en')).toMatchObject({ noData: 'No data', of: 'of', locale: 'en' });
		expect(chartStrings('zh')).toMatchObject({ noData: '没有数据', locale: 'zh-CN' });
	});
});

describe('counts in English (Intl.PluralRules)', () => {
	it('choose the singular for one and the plural otherwise, from numbers or formatted text', () => {
		const rows = '{n} {n|one:row|other:rows}';
		expect(interpolate(rows, { n: 1 }, 'en')).toBe('1 row');
		expect(interpolate(rows, { n: '1' }, 'en')).toBe('1 row');
		expect(interpolate(rows, { n: 0 }, 'en')).toBe('0 rows');
		expect(interpolate(rows, { n: '1,234' }, 'en')).toBe('1,234 rows');
		expect(interpolate(rows, { n: '—' }, 'en')).toBe('— rows');
		expect(interpolate('{n|other:x}', {}, 'en')).toBe('{n|other:x}');
	});

	it('say "1 row", "1 report", "1 file" in the messages', () => {
		expect(t('en', 'sql.rows', { count: '1' })).toBe('1 row');
		expect(t('en', 'sql.rows', { count: '2' })).toBe('2 rows');
		expect(t('en', 'table.rows', { count: 1 })).toBe('1 row');
		expect(t('en', 'fault.progress', { done: 0, total: 1 })).toBe('Loading data: 0 of 1 file');
		expect(t('en', 'coverage.reports', { count: 1 })).toBe('1 report');
		expect(t('en', 'coverage.failed', { count: 1 })).toBe('1 failed check');
		expect(t('en', 'coverage.table_caption', { count: 47 })).toBe(
			'Reports by region and unit (47 reports)'
		);
		expect(tDynamic('en', 'sources.reports', { count: 1 })).toBe('1 report');
		expect(tDynamic('en', 'import.found', { facts: 1, failed: 1, undecided: 0 })).toBe(
			'1 figure read, 1 failed check, 0 undecided cells.'
		);
		expect(tDynamic('en', 'console.showing', { shown: 1, total: 1 })).toBe('showing 1 of 1 row');
		expect(t('zh', 'sql.rows', { count: '1' })).toBe(
			t('zh', 'sql.rows', { count: '2' }).replace('2', '1')
		);
	});

	it('are used for every count in the English strings', () => {
		// "{n} rows" without a plural form would say "1 rows"
		const bare = STRING_KEYS.filter((k) =>
			/\{\w+\} (?:[a-z]+ )?(?:rows|reports|files|numbers|facts|figures|checks|cells|characters|columns|regions|times|imports)\b/.test(
				dictionary('en')[k]
			)
		);
		expect(bare).toEqual([]);
	});
});
