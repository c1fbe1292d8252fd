/**
 * The explorer's region picker searched as a reader searches: pinyin initials, full pinyin, the
 * official name of the county the 平潭 zone administers, and the options' pinyin order. The
 * pinyin comes from the data build; the page ships no pinyin library (checked on the built chunks).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser.ts';
import { openExplorer } from './explorer-page.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});

/** The search box's label: 'Search regions' in English, '搜索地区' in Chinese. */
let label = 'Search regions';
const search = () => s.page.getByRole('searchbox', { name: label, exact: true });
/** The region panel's rows (while typing: the matches, best first). */
const options = () => s.page.locator('#region-list li[data-region]');
const optionIds = () =>
	options().evaluateAll((els) => els.map((e) => e.getAttribute('data-region')!));
const open = async (query: string) => {
	label = query.includes('lang=zh') ? '搜索地区' : 'Search regions';
	await openExplorer(s.page, s.baseUrl, query);
};

describe('region picker search', () => {
	it('"hlbe" finds 呼伦贝尔市 alone, and Enter ticks it onto the chart', async () => {
		await open('?regions=350128&lang=en');
		await search().fill('hlbe');
		await expect.poll(optionIds, { timeout: 10_000 }).toEqual(['150700']);
		await expect(options().first().textContent()).resolves.toContain('呼伦贝尔市');
		await search().press('Enter');
		await s.page.waitForURL((u) => u.searchParams.get('regions') === '350128,150700');
		// The search is emptied; the selected regions lead the list, 呼伦贝尔 ticked.
		const row = s.page.locator('#region-list li[data-region="150700"]');
		await expect.poll(() => row.locator('input').isChecked()).toBe(true);
		await expect(row.textContent()).resolves.toContain('Hulunbuir');
	});

	it('"hulunbeier" (full pinyin) and "pingtan" find their regions; 平潭县 finds the zone', async () => {
		await open('?regions=440400&lang=zh');
		await search().fill('hulunbeier');
		await expect.poll(optionIds, { timeout: 10_000 }).toEqual(['150700']);
		// Both 平潭 names: the zone's committee and the county government file under 350128.
		await search().fill('pingtan');
		await expect.poll(optionIds).toEqual(['350128']);
		const text = await options().first().textContent();
		expect(text).toContain('平潭综合实验区');
		expect(text).toContain('平潭县');
		await search().fill('平潭县');
		await expect.poll(optionIds).toEqual(['350128']);
	});

	it('says that a region of China without a report has none yet, fetching the dictionary only then', async () => {
		const fetched: string[] = [];
		const onRequest = (r: { url(): string }) => fetched.push(new URL(r.url()).pathname);
		s.page.on('request', onRequest);
		await open('?regions=350128&lang=en');
		expect(fetched.some((p) => p.endsWith('/regions.parquet'))).toBe(false);
		await search().fill('nanjing');
		const note = s.page.getByTestId('region-no-match');
		await expect
			.poll(() => note.textContent(), { timeout: 30_000 })
			.toContain('南京市 Nanjing (320100)');
		await expect(note.textContent()).resolves.toContain('no report here yet');
		expect(fetched.some((p) => p.endsWith('/regions.parquet'))).toBe(true);
		// Nothing to pick: Enter adds nothing.
		await search().press('Enter');
		expect(new URL(s.page.url()).searchParams.get('regions')).toBe('350128');
		s.page.off('request', onRequest);
	});

	it('lists provinces in pinyin order, not in code-point order', async () => {
		// 玉溪 (云南) selected: the other regions with reports are listed by province, 广东 among them.
		await open('?regions=530400&lang=zh');
		const groups = s.page.locator('#region-list li.group:not(.others)');
		await expect.poll(() => groups.count(), { timeout: 10_000 }).toBeGreaterThan(3);
		const names = await groups.allTextContents();
		expect(names).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
		// 福建 (fu) before 广东 (guang): by code point 广 U+5E7F comes first.
		expect(names.indexOf('福建省')).toBeLessThan(names.indexOf('广东省'));
	});

	it('the built site ships no pinyin library', () => {
		const dir = resolve(import.meta.dirname, '..', '..', 'build', '_app', 'immutable');
		const files = (d: string): string[] =>
			readdirSync(d, { withFileTypes: true }).flatMap((e) =>
				e.isDirectory() ? files(join(d, e.name)) : e.name.endsWith('.js') ? [join(d, e.name)] : []
			);
		const all = files(dir);
		expect(all.length).toBeGreaterThan(10);
		// pinyin-pro's dictionary holds these syllable runs; our strings never do.
		const hits = all.filter((f) => /pinyin-pro|zhōng|shuāng/.test(readFileSync(f, 'utf8')));
		expect(hits).toEqual([]);
	});
});
