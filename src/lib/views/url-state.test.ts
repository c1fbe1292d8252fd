import { describe, expect, it } from 'vitest';
import { APPLICANTS, METRICS } from '../contract/metrics';
import {
	DEFAULT_STATE,
	HANDLING_MODES,
	MAX_PARAM_LENGTH,
	MAX_REGIONS,
	PARAM_ORDER,
	SCALES,
	STATE_LANGS,
	UNIT_MODES,
	VIEWS,
	defaultState,
	dropUnknownRegions,
	measureOf,
	normalizeState,
	parseState,
	serializeState,
	stateToSearch,
	suggestParam,
	unknownRegions,
	unknownRegionsProblem,
	usesDefaultRegions,
	type ExplorerState
} from './url-state';
import { LANGS, tDynamic } from '../i18n';
// The tabs' labels are the explorer's strings, registered when their module is imported.
import '../i18n/explorer-strings';
import { displayValue, type Problem } from '../shared/problems';

const parse = (query: string) => parseState(new URLSearchParams(query));

/** mulberry32: a small seeded generator, so the property test is reproducible. */
function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let x = a;
		x = Math.imul(x ^ (x >>> 15), x | 1);
		x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
		return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
	};
}

function randomState(r: () => number): ExplorerState {
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
	const maybe = <T>(p: number, yes: () => T, no: T): T => (r() < p ? yes() : no);
	const year = () => 2000 + Math.floor(r() * 101);
	const regionId = () =>
		r() < 0.6
			? String(100000 + Math.floor(r() * 900000))
			: Array.from(
					{ length: 1 + Math.floor(r() * 40) },
					() => 'abcdefghijklmnopqrstuvwxyz0123456789-'[Math.floor(r() * 37)]
				).join('');
	const regions: string[] = [];
	const n = maybe(0.8, () => Math.floor(r() * (MAX_REGIONS + 1)), 0);
	while (regions.length < n) {
		const id = regionId();
		if (!regions.includes(id)) regions.push(id);
	}
	let from = maybe(0.5, year, null);
	let to = maybe(0.5, year, null);
	if (from !== null && to !== null && from > to) [from, to] = [to, from];
	const metric = maybe(0.8, () => pick(METRICS).metric, DEFAULT_STATE.metric);
	return {
		view: pick(VIEWS),
		regions,
		metric,
		measure: measureOf(metric),
		applicant: pick(APPLICANTS),
		from,
		to,
		scale: pick(SCALES),
		relative: maybe(0.3, year, null),
		year: maybe<number | 'latest'>(0.5, year, 'latest'),
		handling: pick(HANDLING_MODES),
		units: pick(UNIT_MODES),
		lang: pick(STATE_LANGS),
		report: maybe(
			0.3,
			() => pick(['pingtan_2021', 'pingtan-county_2011', 'imported:0123456789abcdef']),
			null
		)
	};
}

function expectDefaultWithProblem(query: string, param: string, field: keyof ExplorerState) {
	let result!: ReturnType<typeof parse>;
	expect(() => (result = parse(query))).not.toThrow();
	expect(result.state[field]).toEqual(DEFAULT_STATE[field]);
	const p = result.problems.find((x) => x.param === param);
	expect(p, `a problem for ${param} from ${query.slice(0, 60)}`).toBeDefined();
	checkProblemShape(p!);
	return result;
}

function checkProblemShape(p: Problem) {
	expect(p.value.length).toBeLessThanOrEqual(80);
	expect(p.message_en.length).toBeGreaterThan(0);
	expect(p.message_zh.length).toBeGreaterThan(0);
	expect(p.message_en).not.toMatch(/\{[a-z_]+\}/);
	expect(p.message_zh).not.toMatch(/\{[a-z_]+\}/);
	// eslint-disable-next-line no-control-regex
	expect(p.value).not.toMatch(/[\u0000-\u001f]/);
}

describe('views', () => {
	it('has a tab label for every view in both languages', () => {
		for (const lang of LANGS)
			for (const view of VIEWS) expect(tDynamic(lang, `tab.${view}`)).not.toBe(`tab.${view}`);
	});
});

describe('defaults', () => {
	it('the empty query is the default state, without problems', () => {
		const { state, problems } = parse('');
		expect(state).toEqual(DEFAULT_STATE);
		expect(problems).toEqual([]);
	});

	it('the default state serializes to an empty query', () => {
		expect(serializeState(defaultState())).toBe('');
		expect(stateToSearch(defaultState())).toBe('');
	});

	it('empty values are the same as absent', () => {
		const { state, problems } = parse('view=&regions=&metric=&from=&year=');
		expect(state).toEqual(DEFAULT_STATE);
		expect(problems).toEqual([]);
	});

	it('measure is derived from the metric', () => {
		expect(measureOf('h_requests')).toBe('count');
		expect(measureOf('grant_rate')).toBe('rate');
		expect(measureOf('requests_new')).toBe('count');
		expect(parse('metric=openness_rate').state.measure).toBe('rate');
	});
});

describe('reading a URL', () => {
	it('reads the example link', () => {
		const { state, problems } = parse(
			'regions=440400,350128&metric=h_requests&view=trend&from=2014&to=2025'
		);
		expect(problems).toEqual([]);
		expect(state).toEqual({
			...DEFAULT_STATE,
			regions: ['440400', '350128'],
			from: 2014,
			to: 2025
		});
	});

	it('reads every parameter', () => {
		const { state, problems } = parse(
			'view=compare&regions=zhuhai-hengqin,440400&metric=grant_rate&applicant=natural_person&from=2010&to=2020&scale=log&relative=2015&year=2021&handling=raw&units=all&lang=en&report=pingtan_2021'
		);
		expect(problems).toEqual([]);
		expect(state).toEqual({
			view: 'compare',
			regions: ['zhuhai-hengqin', '440400'],
			metric: 'grant_rate',
			measure: 'rate',
			applicant: 'natural_person',
			from: 2010,
			to: 2020,
			scale: 'log',
			relative: 2015,
			year: 2021,
			handling: 'raw',
			units: 'all',
			lang: 'en',
			report: 'pingtan_2021'
		});
	});

	it('opens no report for a report parameter that is no report id, and says so', () => {
		const { state, problems } = parse('report=%3Cscript%3E&lang=en');
		expect(state.report).toBeNull();
		expect(problems.map((p) => p.code)).toEqual(['report_invalid']);
		expect(problems[0]!.message_en).toContain('is not a report id');
		expect(parse('report=../../etc/passwd').state.report).toBeNull();
	});

	it('accepts upper case and surrounding spaces', () => {
		const { state, problems } = parse(
			'view=Table&metric=%20H_Granted%20&regions=440400,%20ABC&lang=EN'
		);
		expect(problems).toEqual([]);
		expect(state.view).toBe('table');
		expect(state.metric).toBe('h_granted');
		expect(state.regions).toEqual(['440400', 'abc']);
		expect(state.lang).toBe('en');
	});

	it('reads regions=none as a cleared selection: no region, not the default ones', () => {
		const { state, problems } = parse('regions=none');
		expect(problems).toEqual([]);
		expect(state.regions).toEqual([]);
		expect(state.cleared).toBe(true);
		expect(usesDefaultRegions(state)).toBe(false);
		expect(serializeState(state)).toBe('regions=none');
		// A hand-built cleared state, and one that names regions again.
		expect(serializeState(normalizeState({ regions: [], cleared: true }))).toBe('regions=none');
		const again = normalizeState({ ...state, regions: ['440400'] });
		expect(again.cleared).toBeUndefined();
		expect(serializeState(again)).toBe('regions=440400');
		// Without it, an empty selection is the default one.
		expect(usesDefaultRegions(parse('').state)).toBe(true);
	});

	it('de-duplicates regions, keeping the order', () => {
		const { state, problems } = parse('regions=350128,440400,350128,440400,130000');
		expect(state.regions).toEqual(['350128', '440400', '130000']);
		expect(problems).toEqual([]);
	});

	it('keeps the first 12 regions', () => {
		const ids = Array.from({ length: 20 }, (_, i) => String(110000 + i));
		const { state, problems } = parse(`regions=${ids.join(',')}`);
		expect(state.regions).toEqual(ids.slice(0, MAX_REGIONS));
		expect(problems.map((p) => p.code)).toEqual(['regions_too_many']);
	});

	it('leaves malformed region ids out and keeps the rest', () => {
		const { state, problems } = parse('regions=440400,<script>,350128,a_b,' + 'x'.repeat(41));
		expect(state.regions).toEqual(['440400', '350128']);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.code).toBe('regions_invalid');
		expect(problems[0]!.message_en).toContain('<script>');
		checkProblemShape(problems[0]!);
	});

	it('swaps a reversed year range, with a problem', () => {
		const { state, problems } = parse('from=2025&to=2014');
		expect([state.from, state.to]).toEqual([2014, 2025]);
		expect(problems.map((p) => p.code)).toEqual(['years_swapped']);
		expect(problems[0]!.message_en).toContain('2025');
	});

	it('accepts identical duplicates and resets different ones', () => {
		expect(parse('view=table&view=table')).toEqual({
			state: { ...DEFAULT_STATE, view: 'table' },
			problems: []
		});
		const r = expectDefaultWithProblem('view=table&view=compare', 'view', 'view');
		expect(r.problems[0]!.code).toBe('duplicate');
		expect(r.problems[0]!.message_en).toContain('2 times');
	});

	it('a measure that contradicts the metric is a problem; the metric wins', () => {
		expect(parse('metric=grant_rate&measure=rate').problems).toEqual([]);
		const { state, problems } = parse('metric=h_requests&measure=rate');
		expect(state.measure).toBe('count');
		expect(problems.map((p) => p.code)).toEqual(['measure_mismatch']);
		expectDefaultWithProblem('measure=ratio', 'measure', 'measure');
	});

	it('reads the y axis scale as scale or yscale, and writes scale, only when it is log', () => {
		for (const q of ['scale=log', 'yscale=log', 'yscale=%20LOG%20', 'scale=log&yscale=log']) {
			const { state, problems } = parse(q);
			expect([q, state.scale, problems]).toEqual([q, 'log', []]);
			expect(serializeState(state)).toBe('scale=log');
		}
		for (const q of ['scale=linear', 'yscale=linear', 'yscale=']) {
			const { state, problems } = parse(q);
			expect([q, state.scale, problems]).toEqual([q, 'linear', []]);
			expect(serializeState(state)).toBe('');
		}
		// The two names disagreeing is a duplicate: linear, with a problem.
		const { state, problems } = parse('scale=log&yscale=linear');
		expect(state.scale).toBe('linear');
		expect(problems.map((p) => [p.param, p.code])).toEqual([['scale', 'duplicate']]);
		// Only the lower-case alias is one; other spellings are typos of scale.
		expect(parse('yScale=log').state.scale).toBe('linear');
		expect(suggestParam('yScale')).toBe('scale');
	});

	it('year accepts latest', () => {
		expect(parse('year=latest').state.year).toBe('latest');
		expect(parse('year=2019').state.year).toBe(2019);
	});

	it('ignores unknown parameters, naming likely typos', () => {
		const { state, problems } = parse(
			'utm_source=x&embed=1&q=foo&regoins=440400&Metric=h_denied&veiw=table&scales=log&t=1'
		);
		expect(state).toEqual(DEFAULT_STATE);
		const typos = problems.map((p) => [p.param, p.code]);
		expect(typos).toEqual([
			['regoins', 'unknown_param'],
			['Metric', 'unknown_param'],
			['veiw', 'unknown_param'],
			['scales', 'unknown_param']
		]);
		expect(problems[0]!.message_en).toContain('“regions”');
		expect(suggestParam('utm_source')).toBeNull();
		expect(suggestParam('embed')).toBeNull();
		expect(suggestParam('TO')).toBe('to');
		expect(suggestParam('go')).toBeNull();
		expect(suggestParam('region')).toBe('regions');
		expect(suggestParam('unit')).toBe('units');
	});

	it('reports at most 5 typos', () => {
		const q = Array.from({ length: 30 }, (_, i) => `regions${i}=1`).join('&');
		expect(parse(q).problems.length).toBeLessThanOrEqual(5);
	});
});

describe('hostile input never throws and resets to defaults', () => {
	const huge = 'a'.repeat(10 * 1024 * 1024);
	const cases: [string, string, keyof ExplorerState][] = [
		['view=<script>alert(1)</script>', 'view', 'view'],
		['view=javascript:alert(1)', 'view', 'view'],
		['view=constructor', 'view', 'view'],
		['view=__proto__', 'view', 'view'],
		['view=toString', 'view', 'view'],
		['view=trend%00', 'view', 'view'],
		['view=%E8%B6%8B%E5%8A%BF', 'view', 'view'],
		['view=%F0%9F%98%80', 'view', 'view'],
		['metric=__proto__', 'metric', 'metric'],
		['metric=constructor', 'metric', 'metric'],
		['metric=hasOwnProperty', 'metric', 'metric'],
		['metric=h_requests;DROP TABLE facts', 'metric', 'metric'],
		['metric=javascript:alert(1)', 'metric', 'metric'],
		['applicant=__proto__', 'applicant', 'applicant'],
		['applicant=everyone', 'applicant', 'applicant'],
		['regions=,,,', 'regions', 'regions'],
		['regions=%20,%20,', 'regions', 'regions'],
		['regions=<script>', 'regions', 'regions'],
		['regions=javascript:alert(1)', 'regions', 'regions'],
		['regions=__proto__', 'regions', 'regions'],
		['regions=%00', 'regions', 'regions'],
		['regions=珠海市', 'regions', 'regions'],
		['from=1e309', 'from', 'from'],
		['from=0x7d0', 'from', 'from'],
		['from=2014.5', 'from', 'from'],
		['from=-2014', 'from', 'from'],
		['from=%2B2014', 'from', 'from'],
		['from=1999', 'from', 'from'],
		['from=2101', 'from', 'from'],
		['from=20140', 'from', 'from'],
		['from=Infinity', 'from', 'from'],
		['from=NaN', 'from', 'from'],
		['from=２０１４', 'from', 'from'],
		['from=2014%00', 'from', 'from'],
		['to=99999999999999999999999', 'to', 'to'],
		['to=0b11111010000', 'to', 'to'],
		['relative=1e3', 'relative', 'relative'],
		['relative=latest', 'relative', 'relative'],
		['year=2014.0', 'year', 'year'],
		['year=last', 'year', 'year'],
		['year=1900', 'year', 'year'],
		['scale=logarithmic', 'scale', 'scale'],
		['scale=__proto__', 'scale', 'scale'],
		['scale=log%00', 'scale', 'scale'],
		['scale=-1', 'scale', 'scale'],
		['yscale=<script>alert(1)</script>', 'scale', 'scale'],
		['yscale=constructor', 'scale', 'scale'],
		[`yscale=${huge}`, 'scale', 'scale'],
		['handling=__proto__', 'handling', 'handling'],
		['units=constructor', 'units', 'units'],
		['lang=fr', 'lang', 'lang'],
		['lang=zh-CN', 'lang', 'lang'],
		['measure=__proto__', 'measure', 'measure'],
		[`view=${huge}`, 'view', 'view'],
		[`metric=${huge}`, 'metric', 'metric'],
		[`from=${'2'.repeat(MAX_PARAM_LENGTH + 1)}`, 'from', 'from'],
		[`regions=${huge}`, 'regions', 'regions']
	];

	for (const [query, param, field] of cases) {
		it(`${query.slice(0, 50)}${query.length > 50 ? '…' : ''}`, () => {
			expectDefaultWithProblem(query, param, field);
		});
	}

	it('a 10 MB region list keeps what it can read, with a problem', () => {
		const ids = Array.from({ length: 1_000_000 }, (_, i) => String(100000 + (i % 900000)));
		const { state, problems } = parse(`regions=${ids.join(',')}`);
		expect(state.regions).toEqual(ids.slice(0, MAX_REGIONS));
		expect(problems.map((p) => p.code)).toEqual(['too_long', 'regions_too_many']);
	});

	it('a value with lone surrogates, controls and bidi overrides is shown safely', () => {
		const { problems } = parse('view=%ED%A0%80x%E2%80%AEabc%01');
		expect(problems).toHaveLength(1);
		// eslint-disable-next-line no-control-regex
		expect(problems[0]!.value).not.toMatch(/[\u202e\u0001]/);
		expect(displayValue('\ud800x\u202eabc\u0001')).toBe('\ufffdx\ufffdabc\ufffd');
		expect(displayValue('a'.repeat(200))).toHaveLength(80);
		expect(displayValue('😀'.repeat(200))).toBe('😀'.repeat(79) + '…');
	});

	it('does not pollute prototypes', () => {
		const before = Object.getOwnPropertyNames(Object.prototype).sort();
		const q =
			'__proto__=1&__proto__[polluted]=1&constructor[prototype][polluted]=1&metric=__proto__&view=__proto__&regions=__proto__,constructor,prototype';
		const { state } = parse(q);
		expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
		// regions are well-formed slugs; the page checks them against the regions table.
		expect(state.regions).toEqual(['constructor', 'prototype']);
	});

	it('random garbage never throws and always yields a valid state', () => {
		const r = rng(7);
		const alphabet = [
			'a',
			'1',
			',',
			'%',
			'&',
			'=',
			'<',
			'>',
			'"',
			"'",
			' ',
			'\u0000',
			'语',
			'😀',
			'\ud800',
			'-',
			'_',
			'.',
			'e',
			'x'
		];
		const names = [...PARAM_ORDER, 'measure', '__proto__', 'constructor', 'viewx'];
		for (let i = 0; i < 300; i++) {
			const q = new URLSearchParams();
			const n = Math.floor(r() * 8);
			for (let j = 0; j < n; j++) {
				const len = Math.floor(r() * 30);
				const v = Array.from(
					{ length: len },
					() => alphabet[Math.floor(r() * alphabet.length)]
				).join('');
				q.append(names[Math.floor(r() * names.length)]!, v);
			}
			const { state, problems } = parseState(q);
			expect(normalizeState(state)).toEqual(state);
			for (const p of problems) checkProblemShape(p);
		}
	});
});

describe('serialization', () => {
	it('omits defaults and writes parameters in a fixed order', () => {
		const s: ExplorerState = {
			...defaultState(),
			lang: 'en',
			units: 'all',
			to: 2025,
			from: 2014,
			metric: 'grant_rate',
			measure: 'rate',
			regions: ['440400', '350128'],
			view: 'compare',
			year: 2020
		};
		expect(serializeState(s)).toBe(
			'view=compare&regions=440400,350128&metric=grant_rate&from=2014&to=2025&year=2020&units=all&lang=en'
		);
		expect(stateToSearch(s)).toBe(
			'?view=compare&regions=440400,350128&metric=grant_rate&from=2014&to=2025&year=2020&units=all&lang=en'
		);
		expect(serializeState({ ...defaultState(), lang: 'zh', view: 'trend' })).toBe('');
	});

	it('writes every parameter in PARAM_ORDER', () => {
		const s: ExplorerState = {
			view: 'table',
			regions: ['130000'],
			metric: 'requests_new',
			measure: 'count',
			applicant: 'legal_other',
			from: 2001,
			to: 2002,
			scale: 'log',
			relative: 2001,
			year: 2002,
			handling: 'raw',
			units: 'all',
			lang: 'en',
			report: 'pingtan_2021'
		};
		const names = serializeState(s)
			.split('&')
			.map((p) => p.split('=')[0]);
		expect(names).toEqual([...PARAM_ORDER]);
	});

	it('normalizes a hand-built state before writing it', () => {
		const s = {
			...defaultState(),
			from: 2020,
			to: 2010,
			regions: ['440400', '440400', 'Bad Id', '350128'],
			metric: 'grant_rate',
			measure: 'count' as const
		};
		expect(serializeState(s)).toBe('regions=440400,350128&metric=grant_rate&from=2010&to=2020');
		expect(normalizeState(s).measure).toBe('rate');
		expect(normalizeState({ view: 'handling' })).toEqual({ ...DEFAULT_STATE, view: 'handling' });
		expect(
			normalizeState({ from: Number.NaN, year: 'soon' as unknown as number, regions: 'x' as never })
		).toEqual(DEFAULT_STATE);
	});

	it('round-trips 1,000 random states exactly (seeded)', () => {
		const r = rng(20240601);
		for (let i = 0; i < 1000; i++) {
			const s = randomState(r);
			const query = serializeState(s);
			const { state, problems } = parseState(new URLSearchParams(query));
			expect(problems, query).toEqual([]);
			expect(state, query).toEqual(s);
			expect(serializeState(state)).toBe(query);
			expect(query).not.toMatch(/%2C/i);
		}
	});
});

describe('unknown regions', () => {
	const known = new Set(['440400', '350128', '130000']);

	it('lists ids the regions table does not have', () => {
		const state = { ...defaultState(), regions: ['440400', '999999', 'atlantis', '130000'] };
		expect(unknownRegions(state, known)).toEqual(['999999', 'atlantis']);
		expect(unknownRegions(state, ['440400', '130000', '999999'])).toEqual(['atlantis']);
	});

	it('drops them with one problem', () => {
		const state = { ...defaultState(), regions: ['440400', '999999'] };
		const out = dropUnknownRegions(state, known);
		expect(out.state.regions).toEqual(['440400']);
		expect(out.problems).toHaveLength(1);
		expect(out.problems[0]!.code).toBe('unknown_regions');
		expect(out.problems[0]!.message_zh).toContain('999999');
		expect(dropUnknownRegions({ ...state, regions: ['440400'] }, known).problems).toEqual([]);
		expect(unknownRegionsProblem([])).toBeNull();
	});
});
