import { afterAll, beforeAll, it } from 'vitest';
import { openSession, type Session } from './browser.ts';
import * as cp from './console-page.ts';
let s: Session;
beforeAll(async () => { s = await openSession(); });
afterAll(async () => { await s?.close(); });
it('probe', async () => {
	await s.page.goto(`${s.baseUrl}sql?lang=en`);
	await s.page.locator('[data-engine-status="ready"]').waitFor({ timeout: 90_000 });
	for (const q of ['SELEC 1', 'SELECT region_name, count(*) n FROM reports GROUP BY', "SELECT 'abc", 'SELECT 1;\nSELEC 2', 'SELECT 地区 FROM', 'SELECT nope FROM facts', 'SELECT 1 +']) {
		await cp.runQuery(s.page, q);
		console.log(JSON.stringify(q), '=>', JSON.stringify(await s.page.getByRole('alert').allTextContents()));
	}
});
