/**
 * Runs the axe-core accessibility audit inside a page. The script is evaluated through the
 * DevTools protocol (page.evaluate), which the page's Content-Security-Policy does not govern, so
 * the audit sees the site exactly as shipped.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/** The serious and critical violations on the page, one line each with where they are. */
export async function seriousViolations(page: Page): Promise<string[]> {
	await page.evaluate(AXE_SOURCE);
	return page.evaluate(async () => {
		type Result = {
			violations: {
				id: string;
				impact: string | null;
				help: string;
				nodes: { target: string[] }[];
			}[];
		};
		const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<Result> } })
			.axe;
		const result = await axe.run(document, { resultTypes: ['violations'] });
		return result.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map(
				(v) =>
					`${v.impact} ${v.id}: ${v.help} (${v.nodes
						.slice(0, 5)
						.map((n) => n.target.join(' '))
						.join(', ')})`
			);
	});
}
