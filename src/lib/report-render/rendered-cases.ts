/**
 * The metamorphic cases: every hand-read report whose tables hold values, rendered in every
 * rendering, once as read and once with cells blanked (hand-read-values.ts), each with the facts a
 * reader finds in the rendered text. Shared by the unit test and `npm run ingest -- --accuracy`.
 */
import type { ExpectedValue, Undecidable } from './compare-facts';
import { printsTables, tableValues, withBlanks, type HandRead } from './hand-read-values';
import type { Layout } from './official-tables';
import { renderReport } from './render-report';
import { RENDERINGS, type Rendering } from './renderings';

export interface RenderedCase {
	stem: string;
	rendering: Rendering;
	blanked: boolean;
	text: string;
	expected: ExpectedValue[];
	absent: Undecidable[];
}

export function renderedCases(
	reports: readonly { stem: string; expected: HandRead }[],
	renderings: readonly Rendering[] = RENDERINGS
): RenderedCase[] {
	const out: RenderedCase[] = [];
	for (const { stem, expected } of reports) {
		const layout = expected.format as Layout;
		const base = tableValues(expected);
		if (!printsTables(layout, base)) continue;
		const year = Number(/_(\d{4})$/.exec(stem)?.[1] ?? (layout === 'pre2019' ? 2015 : 2021));
		for (const blanked of [false, true]) {
			const values = blanked ? withBlanks(layout, base) : base;
			const facts: ExpectedValue[] = [];
			const absent: Undecidable[] = [];
			for (const [key, printed] of values) {
				const [metric, applicant] = key.split('|') as [string, string];
				if (metric.includes('#')) continue; // a 历年累计 value: no metric id
				if (printed === null) absent.push({ metric, applicant });
				else {
					const read = expected.facts.find(
						(f) =>
							f.source === 'table' && f.metric === metric && (f.applicant ?? 'total') === applicant
					);
					facts.push({ metric, applicant, value: read?.value ?? Number(printed), source: 'table' });
				}
			}
			for (const rendering of renderings)
				out.push({
					stem,
					rendering,
					blanked,
					text: renderReport({ layout, year, unit: '样例市人民政府', values }, rendering),
					expected: facts,
					absent
				});
		}
	}
	return out;
}
