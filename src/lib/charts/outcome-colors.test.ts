import { describe, expect, it } from 'vitest';
import { OUTCOME_PARTS } from '../contract/metrics';
import { ANSWER_METRICS } from '../contract/check-metrics';
import { ROLE_SHADES, outcomeColors, outcomeRole, type OutcomeRole } from './outcome-colors';

const roleOfColor = (color: string): OutcomeRole[] =>
	(Object.keys(ROLE_SHADES) as OutcomeRole[]).filter((r) => ROLE_SHADES[r].includes(color));

// Every category the handling chart shows as printed since 2019, in its order (view-data.ts).
const SINCE_2019 = [
	'outcome_granted',
	'outcome_partial',
	...OUTCOME_PARTS.outcome_denied,
	...OUTCOME_PARTS.outcome_unable,
	...OUTCOME_PARTS.outcome_not_processed,
	...OUTCOME_PARTS.outcome_other,
	'outcome_other'
];

describe('outcome colours', () => {
	it('colour every denial reason as a denial, never as a grant', () => {
		const colors = outcomeColors([...SINCE_2019, ...ANSWER_METRICS]);
		for (const id of OUTCOME_PARTS.outcome_denied) {
			expect(roleOfColor(colors.get(id)!), id).toEqual(['denied']);
		}
		expect(roleOfColor(colors.get('answer_denied')!)).toEqual(['denied']);
		expect(roleOfColor(colors.get('outcome_granted')!)).toEqual(['granted']);
		expect(roleOfColor(colors.get('answer_already_public')!)).toEqual(['granted']);
	});

	it('give each role its own colours, and the roles their main colour in the comparable chart', () => {
		const roles = Object.values(ROLE_SHADES).flat();
		expect(new Set(roles).size).toBe(roles.length);
		const comparable = outcomeColors([
			'granted',
			'partial',
			'denied',
			'unable',
			'not_processed',
			'other'
		]);
		expect(comparable.get('denied')).toBe(ROLE_SHADES.denied[0]);
		expect(comparable.get('not_processed')).toBe(ROLE_SHADES.not_processed[0]);
	});

	it('tell the shown categories of one role apart', () => {
		const colors = outcomeColors(SINCE_2019);
		const denied = OUTCOME_PARTS.outcome_denied.map((id) => colors.get(id));
		expect(new Set(denied).size).toBe(denied.length);
		expect(outcomeRole('notproc_repeat')).toBe('not_processed');
		expect(outcomeRole('unable_unclear')).toBe('unable');
		expect(outcomeRole('other_misc')).toBe('other');
	});
});
