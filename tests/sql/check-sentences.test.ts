/**
 * Every check of the built `checks` table reads as a sentence in both languages, without the
 * check's id or a metric id in it (src/lib/i18n/check-sentence.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkScope } from '../../src/lib/contract/check-metrics.ts';
import { METRICS } from '../../src/lib/contract/metrics.ts';
import { checkSentence, type CheckLike } from '../../src/lib/i18n/check-sentence.ts';
import { openBuiltData, rows } from './parquet-db.ts';

let checks: CheckLike[] = [];

beforeAll(async () => {
	const db = await openBuiltData();
	checks = (await rows(db, 'SELECT "check", applicant, status, expected, actual FROM checks')).map(
		(r) => ({
			check: String(r.check),
			applicant: String(r.applicant),
			status: String(r.status),
			expected: r.expected === null ? null : Number(r.expected),
			actual: r.actual === null ? null : Number(r.actual)
		})
	);
});

const ids = new RegExp(
	`\\b(${[...METRICS.map((m) => m.metric), 'columns_sum', 'prose_vs_table', 'requests_balance', 'outcomes_sum', 'answers_sum', 'channels_sum', 'not_assessable'].join('|')})\\b`
);

describe('check sentences on our data', () => {
	it('every check kind in the table is known', () => {
		expect(checks.length).toBeGreaterThan(100);
		const unknown = [...new Set(checks.map((c) => c.check))].filter(
			(id) => checkScope(id).kind === 'unknown'
		);
		expect(unknown).toEqual([]);
	});

	it('every check gets a sentence in both languages with no raw id', () => {
		for (const c of checks)
			for (const lang of ['zh', 'en'] as const) {
				const s = checkSentence(lang, c);
				expect(s, `${lang} ${c.check} ${c.status}`).not.toMatch(ids);
				expect(s, `${lang} ${c.check}`).not.toMatch(/\{\w+/);
				expect(s.length).toBeGreaterThan(10);
			}
	});

	it('a failing check says both of its numbers', () => {
		for (const c of checks.filter((x) => x.status === 'fail'))
			for (const lang of ['zh', 'en'] as const) {
				const s = checkSentence(lang, c);
				for (const n of [c.expected, c.actual])
					expect(s, `${lang} ${c.check}`).toContain(n!.toLocaleString('en'));
			}
	});
});
