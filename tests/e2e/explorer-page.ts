/**
 * Driving the explorer (`/explore`) for the browser tests that read its charts: open a view and
 * wait until it shows something, and read the trend's points.
 */
import type { Page } from 'playwright-core';

/** The trend chart's points. */
export const TREND_POINTS = 'figure[data-chart="trend"] circle.point';

/**
 * Opens `/explore` with a query string and waits for a chart, a table or the no-data note, and for
 * its tables (the default view's chart is in the HTML before the page can be used).
 */
export async function openExplorer(page: Page, baseUrl: string, query: string): Promise<void> {
	await page.goto(`${baseUrl}explore${query}`);
	await page
		.locator(
			'figure[data-chart], [data-testid="data-table"], [data-testid="sources-table"], .nodata'
		)
		.first()
		.waitFor({ timeout: 30_000 });
	await page
		.locator('.explorer[data-tables="loaded"], [data-testid="view-needs-file"]')
		.first()
		.waitFor({ timeout: 60_000 });
}

/** The points of the trend (or of the marks `selector` names): series, year and value. */
export function trendPoints(
	page: Page,
	selector = TREND_POINTS
): Promise<{ series: string | null; year: number; value: number }[]> {
	return page.locator(selector).evaluateAll((els) =>
		els.map((e) => ({
			series: e.getAttribute('data-series'),
			year: Number(e.getAttribute('data-year')),
			value: Number(e.getAttribute('data-value'))
		}))
	);
}
