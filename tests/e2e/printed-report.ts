/**
 * A 2021-layout report (official-report.ts: its tables from the hand-read values) printed as the
 * PDF import test lays it out: the title and section headings as text lines, 表三 as one line per
 * row (its label, then the seven applicant cells) and 表二 and 表四 as grids of cells
 * (text-pdf.ts's reportPdf lays them out).
 */
import { officialReport } from './official-report.ts';
import type { PdfGrid } from './text-pdf.ts';

export function printedReport(stem: string, title: string): { text: string; grids: PdfGrid[] } {
	const tables = officialReport(stem, title).blocks.flatMap((b) => ('table' in b ? [b.table] : []));
	const [table2, table3, table4] = tables as [string[][], string[][], string[][]];
	// 表三 below its three header rows: a group heading alone, a row as its label and seven cells.
	const rows3 = table3
		.slice(3)
		.map((row) => (row.slice(1).some((c) => c !== '') ? row.join(' ') : row[0]!));
	const text = [
		title,
		'一、总体情况',
		'二、主动公开政府信息情况',
		'三、收到和处理政府信息公开申请情况',
		'申请人情况 自然人 法人或其他组织 总计',
		'商业企业 科研机构 社会公益组织 法律服务机构 其他',
		...rows3,
		'四、政府信息公开行政复议、行政诉讼情况',
		'五、政府信息公开工作存在的主要问题及改进情况'
	].join('\n');
	return {
		text,
		grids: [
			{ after: /^二、主动公开政府信息情况/, until: /^三、/, rows: table2 },
			{ after: /^四、政府信息公开行政复议/, until: /^五、/, rows: table4 }
		]
	};
}
