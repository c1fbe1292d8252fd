import { describe, expect, it } from 'vitest';
import {
	autorunRefusal,
	consoleSearch,
	fitsInLink,
	mayAutorun,
	parseConsoleUrl,
	SHARE_MAX_CHARS
} from './url-query';

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

	it('does not auto-run a link that attaches, detaches, switches or creates', () => {
		const probe =
			"USE memory; DETACH atlas; ATTACH 'atlas.duckdb' AS atlas; UPDATE atlas.main.facts SET value = value*10+7; CHECKPOINT atlas; USE atlas; SELECT 'ok'";
		expect(autorunRefusal(probe)).toBe('statement');
		for (const q of [
			"attach ':memory:' AS atlas",
			'CREATE TEMP TABLE facts AS SELECT 1 AS value',
			'select 1;\nDetach atlas',
			'SET search_path = memory',
			'RESET ALL',
			'PRAGMA version'
		])
			expect(mayAutorun(q), q).toBe(false);
		// Words inside names are not statements.
		for (const q of [
			'SELECT created_at, updated, user_id, settings FROM t',
			"SELECT * FROM facts WHERE metric = 'requests_received'"
		])
			expect(mayAutorun(q), q).toBe(true);
	});

	it('says when a query is too long for a link', () => {
		expect(fitsInLink({ q: 'SELECT 1', lang: 'en' })).toBe(true);
		// Chinese text is encoded as 9 characters per character.
		const q = `SELECT '${'数'.repeat(500)}'`;
		expect(q.length).toBeLessThan(SHARE_MAX_CHARS);
		expect(fitsInLink({ q, lang: 'zh' })).toBe(false);
		expect(fitsInLink({ q: 'x'.repeat(20_000), lang: 'zh' })).toBe(false);
	});
});
