/**
 * Driving the SQL console (`/sql`) as a person does, for every browser test that runs queries:
 * type into the editor, press Run, wait until the query has finished.
 */
import type { Page } from 'playwright-core';

/** Replaces the editor's text by typing, as a person would. */
export async function typeQuery(page: Page, sql: string): Promise<void> {
	await page.getByRole('textbox', { name: 'SQL editor' }).click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	await page.keyboard.insertText(sql);
}

/** How many queries the console has finished (done, error or cancelled). */
export const runCount = async (page: Page): Promise<number> =>
	Number(await page.locator('[data-run-count]').getAttribute('data-run-count'));

/** Waits until a query started by `start` has finished; the run's status. */
export async function finished(
	page: Page,
	start: () => Promise<void>,
	timeout = 30_000
): Promise<string | null> {
	const before = await runCount(page);
	await start();
	await page.waitForFunction(
		(n) => Number(document.querySelector('[data-run-count]')?.getAttribute('data-run-count')) > n,
		before,
		{ timeout }
	);
	return page.locator('[data-run-status]').getAttribute('data-run-status');
}

/** Presses Run and waits until the query has finished; the run's status. */
export const runAndWait = (page: Page, timeout?: number): Promise<string | null> =>
	finished(page, () => page.getByRole('button', { name: 'Run', exact: true }).click(), timeout);

/** Types a query, runs it with the Run button and waits until it has finished; its status. */
export async function runQuery(page: Page, sql: string, timeout?: number): Promise<string | null> {
	await typeQuery(page, sql);
	return runAndWait(page, timeout);
}
