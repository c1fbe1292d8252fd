import { describe, expect, it } from 'vitest';
import { checkState, dropYearsOutsideRange, normalizeState, parseState } from './url-state';

const dropped = (q: string) => dropYearsOutsideRange(parseState(new URLSearchParams(q)).state);

describe('dropYearsOutsideRange: a base year or compare year outside the year range', () => {
	it('keeps years inside the range, ends included, and the state itself', () => {
		const state = parseState(
			new URLSearchParams('from=2019&to=2023&relative=2019&year=2023')
		).state;
		const result = dropYearsOutsideRange(state);
		expect(result.problems).toEqual([]);
		expect(result.state).toBe(state);
		expect(dropped('relative=2011&year=2025').problems).toEqual([]);
	});

	it('drops a base year before "from", with a problem naming the range', () => {
		const { state, problems } = dropped('from=2023&relative=2021');
		expect(state.relative).toBeNull();
		expect(state.from).toBe(2023);
		expect(problems.map((p) => [p.code, p.param, p.value])).toEqual([
			['outside_years', 'relative', '2021']
		]);
		expect(problems[0]!.message_en).toBe(
			'“relative”: 2021 is outside the year range (2023–…); reset to the default: none.'
		);
		expect(problems[0]!.message_zh).toBe(
			'参数“relative”的年份 2021 不在所选年份范围（2023–…）内，已改用默认值：不限。'
		);
	});

	it('resets a compare year after "to" to the latest year', () => {
		const { state, problems } = dropped('view=compare&to=2020&year=2024&relative=2015');
		expect([state.year, state.relative]).toEqual(['latest', 2015]);
		expect(problems.map((p) => [p.code, p.param])).toEqual([['outside_years', 'year']]);
		expect(problems[0]!.message_en).toContain('(…–2020)');
	});

	it('checks against the range after a reversed range is swapped', () => {
		const { state, problems } = dropped('from=2025&to=2019&relative=2021');
		expect([state.from, state.to, state.relative]).toEqual([2019, 2025, 2021]);
		expect(problems).toEqual([]);
	});

	it('drops both when a control narrows the range past them', () => {
		const before = normalizeState({ relative: 2021, year: 2021 });
		const { state } = dropYearsOutsideRange(normalizeState({ ...before, from: 2023 }));
		expect(state).toMatchObject({ from: 2023, relative: null, year: 'latest' });
	});
});

describe('checkState: a URL checked against itself, then against the regions once known', () => {
	const parsed = parseState(new URLSearchParams('regions=350128,999999&from=2023&relative=2021'));

	it('drops the out-of-range base year at once, and unknown regions once the data is there', () => {
		const before = checkState(parsed, null);
		expect(before.state.relative).toBeNull();
		expect(before.state.regions).toEqual(['350128', '999999']);
		expect(before.problems.map((p) => p.code)).toEqual(['outside_years']);
		const after = checkState(parsed, ['350128', '440400']);
		expect(after.state.relative).toBeNull();
		expect(after.state.regions).toEqual(['350128']);
		expect(after.problems.map((p) => p.code)).toEqual(['outside_years', 'unknown_regions']);
	});
});
