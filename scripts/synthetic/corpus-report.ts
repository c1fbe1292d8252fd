/**
 * One SYNTHETIC report file: front matter (region, unit, year, `source: synthetic`), a line saying
 * it is generated, and the report's tables in one of the renderings the extraction engine meets
 * (src/lib/report-render, the metamorphic test's renderer), chosen by the report's hash. Returns the
 * values it printed too: the truth the engine's facts are compared with.
 */
import type { ExpectedValue } from '../../src/lib/report-render/compare-facts.ts';
import { renderReport } from '../../src/lib/report-render/render-report.ts';
import { RENDERINGS, type Rendering } from '../../src/lib/report-render/renderings.ts';
import type { PlannedReport } from './corpus-shape.ts';
import { reportValues, seeded } from './corpus-values.ts';

export const SYNTHETIC_TITLE_PREFIX = '合成数据 SYNTHETIC: ';
export const SYNTHETIC_NOTICE =
	'合成数据 SYNTHETIC DATA：本报告由程序生成，不是任何政府机关的报告。Generated, not from any government report.';

export interface CorpusReport {
	report_id: string;
	/** file name: `.html` for the HTML rendering, `.txt` otherwise */
	file: string;
	rendering: Rendering;
	text: string;
	/** the table values printed, as facts (历年累计 cells are no metric) */
	expected: ExpectedValue[];
}

export function renderingOf(p: PlannedReport, seed: number): Rendering {
	const r = seeded(`${seed}|rendering|${p.report_id}`)();
	return RENDERINGS[Math.floor(r * RENDERINGS.length)]!;
}

export function corpusReport(
	p: PlannedReport,
	seed: number,
	rendering = renderingOf(p, seed)
): CorpusReport {
	const values = reportValues(p, seed);
	const unit = p.region.name_zh + p.unit.suffix;
	const frontMatter = [
		'---',
		`region: ${p.region.name_zh}`,
		`region_code: ${p.region.region_id}`,
		`parent_code: ${p.region.parent_id}`,
		`province: ${p.region.province}`,
		`level: ${p.region.level}`,
		`unit: ${unit}（合成）`,
		`unit_scope: ${p.unit.scope}`,
		`year: ${p.year}`,
		`source: synthetic (seed ${seed}, rendering ${rendering.id})`,
		'---'
	].join('\n');
	const body = renderReport(
		{ layout: p.format, year: p.year, unit: SYNTHETIC_TITLE_PREFIX + unit, values },
		rendering
	);
	const expected: ExpectedValue[] = [];
	for (const [key, printed] of values) {
		const [metric, applicant] = key.split('|') as [string, string];
		if (!metric.includes('#'))
			expected.push({ metric, applicant, value: Number(printed), source: 'table' });
	}
	const html = rendering.id === 'html';
	const text = html
		? `${frontMatter}\n<p>${SYNTHETIC_NOTICE}</p>\n${body}`
		: `${frontMatter}\n${SYNTHETIC_NOTICE}\n${body}`;
	return {
		report_id: p.report_id,
		file: `${p.report_id}.${html ? 'html' : 'txt'}`,
		rendering,
		text,
		expected
	};
}
