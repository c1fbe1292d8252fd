import { describe, expect, it } from 'vitest';
import { consoleUrlProblems } from './url-problems';

describe('consoleUrlProblems', () => {
	it('accepts the two languages and no language', () => {
		for (const q of ['', 'lang=en', 'lang=zh&q=SELECT%201'])
			expect(consoleUrlProblems(new URLSearchParams(q))).toEqual([]);
	});

	it('names an unknown language, cut short and made safe to show', () => {
		const [p] = consoleUrlProblems(new URLSearchParams({ lang: 'fr\u202e' + 'x'.repeat(500) }));
		expect(p?.param).toBe('lang');
		expect(p?.message_en).toMatch(/^“lang”: “fr\uFFFDx+…” was not understood \(allowed: zh, en\)/);
		expect(p!.message_en.length).toBeLessThan(200);
		expect(p?.message_zh).toContain('zh, en');
	});
});
