/**
 * /region/<code> as a reader uses it: the profile of 平潭综合实验区 (350128, the region_code of
 * data/reports/pingtan_*.txt): its units and years, the chart drawn in the HTML, a metric chosen,
 * the page in English, a source link opening the report's text; and the pages for a former code,
 * a region without reports and an unknown code. The profile downloads no data file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { openSession, type Session } from './browser.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});

const POINT = (unit: string, year: number) =>
	`figure[data-chart="trend"] circle.point[data-series="350128|${unit}"][data-year="${year}"]`;

describe('/region/350128', () => {
	it('lists every unit with its years and draws the requests of the whole-region units, fetching no data file', async () => {
		const start = s.requests.length;
		await s.page.goto(`${s.baseUrl}region/350128`);
		await expect(s.page.locator('h1').textContent()).resolves.toBe(
			'平潭综合实验区政府信息公开年报概况'
		);
		const units = await s.page
			.locator('.unit[data-unit]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-unit')));
		// The front matter's units: the 管委会 and 平潭县人民政府 (whole region), the 管委会办公室,
		// then six departments.
		expect(units.slice(0, 3)).toEqual([
			'平潭综合实验区管委会',
			'平潭县人民政府',
			'平潭综合实验区管委会办公室'
		]);
		expect(units).toHaveLength(9);
		expect(units).toContain('平潭综合实验区自然资源与生态环境局');
		// pingtan-office_*: 2014, 2015, 2017 … 2025 (no 2016).
		const office = s.page.locator('.unit[data-unit="平潭综合实验区管委会办公室"]');
		await expect(office.getByTestId('unit-years').textContent()).resolves.toBe(
			'11 份年报：2014、2015、2017、2018、2019、2020、2021、2022、2023、2024、2025'
		);
		// pingtan_2020 表三 一、本年新收 "200 000121": 21 requests; the chart's point says so.
		const point = s.page.locator(POINT('平潭综合实验区管委会', 2020));
		await expect(point.getAttribute('data-value')).resolves.toBe('21');
		// pingtan-county_2012: "2012年全县共收到有关政府信息公开的申请21条".
		await expect(
			s.page.locator(POINT('平潭县人民政府', 2012)).getAttribute('data-value')
		).resolves.toBe('21');
		await expect(
			s.page
				.locator(
					'.unit[data-unit="平潭综合实验区管委会"] tr[data-year="2020"] td[data-metric="h_requests"]'
				)
				.textContent()
		).resolves.toBe('21');
		expect(await seriousViolations(s.page)).toEqual([]);
		const fetched = s.requests.slice(start).map((u) => new URL(u).pathname);
		expect(fetched.filter((p) => /\.parquet$|\.duckdb$|\.wasm$|\/texts\//.test(p))).toEqual([]);
	});

	it('with JavaScript off, the chart and the tables are in the HTML', async () => {
		const off = await s.browser.newContext({ javaScriptEnabled: false });
		try {
			const page = await off.newPage();
			await page.goto(`${s.baseUrl}region/350128`);
			// 管委会 and 平潭县人民政府, the whole-region units.
			expect(await page.locator('figure[data-chart="trend"] g.series').count()).toBe(2);
			expect(
				await page.locator('figure[data-chart="trend"] svg path.line').count()
			).toBeGreaterThan(1);
			await expect(
				page.locator(POINT('平潭综合实验区管委会', 2020)).getAttribute('data-value')
			).resolves.toBe('21');
			expect(await page.locator('[data-testid="sources"] li').count()).toBe(41);
		} finally {
			await off.close();
		}
	});

	it('shows a chosen rate, in English, with the choice in the URL', async () => {
		await s.page.goto(`${s.baseUrl}region/350128`);
		await s.page.getByTestId('lang-switch').click();
		await expect
			.poll(() => s.page.locator('h1').textContent())
			.toBe('Pingtan Comprehensive Experimental Zone: information-disclosure annual reports');
		await s.page.locator('[data-testid="metric-choices"] a[data-metric="openness_rate"]').click();
		await expect.poll(() => new URL(s.page.url()).search).toBe('?lang=en&metric=openness_rate');
		await expect
			.poll(() => s.page.locator('figure[data-chart="trend"] figcaption').textContent())
			.toContain('Openness rate');
		// pingtan_2020: （一）予以公开 7 + （二）部分公开 6 of （七）总计 21.
		const value = await s.page
			.locator(POINT('平潭综合实验区管委会', 2020))
			.getAttribute('data-value');
		expect(Number(value)).toBeCloseTo(13 / 21, 10);
		// Departments, each its own line.
		await s.page.locator('[data-testid="scope-choices"] a[data-scope="department"]').click();
		await expect.poll(() => s.page.locator('figure[data-chart="trend"] g.series').count()).toBe(6);
		await expect(s.page.getByTestId('departments').locator('caption').textContent()).resolves.toBe(
			'Openness rate: each department by year'
		);
	});

	it("a source link opens the report's text in the explorer", async () => {
		await s.page.goto(`${s.baseUrl}region/350128`);
		await s.page.locator('[data-testid="sources"] li[data-report="pingtan_2020"] a').click();
		await expect.poll(() => new URL(s.page.url()).pathname).toBe('/explore');
		const passage = s.page.locator('aside.source-panel[data-report="pingtan_2020"] pre');
		await passage.waitFor({ timeout: 60_000 });
		await expect
			.poll(() => passage.textContent())
			.toContain('平潭综合实验区2020年政府信息公开工作年度报告');
		await expect(passage.textContent()).resolves.toContain('本年新收政府信息公开申请数量');
		// …and the panel links back to the profile.
		await s.page.locator('aside.source-panel').getByTestId('region-profile').click();
		await expect.poll(() => new URL(s.page.url()).pathname).toBe('/region/350128');
	});
});

describe('/region/350128, failed checks and print', () => {
	it("says each failed check as a sentence in both languages, linked to its report's text", async () => {
		await s.page.goto(`${s.baseUrl}region/350128`);
		// pingtan_2020 表三: the outcome rows add up to 27, （七）总计 prints 21.
		const row = s.page.locator(
			'[data-testid="failed-checks"] tr[data-check="outcomes_sum"][data-report="pingtan_2020"]'
		);
		const sentence = row.locator('td.sentence a');
		await expect(sentence.allTextContents()).resolves.toContain(
			'各项办理结果合计27件，报告所列总数为21件。'
		);
		// No check id is shown, in any row.
		const table = s.page.getByTestId('failed-checks');
		await expect(table.textContent()).resolves.not.toMatch(
			/outcomes_sum|columns_sum|prose_vs_table/
		);
		await s.page.getByTestId('lang-switch').click();
		await expect
			.poll(() => sentence.allTextContents())
			.toContain('The outcome rows add up to 27, the printed total is 21.');
		await expect(table.textContent()).resolves.not.toMatch(
			/outcomes_sum|columns_sum|prose_vs_table/
		);
		// The sentence opens its report's text in the explorer.
		await sentence.first().click();
		await expect.poll(() => new URL(s.page.url()).pathname).toBe('/explore');
		expect(new URL(s.page.url()).searchParams.get('report')).toBe('pingtan_2020');
		const passage = s.page.locator('aside.source-panel[data-report="pingtan_2020"] pre');
		await passage.waitFor({ timeout: 60_000 });
		await expect
			.poll(() => passage.textContent())
			.toContain('平潭综合实验区2020年政府信息公开工作年度报告');
	});

	it('printed, keeps the title, the chart and the citation line and leaves out navigation and controls', async () => {
		await s.page.goto(`${s.baseUrl}region/350128`);
		const chart = s.page.locator('figure[data-chart="trend"]');
		await chart.waitFor();
		const onScreen = [
			'header.top nav',
			'[data-testid="metric-choices"]',
			'[data-testid="explore-link"]',
			'[data-testid="lang-switch"]'
		];
		const kept = ['h1', 'figure[data-chart="trend"]', '[data-testid="sources"]', 'p.cite'];
		// On the screen, all of them show …
		for (const sel of [...onScreen, ...kept])
			await expect(s.page.locator(sel).first().isVisible(), sel).resolves.toBe(true);
		await s.page.emulateMedia({ media: 'print' });
		try {
			// … printed, the navigation and controls do not.
			for (const sel of onScreen)
				await expect
					.poll(() => s.page.locator(sel).first().isVisible(), { message: sel })
					.toBe(false);
			for (const sel of kept)
				await expect(s.page.locator(sel).first().isVisible(), sel).resolves.toBe(true);
			await expect(s.page.locator('h1').textContent()).resolves.toBe(
				'平潭综合实验区政府信息公开年报概况'
			);
			expect(await chart.locator('circle.point').count()).toBeGreaterThan(10);
			await expect(s.page.locator('p.cite').textContent()).resolves.toContain('/region/350128');
		} finally {
			await s.page.emulateMedia({ media: 'screen' });
		}
	});
});

describe('other codes', () => {
	it('a former code (东胜区 was 152701) leads to its successor', async () => {
		const off = await s.browser.newContext({ javaScriptEnabled: false });
		try {
			const page = await off.newPage();
			const response = await page.request.get(`${s.baseUrl}region/152701`);
			const html = await response.text();
			// Relative, as every link of the prerendered site: /region/152701 → /region/150602.
			expect(html).toContain('href="../region/150602"');
			expect(html).toContain('代码 152701 已停用，现归入 东胜区（150602）。');
		} finally {
			await off.close();
		}
		// The page's meta refresh (0 s) replaces it while it loads, so waiting for its own load event
		// races that navigation (this test once ran into its 60 s timeout): wait for the commit, then
		// for the successor's page.
		await s.page.goto(`${s.baseUrl}region/152701`, { waitUntil: 'commit' });
		await s.page.waitForURL((u) => u.pathname === '/region/150602', { timeout: 30_000 });
		await expect.poll(() => new URL(s.page.url()).pathname).toBe('/region/150602');
		await expect.poll(() => s.page.locator('h1').textContent()).toBe('东胜区政府信息公开年报概况');
	});

	it('a region without reports and an unknown code get a sentence and a search link', async () => {
		await s.page.goto(`${s.baseUrl}region/110000`);
		const note = s.page.getByTestId('region-not-found');
		await expect
			.poll(() => note.textContent(), { timeout: 30_000 })
			.toContain('北京市（110000）尚无收录的年报。');
		await expect(note.getAttribute('data-status')).resolves.toBe('404');
		await s.page.goto(`${s.baseUrl}region/999999?lang=en`);
		await expect
			.poll(() => note.textContent(), { timeout: 30_000 })
			.toContain('The atlas has no reports of a region with the code 999999.');
		await s.page.getByTestId('search-link').click();
		await expect.poll(() => new URL(s.page.url()).pathname).toBe('/explore');
	});
});
