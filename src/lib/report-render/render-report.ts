/**
 * Renders a whole report around its statistics tables in one of the renderings: a title line
 * (unit, year), the table sections, and no prose with numbers, so every fact the engine finds in
 * the text comes from a table.
 */
import { layoutSpec } from '../extract/layouts';
import { officialTables, type Layout } from './official-tables';
import type { Rendering } from './renderings';
import { fillTables, type TableValues } from './table-values';

export interface ReportToRender {
	layout: Layout;
	year: number;
	unit: string;
	values: TableValues;
}

export function renderReport(report: ReportToRender, rendering: Rendering): string {
	const cumulative = [...report.values.keys()].some((k) => k.includes('#'));
	const sections = fillTables(officialTables(report.layout, cumulative), report.values);
	const title = `${report.unit}${report.year}年度政府信息公开工作年度报告`;
	// The running header opens with the year: digits that must not be taken for a cell.
	const body = rendering.render(sections, {
		runningHeader: `${report.year}年度政府信息公开工作年度报告`
	});
	const closing =
		layoutSpec(report.layout)?.era === 'pre2019'
			? '二、存在的主要问题及改进情况'
			: '五、存在的主要问题及改进情况';
	return [title, '一、总体情况', '本年度工作情况见下表。', body, closing, '无。', ''].join('\n');
}
