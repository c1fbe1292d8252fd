import { describe, expect, it } from 'vitest';
import { consoleSearch, mayAutorun, parseConsoleUrl } from './url-query';

describe('console URL state', () => {
	it('parses q and lang, defaulting to zh', () => {
		expect(parseConsoleUrl(new URLSearchParams('q=SELECT%201&lang=en'))).toEqual({
			q: 'SELECT 1',
			lang: 'en'
		});
		expect(parseConsoleUrl(new URLSearchParams('lang=xx'))).toEqual({ q: '', lang: 'zh' });
	});

	it('round-trips through the search string', () => {
		const s = { q: "SELECT * FROM facts WHERE metric = 'a&b'", lang: 'en' as const };
		expect(parseConsoleUrl(new URLSearchParams(consoleSearch(s)))).toEqual(s);
		expect(consoleSearch({ q: '', lang: 'zh' })).toBe('');
	});

	it('auto-runs only short, non-empty queries', () => {
		expect(mayAutorun('SELECT 1')).toBe(true);
		expect(mayAutorun('  ')).toBe(false);
		expect(mayAutorun('SELECT 1 -- ' + 'x'.repeat(10_000))).toBe(false);
	});
});
