/**
 * The explorer's controls operated as a reader operates them: the year range, the relative-change
 * base year, the applicant type, the table's sortable headers, the compare view's year slider and
 * the region picker. Each journey reads the result on the page and in the URL. Expected numbers are
 * figures printed in the reports (data/reports/), read by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser.ts';
import { openExplorer, TREND_POINTS, trendPoints } from './explorer-page.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});

/** The zone's own committee (平潭综合实验区管委会), not the county government of 2011 and 2013. */
const PINGTAN = '350128|平潭综合实验区管委会';
const COUNTY = '350128|平潭县人民政府';
const ZHUHAI = '440400|珠海市人民政府';
/** The zone's General Office (unit_scope general-office): never drawn as the zone's own series. */
const OFFICE = '350128|平潭综合实验区管委会办公室';

const points = (sel?: string) => trendPoints(s.page, sel);

const years = async (series = PINGTAN) =>
	(await points())
		.filter((p) => p.series === series)
		.map((p) => p.year)
		.sort((a, b) => a - b);

const param = (name: string) => new URL(s.page.url()).searchParams.get(name);

const open = (query: string) => openExplorer(s.page, s.baseUrl, query);

/** The timeline's thumbs: a year, or an end of the track (no limit). */
const thumb = (name: 'From' | 'To') => s.page.getByRole('slider', { name, exact: true });
/** Moves a thumb to a year (a thumb at an end of the track leaves the URL without a limit). */
const setYear = (name: 'From' | 'To', year: number) => thumb(name).fill(String(year));

describe('explorer controls', () => {
	it('limits the trend to the years picked on the timeline, and Back restores the range', async () => {
		await open('?regions=350128&lang=en');
		// The zone reported every year from 2011 to 2025.
		const all = Array.from({ length: 15 }, (_, i) => 2011 + i);
		await expect.poll(() => years(), { timeout: 30_000 }).toEqual(all);

		await setYear('From', 2019);
		await s.page.waitForURL(/[?&]from=2019/);
		await expect.poll(() => years()).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
		await setYear('To', 2023);
		await s.page.waitForURL(/[?&]to=2023/);
		expect(param('from')).toBe('2019');
		await expect.poll(() => years()).toEqual([2019, 2020, 2021, 2022, 2023]);
		// Every point on the chart, of every series, is inside the range.
		const drawn = await points();
		expect(drawn.every((p) => p.year >= 2019 && p.year <= 2023)).toBe(true);
		// The timeline says what the chart shows.
		await expect(thumb('From').inputValue()).resolves.toBe('2019');
		await expect(thumb('To').inputValue()).resolves.toBe('2023');
		await expect(s.page.getByTestId('year-span').textContent()).resolves.toBe('2019–2023');

		await s.page.goBack();
		await s.page.waitForURL((u) => !u.searchParams.has('to'));
		expect(param('from')).toBe('2019');
		await expect.poll(() => years()).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
		await expect.poll(() => thumb('To').inputValue()).toBe('2025');
		await s.page.goBack();
		await s.page.waitForURL((u) => !u.searchParams.has('from'));
		await expect.poll(() => years()).toEqual(all);
		await expect.poll(() => thumb('From').inputValue()).toBe('2011');
	});

	it('shows the change since a base year picked in the trend view', async () => {
		await open('?regions=350128&from=2019&lang=en');
		await s.page.getByRole('combobox', { name: 'Relative change' }).selectOption('2021');
		await s.page.waitForURL(/[?&]relative=2021/);
		// The app draws ratios to the base year (the base year at 100%, with a reference line saying so).
		const point = (year: number) =>
			s.page.locator(`${TREND_POINTS}[data-series="${PINGTAN}"][data-year="${year}"]`);
		await expect.poll(async () => Number(await point(2021).getAttribute('data-value'))).toBe(1);
		await expect(
			s.page.locator('figure[data-chart="trend"] .reference text').textContent()
		).resolves.toBe('100% = 2021');
		// The axis says what its numbers are: an index, not a change (220% is +120%).
		await expect(
			s.page.locator('figure[data-chart="trend"] text.y-label').textContent()
		).resolves.toBe('Relative to 2021 (2021 = 100%)');
		// 表三 一、本年新收 总计: pingtan_2021 "640020470" → 70; pingtan_2025 "15130000154" → 154
		// (151 natural persons, 3 businesses); pingtan_2019 "230 000023" → 23.
		const ratio = async (year: number) => Number(await point(year).getAttribute('data-value'));
		await expect(ratio(2025)).resolves.toBeCloseTo(154 / 70, 9);
		await expect(ratio(2019)).resolves.toBeCloseTo(23 / 70, 9);
		// The point's label reads the same ratio: 154 / 70 = 220%.
		await expect(point(2025).getAttribute('aria-label')).resolves.toContain('220%');

		// Off again: absolute counts, and the URL drops the parameter.
		const select = s.page.getByRole('combobox', { name: 'Relative change' });
		await select.selectOption({ label: 'Off (absolute values)' });
		await s.page.waitForURL((u) => !u.searchParams.has('relative'));
		await expect.poll(async () => Number(await point(2025).getAttribute('data-value'))).toBe(154);

		// A range that leaves out the base year drops it: absolute counts again, not an empty chart
		// and a blank select.
		await select.selectOption('2021');
		await s.page.waitForURL(/[?&]relative=2021/);
		await expect.poll(async () => Number(await point(2025).getAttribute('data-value'))).toBe(2.2);
		await setYear('From', 2023);
		await s.page.waitForURL((u) => u.searchParams.get('from') === '2023');
		expect(param('relative')).toBeNull();
		await expect.poll(() => years()).toEqual([2023, 2024, 2025]);
		await expect(point(2025).getAttribute('data-value')).resolves.toBe('154');
		await expect(select.inputValue()).resolves.toBe('');
		await expect(select.locator('option:checked').textContent()).resolves.toBe(
			'Off (absolute values)'
		);
	});

	it('explains a link whose base year is outside its year range, and draws the counts', async () => {
		await open('?regions=350128&from=2023&relative=2021&lang=en');
		await expect(s.page.getByTestId('url-problems').textContent()).resolves.toContain(
			'“relative”: 2021 is outside the year range (2023–…)'
		);
		// pingtan_2023 本年新收 "801000081" → 81, as a count.
		await expect
			.poll(async () =>
				s.page
					.locator(`${TREND_POINTS}[data-series="${PINGTAN}"][data-year="2023"]`)
					.getAttribute('data-value')
			)
			.toBe('81');
	});

	it('shows one applicant type, picked in its select', async () => {
		await open('?regions=350128&from=2019&lang=en');
		const point = (year: number) =>
			s.page.locator(`${TREND_POINTS}[data-series="${PINGTAN}"][data-year="${year}"]`);
		await expect.poll(async () => Number(await point(2021).getAttribute('data-value'))).toBe(70);
		await s.page
			.getByRole('combobox', { name: 'Applicant type' })
			.selectOption({ label: 'Natural persons' });
		await s.page.waitForURL(/[?&]applicant=natural_person/);
		// pingtan_2021 表三 一、本年新收 "640020470": 64 natural persons, 0, 0, 2, 0, 4, total 70.
		await expect.poll(async () => Number(await point(2021).getAttribute('data-value'))).toBe(64);
		// pingtan_2025 "15130000154": 151 natural persons.
		await expect(point(2025).getAttribute('data-value')).resolves.toBe('151');
		// The chart says whose requests it counts.
		await expect(
			s.page.locator('figure[data-chart="trend"] .subtitle').textContent()
		).resolves.toContain('Natural persons');
		// Pre-2019 reports have no applicant columns: no point is drawn before 2019.
		await setYear('From', 2011);
		await s.page.waitForURL((u) => !u.searchParams.has('from'));
		await expect.poll(() => years()).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
	});

	it("draws the General Office's reports as their own series, and only when all units are asked for", async () => {
		await open('?regions=350128&from=2019&lang=en');
		const series = async () => [...new Set((await points()).map((p) => p.series))].sort();
		// By default the zone's whole-region reports only (the county government stops in 2013).
		await expect.poll(series).toEqual([PINGTAN]);
		await s.page.getByRole('radio', { name: 'All reporting units' }).check();
		await s.page.waitForURL(/[?&]units=all/);
		await expect.poll(async () => (await series()).includes(OFFICE)).toBe(true);
		// pingtan-office 2019–2025 表三 一、本年新收 总计, read by hand (tests/fixtures/expected):
		// "120000012" 12, all-zero 2020, "230000023" 23, "142000016" 16, "210000021" 21,
		// "190000019" 19, "320000032" 32.
		const office = (await points())
			.filter((p) => p.series === OFFICE)
			.map((p) => [p.year, p.value])
			.sort((a, b) => a[0]! - b[0]!);
		expect(office).toEqual([
			[2019, 12],
			[2020, 0],
			[2021, 23],
			[2022, 16],
			[2023, 21],
			[2024, 19],
			[2025, 32]
		]);
		// The zone's own series is unchanged beside it: pingtan_2019 "230 000023" 23.
		expect((await points()).find((p) => p.series === PINGTAN && p.year === 2019)?.value).toBe(23);
	});

	it('compares the General Office alone, or the departments of one region side by side', async () => {
		await open('?regions=350128&metric=requests_new&from=2019&lang=en');
		const byUnit = async () => {
			const out: Record<string, [number, number | null][]> = {};
			for (const p of await points())
				(out[p.series!.split('|')[1]!] ??= []).push([p.year, p.value]);
			for (const v of Object.values(out)) v.sort((a, b) => a[0] - b[0]);
			return out;
		};
		await s.page.getByRole('radio', { name: 'Departments only' }).check();
		await s.page.waitForURL(/[?&]units=department/);
		// 表三 一、本年新收 总计 of each department's reports, read by hand (tests/fixtures/expected):
		// 自然资源与生态环境局 2020–2024 9, 18, 30, 19, 69; 交通与建设局 2023–2024 14, 58;
		// 市场监督管理局 2024 4; 社会事业局 2019 1; 财政金融局 2019 0. Neither the zone's own
		// reports nor its General Office's are among them.
		await expect.poll(byUnit).toEqual({
			平潭综合实验区自然资源与生态环境局: [
				[2020, 9],
				[2021, 18],
				[2022, 30],
				[2023, 19],
				[2024, 69]
			],
			平潭综合实验区交通与建设局: [
				[2023, 14],
				[2024, 58]
			],
			平潭综合实验区市场监督管理局: [[2024, 4]],
			平潭综合实验区社会事业局: [[2019, 1]],
			平潭综合实验区财政金融局: [[2019, 0]]
		});
		await s.page.getByRole('radio', { name: 'General offices only' }).check();
		await s.page.waitForURL(/[?&]units=office/);
		await expect.poll(byUnit).toEqual({
			平潭综合实验区管委会办公室: [
				[2019, 12],
				[2020, 0],
				[2021, 23],
				[2022, 16],
				[2023, 21],
				[2024, 19],
				[2025, 32]
			]
		});
	});

	it('sorts the table by a clicked header, both ways, and names the reporting units', async () => {
		await open('?view=table&regions=350128,440400&from=2017&to=2021&lang=en');
		const table = s.page.getByTestId('data-table');
		const rows = () =>
			table.locator('tbody tr').evaluateAll((trs) =>
				trs.map((tr) => {
					const tds = [...tr.querySelectorAll('td')];
					const cells = tds.map((td) => td.textContent!.trim());
					return {
						unit: cells[1]!,
						unitName: tds[1]!.getAttribute('title'),
						year: Number(cells[2]),
						value: cells[3]!
					};
				})
			);
		const count = (text: string) => (text === '—' ? null : Number(text.replace(/,/g, '')));
		// The header whose name is exactly this ("Year", not "Year-over-year change").
		const header = (name: string) => table.getByRole('columnheader', { name, exact: true });

		// By default rows run by year.
		await expect(header('Year').getAttribute('aria-sort')).resolves.toBe('ascending');
		await expect(header('Value').getAttribute('aria-sort')).resolves.toBe('none');

		await header('Value').getByRole('button').click();
		await expect.poll(() => header('Value').getAttribute('aria-sort')).toBe('ascending');
		await expect(header('Year').getAttribute('aria-sort')).resolves.toBe('none');
		// As printed: pingtan 2017 and 2018 统计表 受理依申请公开信息总数 0 and 0; 表三 一、本年新收
		// 总计 pingtan 2019–2021 "230 000023" 23, "200 000121" 21, "640020470" 70; zhuhai_2017
		// 附表2 申请总数 3561.
		const up = (await rows()).map((r) => count(r.value));
		expect(up).toEqual([0, 0, 21, 23, 70, 3561]);

		await header('Value').getByRole('button').click();
		await expect.poll(() => header('Value').getAttribute('aria-sort')).toBe('descending');
		const down = (await rows()).map((r) => count(r.value));
		expect(down).toEqual([3561, 70, 23, 21, 0, 0]);

		// Year, then reversed: the years of both regions, newest first.
		await header('Year').getByRole('button').click();
		await expect.poll(() => header('Year').getAttribute('aria-sort')).toBe('ascending');
		await header('Year').getByRole('button').click();
		await expect.poll(() => header('Year').getAttribute('aria-sort')).toBe('descending');
		const byYear = (await rows()).map((r) => r.year);
		expect(byYear).toEqual([...byYear].sort((a, b) => b - a));
		expect(byYear[0]).toBe(2021);

		// Each row names the unit that published the report (front matter of each file), by a short
		// name, the full one on hover.
		const units = new Set((await rows()).map((r) => r.unitName));
		expect(units).toEqual(new Set(['平潭综合实验区管委会', '珠海市人民政府']));
		const short = new Set((await rows()).map((r) => r.unit));
		expect(short).toEqual(new Set(['Pingtan · Admin. Committee', 'Zhuhai · City Gov.']));
		// A rate is shown as a percentage with what it is made of: pingtan_2021 表三 总计 column,
		// 予以公开 30 of 总计 69 answered.
		await s.page.getByRole('radio', { name: 'Rates', exact: true }).check();
		await s.page.waitForURL(/[?&]metric=grant_rate/);
		const row2021 = table.locator('tbody tr', { hasText: 'Pingtan · Admin. Committee' }).filter({
			has: s.page.locator('td:nth-child(3)', { hasText: /^2021$/ })
		});
		await expect.poll(() => row2021.locator('td').nth(3).textContent()).toBe('43.5%');
		await expect(row2021.locator('td').nth(4).textContent()).resolves.toBe('30');
		await expect(row2021.locator('td').nth(5).textContent()).resolves.toBe('69');
	});

	it('moves the compare year with the keyboard on its slider', async () => {
		await open('?view=compare&regions=350128,440400&lang=en');
		const bars = () =>
			s.page
				.locator('figure[data-chart="compare"] rect.bar')
				.evaluateAll((els) =>
					Object.fromEntries(
						els.map((e) => [e.getAttribute('data-key')!, Number(e.getAttribute('data-year'))])
					)
				);
		// Latest: each reporting unit its own latest report (the zone's committee 2025, the county
		// government over the same territory 2013, Zhuhai 2017).
		await expect.poll(bars).toEqual({ [PINGTAN]: 2025, [COUNTY]: 2013, [ZHUHAI]: 2017 });
		const slider = s.page.getByRole('slider', { name: /^Year/ });
		await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('Latest year');
		expect(param('year')).toBeNull();

		await slider.focus();
		// The keys go to whatever has the focus: the slider must keep it while the URL changes.
		const key = (k: string) => s.page.keyboard.press(k);
		const sliderFocused = () =>
			slider.evaluate((el) => el === document.activeElement).catch(() => false);
		await key('ArrowLeft');
		await s.page.waitForURL(/[?&]year=2025/);
		// Only the zone's committee has a 2025 report: only its bar is drawn.
		await expect.poll(bars).toEqual({ [PINGTAN]: 2025 });
		await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('2025');

		await key('ArrowLeft');
		await s.page.waitForURL(/[?&]year=2024/);
		await expect.poll(bars).toEqual({ [PINGTAN]: 2024 });
		expect(await sliderFocused()).toBe(true);
		await key('ArrowLeft');
		await s.page.waitForURL(/[?&]year=2023/);
		await expect.poll(bars).toEqual({ [PINGTAN]: 2023 });
		// pingtan_2023 本年新收 "801000081" → 81.
		await expect(
			s.page
				.locator(`figure[data-chart="compare"] rect.bar[data-key="${PINGTAN}"]`)
				.getAttribute('data-value')
		).resolves.toBe('81');

		await key('ArrowRight');
		await key('ArrowRight');
		await key('ArrowRight');
		await s.page.waitForURL((u) => !u.searchParams.has('year'));
		await expect.poll(bars).toEqual({ [PINGTAN]: 2025, [COUNTY]: 2013, [ZHUHAI]: 2017 });
		await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('Latest year');

		// A range that leaves out the chosen year goes back to each unit's latest year in the range,
		// rather than drawing no bar under a slider that points at another year.
		await key('ArrowLeft');
		await key('ArrowLeft');
		await s.page.waitForURL(/[?&]year=2024/);
		await setYear('To', 2023);
		await s.page.waitForURL((u) => u.searchParams.get('to') === '2023');
		expect(param('year')).toBeNull();
		await expect.poll(bars).toEqual({ [PINGTAN]: 2023, [COUNTY]: 2013, [ZHUHAI]: 2017 });
		await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('Latest year');
	});

	it('removes a region with its checkbox, and filters the list by level', async () => {
		await open('?regions=350128,131000,440400&lang=en');
		const regionsOnChart = async () =>
			[...new Set((await points()).map((p) => p.series!.split('|')[0]))].sort();
		await expect.poll(regionsOnChart).toEqual(['131000', '350128', '440400']);
		const row = (id: string) => s.page.locator(`#region-list li[data-region="${id}"]`);

		await s.page.getByRole('checkbox', { name: /Langfang/ }).uncheck();
		await s.page.waitForURL((u) => u.searchParams.get('regions') === '350128,440400');
		await expect.poll(regionsOnChart).toEqual(['350128', '440400']);
		await expect.poll(() => row('131000').locator('input').isChecked()).toBe(false);

		// The list: every region with a report (7), then only the cities among them.
		const search = s.page.getByRole('searchbox', { name: 'Search regions' });
		const rows = s.page.locator('#region-list li[data-region]');
		const rowIds = () =>
			rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-region')!).sort());
		await expect
			.poll(rowIds)
			.toEqual(['131000', '150602', '150700', '310000', '350128', '440400', '530400']);
		await s.page.getByRole('combobox', { name: 'Level' }).selectOption({ label: 'City' });
		// 廊坊市, 呼伦贝尔市, 珠海市, 玉溪市 (front matter: level city); the selected zone stays listed.
		await expect.poll(rowIds).toEqual(['131000', '150700', '350128', '440400', '530400']);
		const levels = await rows.locator('.lvl').allTextContents();
		expect(new Set(levels)).toEqual(new Set(['City', 'Zone']));
		// Zhuhai is already on the chart: its checkbox is ticked.
		await expect(row('440400').locator('input').isChecked()).resolves.toBe(true);
		// Typing narrows further, within the level: the code prefix "150" finds Hulunbuir (150700),
		// not Dongsheng District (150602).
		await search.fill('150');
		await expect.poll(rowIds).toEqual(['150700']);
		await search.press('Enter');
		await s.page.waitForURL((u) => u.searchParams.get('regions') === '350128,440400,150700');
		// hulunbuir_2016 prints no request figure: it stays selected, no point is drawn for it, and
		// the chart says so.
		await expect.poll(() => row('150700').locator('input').isChecked()).toBe(true);
		await expect.poll(regionsOnChart).toEqual(['350128', '440400']);
		await expect(
			s.page.locator('[data-testid="view-notices"] li[data-kind="no-data"]').textContent()
		).resolves.toContain('Hulunbuir');
	});
});
