/**
 * The HTML parser (htmlparser2, for reports saved as HTML) is code the import worker, the import
 * page's Word reader (a .docx becomes HTML, loaded only when a .docx is read) and the data build
 * need, and no page otherwise: it must not be in what the explorer, the console or the home page load.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser.ts';

const BUILD = resolve(import.meta.dirname, '..', '..', 'build');
/** A name htmlparser2's Parser calls its handlers by, which no other code of ours uses. */
const MARKER = 'onprocessinginstruction';

const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]
	);

let s: Session;
beforeAll(async () => {
	s = await openSession();
});
afterAll(async () => {
	await s?.close();
});

describe('the HTML parser', () => {
	it('is built into the import worker and the Word reader only', () => {
		const withParser = files(join(BUILD, '_app')).filter(
			(f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes(MARKER)
		);
		const worker = withParser.filter((f) =>
			/^_app\/immutable\/workers\/extract\.worker-[\w-]+\.js$/.test(relative(BUILD, f))
		);
		// The other one is the chunk the import page imports for a .docx: it holds docxToText.
		const others = withParser.filter((f) => !worker.includes(f));
		expect(worker).toHaveLength(1);
		expect(others).toHaveLength(1);
		expect(readFileSync(others[0]!, 'utf8')).toContain('docxToText');
	});

	it('is not downloaded by the explorer, with its source panel open', async () => {
		const bodies: Promise<string>[] = [];
		s.page.on('response', (r) => {
			if (r.url().endsWith('.js')) bodies.push(r.text().catch(() => ''));
		});
		await s.page.goto(`${s.baseUrl}explore?regions=350128&from=2021&to=2021&lang=en`);
		const point = s.page.locator('figure[data-chart="trend"] circle.point').first();
		await point.waitFor({ timeout: 30_000 });
		await point.focus();
		await point.press('Enter');
		await s.page.locator('aside.source-panel pre mark').first().waitFor({ timeout: 30_000 });
		const scripts = await Promise.all(bodies);
		expect(scripts.length).toBeGreaterThan(0);
		expect(scripts.filter((js) => js.includes(MARKER))).toEqual([]);
	});
});
