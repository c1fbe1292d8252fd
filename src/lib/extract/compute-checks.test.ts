import { describe, expect, it } from 'vitest';
import { computeChecks, type GroupPartValue } from './compute-checks';
import type { Fact } from './types';

const fact = (metric: string, value: number, method: Fact['method'] = 'table'): Fact => ({
	metric,
	applicant: 'total',
	value,
	raw: String(value),
	approx: false,
	span_start: 0,
	span_end: 1,
	method
});

const status = (facts: Fact[], check: string, parts: GroupPartValue[] = []) =>
	computeChecks(facts, 'pre2019', parts).find((c) => c.check === check)?.status;

describe('pre-2019 checks accuse only when the report is wrong', () => {
	it('does not count a combined 信函、传真 row twice when the prose names its letter (pingtan_2014)', () => {
		const facts = [
			fact('requests_received', 1),
			fact('channel_in_person', 0),
			fact('channel_online', 0),
			fact('channel_letter', 1, 'prose')
		];
		const combined: GroupPartValue = {
			group: 'channels',
			label: '3、信函、传真申请数 条',
			value: 1
		};
		expect(status(facts, 'channels_sum', [combined])).toBe('pass');
	});

	it('is not assessable when the prose gives an outcome only in words (dongsheng_2017)', () => {
		// "行政诉讼案件为1件,一审判决东胜区人民政府胜诉,被依法纠错数为零"
		const facts = [fact('litigation_total', 1, 'prose'), fact('litigation_corrected', 0, 'prose')];
		expect(status(facts, 'litigation_sum')).toBe('not_assessable');
	});

	it('is not assessable when a stated part has no metric (langfang_2014)', () => {
		// "行政诉讼5件,3件驳回诉求,2件正在审理中"; answers "…信息不存在数7件,告知15件"
		const facts = [
			fact('litigation_total', 5, 'prose'),
			fact('litigation_upheld', 3, 'prose'),
			fact('answers_total', 69, 'prose'),
			...(
				[
					['answer_granted', 39],
					['answer_partial', 6],
					['answer_denied', 1],
					['answer_correction_required', 1],
					['answer_not_exist', 7]
				] as const
			).map(([m, v]) => fact(m, v, 'prose')),
			fact('review_total', 8, 'prose'),
			fact('review_upheld', 4, 'prose'),
			fact('review_corrected', 4, 'prose')
		];
		expect(status(facts, 'litigation_sum')).toBe('not_assessable');
		expect(status(facts, 'answers_sum')).toBe('not_assessable');
		// Stated parts that reach the total show the identity holds (counts are never negative).
		expect(status(facts, 'review_sum')).toBe('pass');
	});

	it('still fails where stated parts exceed the total', () => {
		const facts = [fact('review_total', 2, 'prose'), fact('review_upheld', 3, 'prose')];
		expect(status(facts, 'review_sum')).toBe('fail');
	});

	it("still fails where the table's own rows do not add up (pingtan-ziran_2018)", () => {
		const facts = [
			fact('requests_received', 13),
			fact('channel_in_person', 0),
			fact('channel_online', 2)
		];
		const combined: GroupPartValue = {
			group: 'channels',
			label: '3.信函、传真申请数 条',
			value: 9
		};
		expect(status(facts, 'channels_sum', [combined])).toBe('fail');
	});
});

describe('prose restating the table', () => {
	const post = (
		metric: string,
		value: number,
		method: Fact['method'],
		applicant: Fact['applicant'] = 'total'
	): Fact => ({
		...fact(metric, value, method),
		applicant
	});

	it('does not accuse a prose request count that includes the carried-over requests (pingtan_2022)', () => {
		// "全区收到政府信息公开申请75件，涉及自然人72件": 表三 prints 74 new (71 natural persons) and 1 carried over.
		const facts = [
			post('requests_new', 74, 'decoded'),
			post('requests_carried_over', 1, 'decoded'),
			post('requests_new', 71, 'decoded', 'natural_person'),
			post('requests_carried_over', 1, 'decoded', 'natural_person'),
			post('requests_new', 75, 'prose'),
			post('requests_new', 72, 'prose', 'natural_person')
		];
		const checks = computeChecks(facts, 'post2019_2021').filter((c) =>
			c.check.startsWith('prose_vs_table')
		);
		expect(checks.map((c) => `${c.applicant}:${c.status}`)).toEqual([
			'total:pass',
			'natural_person:pass'
		]);
	});

	it('still fails a prose count that matches neither', () => {
		const facts = [
			post('requests_new', 74, 'decoded'),
			post('requests_carried_over', 1, 'decoded'),
			post('requests_new', 76, 'prose')
		];
		expect(
			computeChecks(facts, 'post2019_2021').find((c) => c.check === 'prose_vs_table:requests_new')
				?.status
		).toBe('fail');
	});
});
