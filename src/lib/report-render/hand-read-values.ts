/**
 * Turns a report's hand-read values (tests/fixtures/expected/*.json) into the printed cells of its
 * statistics tables, and blanks cells on purpose to test that a blank stays absent.
 */
import { CUMULATIVE, officialTables, type Layout } from './official-tables';
import { cellKey, type TableValues } from './table-values';

export interface HandReadFact {
	metric: string;
	applicant?: string;
	value: number;
	source: 'table' | 'prose';
	raw?: string;
}

export interface HandRead {
	format: string;
	facts: HandReadFact[];
	absent?: { metric: string; applicant?: string }[];
	ambiguous?: { metric?: string; applicant?: string }[];
	cumulative?: { metric: string; value: number; raw?: string }[];
}

/** The printed text of a value: the hand-read raw where it is the number itself. */
function printed(value: number, raw: string | undefined): string {
	return raw !== undefined && /^-?\d+(?:\.\d+)?$/.test(raw) && Number(raw) === value
		? raw
		: String(value);
}

/**
 * Table cells of a hand-read report: each table fact's value; absent and ambiguous cells printed
 * blank (a reader could not read a number there, so a rendering has none to print).
 */
export function tableValues(expected: HandRead): Map<string, string | null> {
	const values = new Map<string, string | null>();
	for (const f of expected.facts) {
		if (f.source !== 'table') continue;
		const key = `${f.metric}|${f.applicant ?? 'total'}`;
		if (!values.has(key)) values.set(key, printed(f.value, f.raw));
	}
	for (const c of expected.cumulative ?? [])
		values.set(`${c.metric}${CUMULATIVE}|total`, printed(c.value, c.raw));
	const hasCumulative = (expected.cumulative ?? []).length > 0;
	for (const a of [...(expected.absent ?? []), ...(expected.ambiguous ?? [])]) {
		if (!a.metric) continue;
		const key = `${a.metric}|${a.applicant ?? 'total'}`;
		// A pre-2019 row read as ambiguous between its two columns: both are unknown.
		if (hasCumulative) values.delete(`${a.metric}${CUMULATIVE}|total`);
		values.set(key, null);
	}
	return values;
}

/** Whether any of the values falls into the official tables of `layout`. */
export function printsTables(layout: Layout, values: TableValues): boolean {
	return officialTables(layout, true).some((s) =>
		s.tables.some((t) => t.rows.some((r) => r.cells.some((c) => values.get(cellKey(c)) != null)))
	);
}

/**
 * The same values with some printed cells blanked, by fixed rules that hit the places where blanks
 * were misread: the 总计 cell of every third outcome row, one legal-person column of every fourth
 * 表三 row, the middle cell of 表二's first block, 表四's 尚未审结 cells and its last cell (a blank at
 * the end of a row), every fourth 统计表 value.
 */
export function withBlanks(layout: Layout, values: TableValues): Map<string, string | null> {
	const out = new Map(values);
	const blank = (key: string) => {
		if (out.get(key) != null) out.set(key, null);
	};
	for (const section of officialTables(layout, true)) {
		section.tables.forEach((table, ti) => {
			const printedRows = table.rows.filter((r) =>
				r.cells.some((c) => values.get(cellKey(c)) != null)
			);
			printedRows.forEach((row, i) => {
				const keys = row.cells.map(cellKey);
				if (row.cells.length === 7) {
					const outcome = row.path[0]?.startsWith('三、');
					if (outcome && i % 3 === 0) blank(keys[6]!);
					if (i % 4 === 1) blank(keys[2]!);
				} else if (row.cells.length === 15) {
					blank(keys[3]!);
					blank(keys[8]!);
					blank(keys[14]!);
				} else if (row.unit !== undefined) {
					if (i % 4 === 3) blank(keys[0]!);
				} else if (ti === 0 && row.cells.length === 3) blank(keys[1]!);
			});
		});
	}
	return out;
}
