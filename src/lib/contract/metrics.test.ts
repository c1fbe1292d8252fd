import { METRIC_DEFINITIONS } from './metric-definitions';
import { describe, it, expect } from 'vitest';
import { METRICS, METRIC_BY_ID, APPLICANTS, APPLICANT_LABELS } from './metrics';

const GROUPS = [
	'requests',
	'outcomes',
	'denial_reasons',
	'unable_reasons',
	'not_processed_reasons',
	'other_reasons',
	'review_litigation',
	'proactive',
	'channels',
	'answers',
	'capacity',
	'harmonized',
	'rates'
];

const ERAS = ['since2019', 'layout2019', 'layout2021', 'pre2019', 'all', 'harmonized'];

// Representative ids typed from docs/data-contract.md, one or more from every table.
const CONTRACT_IDS: Record<string, string> = {
	requests_new: 'since2019',
	requests_carried_over: 'since2019',
	outcome_granted: 'since2019',
	outcome_denied: 'since2019',
	denied_three_safety: 'since2019',
	unable_not_held: 'since2019',
	notproc_confirm: 'since2019',
	other_no_fee: 'layout2021',
	outcome_total: 'since2019',
	requests_carried_forward: 'since2019',
	review_corrected: 'all',
	review_total: 'all',
	litigation_direct_total: 'since2019',
	litigation_after_review_pending: 'since2019',
	litigation_total: 'pre2019',
	rules_in_force: 'layout2021',
	fees_amount_10k_yuan: 'layout2021',
	licensing_decisions: 'since2019',
	penalty_decisions: 'since2019',
	other_services_change: 'layout2019',
	coercion_prev_items: 'layout2019',
	procurement_amount_yuan: 'layout2019',
	proactive_via_wechat: 'pre2019',
	channel_in_person: 'pre2019',
	answer_denied_not_gov_info: 'pre2019',
	answer_other_channel: 'pre2019',
	staff_part_time: 'pre2019',
	budget_10k_yuan: 'pre2019',
	h_lawsuits: 'harmonized',
	h_proactive: 'harmonized',
	correction_rate: 'harmonized'
};

describe('metric dictionary', () => {
	it('has unique snake_case ids', () => {
		const ids = METRICS.map((m) => m.metric);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
		expect(METRIC_BY_ID.size).toBe(ids.length);
	});

	it('has non-empty labels and definitions', () => {
		for (const m of METRICS) {
			expect(m.label_zh.trim(), m.metric).not.toBe('');
			expect(m.label_en.trim(), m.metric).not.toBe('');
			expect(METRIC_DEFINITIONS[m.metric]?.trim().length ?? 0, m.metric).toBeGreaterThan(10);
		}
	});

	it('contains the representative contract ids with their eras', () => {
		for (const [id, era] of Object.entries(CONTRACT_IDS)) {
			const m = METRIC_BY_ID.get(id);
			expect(m, id).toBeDefined();
			expect(m?.era, id).toBe(era);
		}
	});

	it('uses only the listed groups and eras, groups in order', () => {
		let last = 0;
		for (const m of METRICS) {
			const g = GROUPS.indexOf(m.group);
			expect(g, m.metric).toBeGreaterThanOrEqual(0);
			expect(g, `${m.metric} out of group order`).toBeGreaterThanOrEqual(last);
			last = g;
			expect(ERAS, m.metric).toContain(m.era);
		}
		expect(new Set(METRICS.map((m) => m.group))).toEqual(new Set(GROUPS));
	});

	it('uses ratio exactly for the rates', () => {
		for (const m of METRICS) expect(m.unit === 'ratio', m.metric).toBe(m.group === 'rates');
	});

	it('labels every applicant column', () => {
		expect(APPLICANTS).toHaveLength(7);
		for (const a of APPLICANTS) {
			expect(APPLICANT_LABELS[a].zh).not.toBe('');
			expect(APPLICANT_LABELS[a].en).not.toBe('');
		}
		expect(APPLICANT_LABELS.natural_person.zh).toBe('自然人');
		expect(APPLICANT_LABELS.total.zh).toBe('总计');
	});
});
