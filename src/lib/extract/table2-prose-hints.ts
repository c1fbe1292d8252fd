/**
 * Figures the prose above 表二 states about the table's own cells: hints for choosing among the
 * readings of a run-together row, never facts of their own (the fixtures keep these sentences
 * unmapped: they describe an activity — notices published, documents reviewed — whose count the
 * table happens to print too). A reading that agrees with more of them wins (extract-table2.ts).
 */

/**
 * "集中公开现行有效行政规范性文件698件" (pingtan_2022), "清理并集中发布现行有效行政规范性文件393件，
 * 动态更新本年度制发的规范性文件77件" (pingtan_2023): the document library a report says it keeps.
 * It is the year-end count or the count before this year's new documents are added, so it
 * admits a 现行有效 cell of L or L + 本年制发 — which of the two it is, the sentence does not say.
 */
const LIBRARY = /现行有效(?:的)?(规章|(?:行政)?规范性文件)(\d+)\s*(?:件|部|个|份)/g;
export const IN_FORCE: Record<string, { made: string; inForce: string }> = {
	规章: { made: 'rules_made', inForce: 'rules_in_force' },
	规范性文件: { made: 'normative_docs_made', inForce: 'normative_docs_in_force' }
};

export function libraryCounts(text: string, before: number): Map<string, number[]> {
	const out = new Map<string, number[]>();
	LIBRARY.lastIndex = 0;
	for (let m = LIBRARY.exec(text); m && m.index < before; m = LIBRARY.exec(text)) {
		const kind = IN_FORCE[m[1]!.replace(/^行政/, '')]!.inForce;
		out.set(kind, [...(out.get(kind) ?? []), Number(m[2])]);
	}
	return out;
}

/**
 * "今年共发布采购信息21条共5419886元" (pingtan-office_2019), "全年共发布采购信息197批次涉及金额
 * 3601627.4元" (pingtan-office_2020): a count and an amount in one clause on procurement restate
 * 第二十条第（九）项's 采购项目数量 and 采购总金额 (the amount in 元).
 */
const PROCUREMENT = /(\d+)\s*(?:条|批次|批|项|个|宗)[^\d。；，,]{0,10}?(\d+(?:\.\d+)?)\s*(万)?元/g;

/**
 * "先后审核各部门印发的22条规范性文件并在政府网站上发布" (pingtan-office_2019): a number of
 * 规范性文件 in a clause that says they were issued (本年新制作) and/or published (本年新公开) —
 * the 2019 layout's columns. Not a category of a list ("其中地方性法规、政府规章和规范性文件1条",
 * "政策、规范性文件类信息3条"), nor the library or its clean-up (现行有效, 清理, 废止).
 */
const NORMATIVE = /(\d+)\s*(?:件|条|个|份)(?:行政)?规范性文件|规范性文件(\d+)\s*(?:件|条|个|份)/g;
const NOT_THIS_YEARS = /规章|法规|类|其中|现行有效|累计|历年|截至|清理|废止|失效|备案|征求/;
const ISSUED = /印发|制发|制定|出台|新制/;
const PUBLISHED = /发布|公开/;

function add(out: Map<string, number[]>, metric: string, value: number): void {
	out.set(metric, [...(out.get(metric) ?? []), value]);
}

/** The figures of the clauses above `before` (where 表二 starts), by the metric they restate. */
export function statedTable2Figures(text: string, before: number): Map<string, number[]> {
	const out = new Map<string, number[]>();
	for (const clause of text.slice(0, before).split(/[，,。；;]/)) {
		if (/采购/.test(clause)) {
			PROCUREMENT.lastIndex = 0;
			for (let m = PROCUREMENT.exec(clause); m; m = PROCUREMENT.exec(clause)) {
				add(out, 'procurement_items', Number(m[1]));
				add(out, 'procurement_amount_yuan', Number((Number(m[2]) * (m[3] ? 10000 : 1)).toFixed(6)));
			}
		}
		if (/规范性文件/.test(clause) && !NOT_THIS_YEARS.test(clause)) {
			NORMATIVE.lastIndex = 0;
			for (let m = NORMATIVE.exec(clause); m; m = NORMATIVE.exec(clause)) {
				const n = Number(m[1] ?? m[2]);
				if (ISSUED.test(clause)) add(out, 'normative_docs_new_made', n);
				if (PUBLISHED.test(clause)) add(out, 'normative_docs_new_published', n);
			}
		}
	}
	return out;
}
