import { describe, expect, it } from 'vitest';
import { checkInvolves, checkScope } from '../contract/check-metrics';
import { checkSentence } from './check-sentence';

// pingtan_2020 表三: 予以公开 7, 部分公开 6, 无法提供 4 + 3, 不予处理 3, 其他处理 4 → 27; 总计 21.
const outcomes = {
	check: 'outcomes_sum',
	applicant: 'total',
	status: 'fail',
	expected: 21,
	actual: 27
};

describe('checkSentence', () => {
	it('says what a failing sum found, in both languages', () => {
		expect(checkSentence('en', outcomes)).toBe(
			'The outcome rows add up to 27, the printed total is 21.'
		);
		expect(checkSentence('zh', outcomes)).toBe('各项办理结果合计27件，报告所列总数为21件。');
	});

	it('names the metric of a per-metric check by its label, and the applicant column', () => {
		const columns = checkSentence('en', {
			check: 'columns_sum:outcome_partial',
			applicant: 'total',
			status: 'fail',
			expected: 8,
			actual: 9
		});
		expect(columns).toMatch(
			/^In the row “Partly granted[^”]*”, .* add up to 9, the total column is 8\.$/
		);
		const person = checkSentence('en', { ...outcomes, applicant: 'natural_person' });
		expect(person).toBe('Natural persons: The outcome rows add up to 27, the printed total is 21.');
		const prose = checkSentence('zh', {
			check: 'prose_vs_table:proactive_total',
			applicant: 'total',
			status: 'fail',
			expected: 739,
			actual: 1913
		});
		expect(prose).toMatch(/^正文所述“.+”为1,913，表格所列为739。$/);
		expect(prose).not.toContain('proactive_total');
	});

	it('explains a shortfall of parts stated in prose instead of calling it a failure', () => {
		const s = checkSentence('en', {
			check: 'answers_sum',
			applicant: 'total',
			status: 'not_assessable',
			expected: 10,
			actual: 7
		});
		expect(s).toContain('add up to 7, the printed number of answers is 10.');
		expect(s).toContain('not the report’s error');
	});

	it('uses the English plural form for one request', () => {
		const c = {
			check: 'carried_over_vs_previous_year',
			applicant: 'total',
			status: 'fail',
			expected: 0
		};
		expect(checkSentence('en', { ...c, actual: 1 })).toContain('carries over 1 request from');
		expect(checkSentence('en', { ...c, actual: 2 })).toContain('carries over 2 requests from');
	});

	it('falls back to the id only for a check it does not know', () => {
		expect(checkSentence('en', { ...outcomes, check: 'new_kind' })).toBe('Check “new_kind”: fail.');
	});
});

describe('checkInvolves', () => {
	it('involves the metrics a check adds up, in its own column', () => {
		expect(checkInvolves(outcomes, 'outcome_total', 'total')).toBe(true);
		expect(checkInvolves(outcomes, 'unable_not_held', 'total')).toBe(true);
		expect(checkInvolves(outcomes, 'outcome_total', 'natural_person')).toBe(false);
		expect(checkInvolves(outcomes, 'requests_new', 'total')).toBe(false);
	});

	it('a proactive-disclosure check does not involve the request count (平潭 2012)', () => {
		const c = { check: 'prose_vs_table:proactive_total', applicant: 'total' };
		expect(checkInvolves(c, 'proactive_total', 'total')).toBe(true);
		expect(checkInvolves(c, 'requests_received', 'total')).toBe(false);
	});

	it('a columns sum involves its row in every applicant column', () => {
		const c = { check: 'columns_sum:outcome_partial', applicant: 'total' };
		expect(checkInvolves(c, 'outcome_partial', 'legal_commercial')).toBe(true);
		expect(checkInvolves(c, 'outcome_granted', 'total')).toBe(false);
	});

	it('knows the 表四 blocks and the subtotals', () => {
		expect(checkScope('litigation_direct_sum').metrics).toContain('litigation_direct_pending');
		expect(checkScope('outcome_denied_sum').metrics).toContain('denied_admin_query');
		expect(checkScope('review_sum').subject).toBe('review_total');
	});
});
