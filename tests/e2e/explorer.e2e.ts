/**
 * The explorer as an analyst uses it: pick regions by pinyin, change the metric, switch views,
 * share the URL, open the source passage of a point, download the CSV, survive a broken link.
 * Expected numbers are figures printed in the reports.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, openSession, type Session } from './browser.ts';
import { openExplorer, trendPoints } from './explorer-page.ts';

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});

const points = (sel?: string) => trendPoints(s.page, sel);

const open = (query: string) => openExplorer(s.page, s.baseUrl, query);

describe('explorer', () => {
	it('draws the default trend from our origin only, without the SQL engine', async () => {
		await open('');
		expect((await points()).length).toBeGreaterThan(10);
		const marks = await s.page.evaluate(() =>
			Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]))
		);
		expect(marks['ogi:first-chart']).toBeLessThanOrEqual(marks['ogi:tables-loaded']!);
		expect(marks['ogi:engine-ready']).toBeUndefined();
		expect(s.requests.filter((u) => u.endsWith('.wasm') || /duckdb/.test(u))).toEqual([]);
		expect(foreignRequests(s)).toEqual([]);
	});

	it('finds a region by pinyin and puts the selection in the URL', async () => {
		await open('?regions=350128&lang=en');
		const search = s.page.getByRole('searchbox', { name: 'Search regions' });
		await search.fill('zhuhai');
		await s.page.getByRole('checkbox', { name: /Zhuhai/ }).waitFor();
		await search.press('Enter');
		await s.page.waitForURL(/regions=350128%2C440400|regions=350128,440400/);
		const series = new Set((await points()).map((p) => p.series));
		expect([...series].some((k) => k?.startsWith('440400'))).toBe(true);
		// 珠海 2017 附表2 申请总数 3561
		expect((await points()).find((p) => p.series?.startsWith('440400'))).toMatchObject({
			year: 2017,
			value: 3561
		});
	});

	it('changes the metric and the view, and the URL restores the same chart in a new page', async () => {
		await open('?regions=350128,440400&lang=en');
		await s.page.getByTestId('metric').selectOption('grant_rate');
		await s.page.waitForURL(/metric=grant_rate/);
		await s.page.getByRole('tab', { name: 'Compare' }).click();
		await s.page.waitForURL(/view=compare/);
		await s.page.locator('figure[data-chart="compare"] rect.bar').first().waitFor();
		const bars = await s.page
			.locator('figure[data-chart="compare"] rect.bar')
			.evaluateAll((els) =>
				els.map((e) => [
					e.getAttribute('data-key'),
					Number(e.getAttribute('data-value')),
					Number(e.getAttribute('data-year'))
				])
			);
		// 珠海 2017 附表2: 同意公开 1504 + 属于已主动公开 157 of 对申请的答复总数 3561.
		const zhuhai = bars.find((b) => String(b[0]).startsWith('440400'))!;
		expect(zhuhai[1]).toBeCloseTo((1504 + 157) / 3561, 6);
		expect(zhuhai[2]).toBe(2017);

		const url = s.page.url();
		const other = await s.context.newPage();
		await other.goto(url);
		await other
			.locator('figure[data-chart="compare"] rect.bar')
			.first()
			.waitFor({ timeout: 30_000 });
		const again = await other
			.locator('figure[data-chart="compare"] rect.bar')
			.evaluateAll((els) =>
				els.map((e) => [
					e.getAttribute('data-key'),
					Number(e.getAttribute('data-value')),
					Number(e.getAttribute('data-year'))
				])
			);
		expect(again).toEqual(bars);
		await other.close();

		await s.page.goBack();
		await s.page.waitForURL((u) => !u.search.includes('view=compare'));
		await s.page.locator('figure[data-chart="trend"]').waitFor();
	});

	it('shows how requests were handled as shares that add up', async () => {
		await open('?view=handling&regions=350128&from=2021&to=2021&lang=en');
		const segs = await s.page
			.locator('figure[data-chart="handling"] rect.segment')
			.evaluateAll((els) =>
				els.map((e) => [e.getAttribute('data-category'), Number(e.getAttribute('data-value'))])
			);
		// pingtan_2021 表三: 予以公开 30, 部分公开 5, 不予公开 8, 无法提供 25, 其他处理 1 (不予处理 0 is not drawn).
		expect(Object.fromEntries(segs)).toMatchObject({
			granted: 30,
			partial: 5,
			denied: 8,
			unable: 25,
			other: 1
		});
	});

	it('shows pre-2019 handling (珠海 2017, 统计表) as shares of what the table prints, incomplete', async () => {
		await open('?view=handling&regions=440400&lang=en');
		const row = s.page.locator('figure[data-chart="handling"] g.row[data-year="2017"]');
		await row.waitFor({ timeout: 30_000 });
		const segs = Object.fromEntries(
			await s.page
				.locator('figure[data-chart="handling"] rect.segment[data-year="2017"]')
				.evaluateAll((els) =>
					els.map((e) => [
						e.getAttribute('data-category'),
						[Number(e.getAttribute('data-value')), Number(e.getAttribute('data-share'))]
					])
				)
		);
		// zhuhai_2017 附表2: 属于已主动公开范围数 157 + 同意公开答复数 1504 = 1661 granted (the era's
		// definition), 同意部分公开答复数 912, 不同意公开答复数 1497. The table prints "5.其他 781" in
		// place of the rows of 无法提供 and 告知通过其他途径办理: those are not printed, and 不予处理 does
		// not exist before 2019. 157 + 1504 + 912 + 1497 = 4070 exceeds its 3561 答复总数 (its own
		// percentages add up to 136%), so the shares are of 4070: 40.81%, 22.41%, 36.78%.
		expect(Object.keys(segs).sort()).toEqual(['denied', 'granted', 'partial']);
		expect(segs.granted).toEqual([1661, 0.4081]);
		expect(segs.partial).toEqual([912, 0.2241]);
		expect(segs.denied).toEqual([1497, 0.3678]);
		await expect(row.getAttribute('data-status')).resolves.toBe('incomplete');
		await expect(s.page.locator('#view-panel > p.note').innerText()).resolves.toContain(
			'Before 2019'
		);
		// As printed, each printed row is its own category, a denial never coloured like a grant.
		await open('?view=handling&regions=440400&handling=raw&lang=en');
		const color = (category: string) =>
			s.page
				.locator(`figure[data-chart="handling"] rect.segment[data-category="${category}"]`)
				// The category's colour (a segment whose check failed is drawn hollow, in an outline of it).
				.evaluate((e) => getComputedStyle(e).getPropertyValue('--segment-color').trim());
		const denied = await color('answer_denied');
		expect(denied).toMatch(/^#/);
		expect([await color('answer_granted'), await color('answer_already_public')]).not.toContain(
			denied
		);
	});

	it('switches measure, scale, handling categories and reporting units with their buttons', async () => {
		const radio = (name: string) => s.page.getByRole('radio', { name, exact: true });
		// Reporting units: 上海市's one report is its general office's (上海市人民政府办公厅, 2025),
		// not a whole-region report, so the default (whole-region reports only) draws nothing for it.
		await open('?regions=310000&lang=en');
		await expect(radio('Whole-region reports only').isChecked()).resolves.toBe(true);
		const shanghai = s.page.locator(
			'figure[data-chart="trend"] circle.point[data-series^="310000|"]'
		);
		await expect(shanghai.count()).resolves.toBe(0);
		await radio('All reporting units').check();
		await s.page.waitForURL(/units=all/);
		await shanghai.first().waitFor();
		await expect(shanghai.first().getAttribute('data-series')).resolves.toContain(
			'上海市人民政府办公厅'
		);
		await expect(shanghai.first().getAttribute('data-year')).resolves.toBe('2025');

		await open('?regions=350128&from=2021&to=2021&lang=en');
		await radio('Log').check();
		await s.page.waitForURL(/scale=log/);
		await expect(radio('Log').isChecked()).resolves.toBe(true);
		// Rates: the grant rate of pingtan_2021 表三 (total column, read by hand): 予以公开 30 of
		// 总计 69 answered.
		await radio('Rates').check();
		await s.page.waitForURL(/metric=grant_rate/);
		const rate = s.page.locator('figure[data-chart="trend"] circle.point[data-year="2021"]');
		await expect
			.poll(async () => Number(await rate.first().getAttribute('data-value')))
			.toBeCloseTo(30 / 69, 6);
		await radio('Counts').check();
		await s.page.waitForURL(/metric=h_requests|^(?!.*metric=)/);

		// Handling: as printed, 不予公开 8 splits into its reasons (pingtan_2021 表三, total column):
		// 三类内部事务信息 1, 行政执法案卷 6, 行政查询事项 1; 无法提供 25 is 本机关不掌握 25.
		await s.page.getByRole('tab', { name: 'Request handling' }).click();
		await s.page.waitForURL(/view=handling/);
		await radio('As printed (raw)').check();
		await s.page.waitForURL(/handling=raw/);
		const segment = (category: string) =>
			s.page.locator(
				`figure[data-chart="handling"] rect.segment[data-year="2021"][data-category="${category}"]`
			);
		await segment('denied_enforcement_file').first().waitFor();
		const value = async (category: string) =>
			Number(await segment(category).first().getAttribute('data-value'));
		await expect(value('outcome_granted')).resolves.toBe(30);
		await expect(value('denied_internal_affairs')).resolves.toBe(1);
		await expect(value('denied_enforcement_file')).resolves.toBe(6);
		await expect(value('denied_admin_query')).resolves.toBe(1);
		await expect(value('unable_not_held')).resolves.toBe(25);
		await expect(segment('denied').count()).resolves.toBe(0);
		// Back to comparable categories, and the URL drops the choice again.
		await radio('Comparable (harmonized)').check();
		await s.page.waitForURL((u) => !u.search.includes('handling=raw'));
		await segment('denied').first().waitFor();
	});

	it("opens the report passage behind a point, highlighted, with the report's checks", async () => {
		await open('?regions=350128&from=2021&to=2021&lang=en');
		const point = s.page
			.locator('figure[data-chart="trend"] circle.point[data-year="2021"]')
			.first();
		await point.focus();
		await point.press('Enter');
		const panel = s.page.locator('aside.source-panel');
		await panel.waitFor();
		await panel.locator('mark').first().waitFor();
		// "本年新收…640020470": the total 70 is decoded from the run-together row.
		await expect(panel.locator('mark').first().textContent()).resolves.toBe('70');
		// Both places the report prints it: the decoded table cell and the prose "共收到70件申请".
		await expect(
			panel.locator('tr[data-fact="requests_new"]', { hasText: 'Decoded' }).count()
		).resolves.toBe(1);
		await expect(
			panel.locator('tr[data-fact="requests_new"]', { hasText: 'Read from the text' }).count()
		).resolves.toBe(1);
		// The checks load beside the facts, not with them.
		await panel.locator('tr[data-check]').nth(5).waitFor({ timeout: 30_000 });
		await panel.getByRole('button', { name: 'Close' }).click();
		await panel.waitFor({ state: 'detached' });
	});

	it("says when a number was decided by the adjacent year's report", async () => {
		// pingtan_2019 prints 行政处罚 '26480430'; only pingtan_2020's 上一年项目数量 2648 decides it
		// as 2648 | 0 | 430, so the 430 decisions are a cross-year reading, and say so.
		await open('?regions=350128&metric=penalty_decisions&from=2019&to=2019&lang=en');
		const point = s.page
			.locator('figure[data-chart="trend"] circle.point[data-year="2019"]')
			.first();
		await expect.poll(() => point.getAttribute('data-value'), { timeout: 30_000 }).toBe('430');
		await point.focus();
		await point.press('Enter');
		const panel = s.page.locator('aside.source-panel');
		await panel.locator('mark').first().waitFor({ timeout: 30_000 });
		await expect(panel.locator('mark').first().textContent()).resolves.toBe('430');
		await expect(
			panel.locator('tr[data-fact="penalty_decisions"]').first().textContent()
		).resolves.toContain('Decided by the adjacent year’s report');
	});

	it('downloads the numbers behind the chart as CSV', async () => {
		await open('?regions=350128&lang=en&view=table');
		const [download] = await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByRole('button', { name: 'Download CSV' }).click()
		]);
		const csv = readFileSync((await download.path())!, 'utf8');
		const lines = csv
			.replace(/^\uFEFF/, '')
			.trim()
			.split(/\r\n/);
		expect(lines[0]).toBe(
			'metric,region,region_id,unit,year,value,numerator,denominator,approx,failed_checks,report_id,format,data_version'
		);
		// Every row carries the data version the site was built with (static/data/version.json).
		const version = JSON.parse(
			readFileSync(
				resolve(import.meta.dirname, '..', '..', 'build', 'data', 'version.json'),
				'utf8'
			)
		).version as string;
		expect(version).toMatch(/^\w+$/);
		for (const line of lines.slice(1)) expect(line.endsWith(`,${version}`)).toBe(true);
		expect(lines).toContainEqual(
			expect.stringMatching(/^h_requests,.*,350128,平潭综合实验区管委会,2021,70,/)
		);
		// A year without a figure stays empty, not 0.
		expect(lines.every((l) => !/,NaN,/.test(l))).toBe(true);
	});

	it('downloads the chart as SVG and PNG, with its title and source line', async () => {
		await open('?regions=350128,440400&lang=en');
		const onPage = await points();
		const [svgFile] = await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByRole('button', { name: 'Download SVG' }).click()
		]);
		expect(svgFile.suggestedFilename()).toMatch(/\.svg$/);
		const svg = readFileSync((await svgFile.path())!, 'utf8');
		expect(svg).toMatch(/^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		// The same marks as on the page, the metric's title, and the source line.
		expect(svg.match(/<circle[^>]*class="point/g)?.length).toBe(onPage.length);
		expect(svg).toContain('Requests');
		// The source line names the reporting units (front matter of pingtan_* and zhuhai_2017).
		const source = /<text[^>]*>(Source: [^<]*)<\/text><\/svg>$/.exec(svg)?.[1] ?? '';
		expect(source).toMatch(/^Source: annual reports of .* · OGI Atlas · data version \w+$/);
		expect(source).toContain('平潭综合实验区管委会');
		expect(source).toContain('珠海市人民政府');
		// Styles are inlined: the file draws the same without our stylesheet.
		expect(svg).toMatch(/style="[^"]*stroke/);

		const [pngFile] = await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByRole('button', { name: 'Download PNG' }).click()
		]);
		expect(pngFile.suggestedFilename()).toMatch(/\.png$/);
		const png = readFileSync((await pngFile.path())!);
		expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
		const width = png.readUInt32BE(16);
		const height = png.readUInt32BE(20);
		const svgWidth = Number(/^<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);
		// Drawn at twice the size, for sharp text on high-density screens.
		expect(width).toBe(Math.ceil(svgWidth * 2));
		expect(height).toBeGreaterThan(200);
		// Not a blank image: decoded in the page, it has the chart's many colours.
		const colours = await s.page.evaluate(
			async (bytes) => {
				const bitmap = await createImageBitmap(
					new Blob([new Uint8Array(bytes)], { type: 'image/png' })
				);
				const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
				const ctx = canvas.getContext('2d')!;
				ctx.drawImage(bitmap, 0, 0);
				const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
				const seen = new Set<number>();
				for (let i = 0; i < data.length; i += 4)
					seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
				return seen.size;
			},
			[...png]
		);
		expect(colours).toBeGreaterThan(20);

		// The ranked bars are in the chart's interactive layer: the file has them too.
		await s.page.getByRole('tab', { name: 'Compare' }).click();
		const bars = s.page.locator('figure[data-chart="compare"] rect.bar');
		await bars.first().waitFor();
		const [compareFile] = await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByRole('button', { name: 'Download SVG' }).click()
		]);
		const compareSvg = readFileSync((await compareFile.path())!, 'utf8');
		expect(compareSvg.match(/<rect[^>]*class="bar/g)?.length).toBe(await bars.count());
	});

	it('explains a broken link and stays usable', async () => {
		await open('?view=<script>&regions=999999,abc<>&from=1e309&metric=__proto__&lang=en');
		const problems = s.page.getByTestId('url-problems');
		await expect(problems.textContent()).resolves.toMatch(/not understood/);
		expect((await points()).length).toBeGreaterThan(0);
		expect(s.consoleErrors.filter((e) => !e.includes('favicon'))).toEqual([]);
	});

	it('switches the interface language', async () => {
		await open('?regions=350128');
		await expect(s.page.getByRole('tab', { selected: true }).textContent()).resolves.toBe('趋势');
		await s.page.getByRole('button', { name: 'English' }).click();
		await s.page.waitForURL(/lang=en/);
		await expect(s.page.getByRole('tab', { selected: true }).textContent()).resolves.toBe('Trend');
		expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en');
	});

	it('follows a dark color scheme', async () => {
		const dark = await s.browser.newContext({ colorScheme: 'dark' });
		const page = await dark.newPage();
		await page.goto(`${s.baseUrl}explore?regions=350128`);
		await page
			.locator('figure[data-chart="trend"] circle.point')
			.first()
			.waitFor({ timeout: 30_000 });
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(bg).toBe('rgb(21, 24, 28)');
		await dark.close();
	});

	it('offers the iframe snippet of the current chart', async () => {
		await open('?view=compare&regions=350128,440400&lang=en');
		await s.page.getByRole('button', { name: 'Embed' }).click();
		const snippet = await s.page.getByTestId('embed-snippet').inputValue();
		expect(snippet).toMatch(/^<iframe /);
		expect(snippet).toContain(`${s.baseUrl}embed/compare?`);
		expect(snippet).toMatch(/regions=350128(%2C|,)440400/);
		expect(snippet).toContain('loading="lazy"');
		await s.page.locator('dialog iframe').first().waitFor();
		const frame = s.page.frameLocator('dialog iframe').first();
		await frame
			.locator('figure[data-chart="compare"] rect.bar')
			.first()
			.waitFor({ timeout: 30_000 });
	});

	it("opens the chart's query in the SQL console, which returns the chart's numbers", async () => {
		await open('?regions=350128&from=2021&to=2021&lang=en');
		await s.page.getByTestId('open-sql').click();
		await s.page.waitForURL(/\/sql\?/);
		const grid = s.page.locator('table, [role="grid"]').filter({ hasText: '2021' }).first();
		await grid.waitFor({ timeout: 90_000 });
		// pingtan_2021 本年新收 total 70 (the zone's committee).
		await expect(grid.textContent()).resolves.toContain('70');
	});
});
