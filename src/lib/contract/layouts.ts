/**
 * The official report layouts by id: the `format` of the reports table (public values: keep them),
 * each with its era and the report years it is in force. Light on purpose (no table rows), so the
 * harmonized SQL and the UI can read it without the extraction engine; the layouts' specs
 * (src/lib/extract/layouts/) take their id, era and years from here.
 */

/** The two eras of the regulations: the 2008 统计表, and 表二/表三/表四 since the 2019 revision. */
export type Era = 'pre2019' | 'post2019';

export interface LayoutEra<Id extends string = string> {
	id: Id;
	era: Era;
	/** The report years the layout is in force for (`to`: null while it still is). */
	years: { readonly from: number; readonly to: number | null };
}

/** Every known layout, oldest first. */
export const LAYOUT_ERAS = [
	{ id: 'pre2019', era: 'pre2019', years: { from: 2008, to: 2018 } },
	{ id: 'post2019_2019', era: 'post2019', years: { from: 2019, to: 2020 } },
	{ id: 'post2019_2021', era: 'post2019', years: { from: 2021, to: null } }
] as const satisfies readonly LayoutEra[];

export type LayoutId = (typeof LAYOUT_ERAS)[number]['id'];

export const LAYOUT_IDS: readonly LayoutId[] = LAYOUT_ERAS.map((l) => l.id);

/** The era and years of a layout id. */
export function layoutEra<Id extends LayoutId>(id: Id): LayoutEra<Id> {
	return LAYOUT_ERAS.find((l) => l.id === id)! as LayoutEra<Id>;
}

/** The layout in force for a report year; undefined for a year no layout covers (before 2008). */
export function layoutOfYear(year: number): LayoutId | undefined {
	return LAYOUT_ERAS.find((l) => year >= l.years.from && year <= (l.years.to ?? Infinity))?.id;
}
