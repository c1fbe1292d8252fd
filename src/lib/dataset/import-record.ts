/**
 * What the browser keeps of one imported report (IndexedDB, see import-store.ts): the rows in the
 * data contract's shape, marked imported, the normalized text their spans index, and the reader's
 * corrections with the values they replaced. Pure data, no imports beyond types.
 */
import type {
	CheckRow,
	FactRow,
	HarmonizedRow,
	RegionRow,
	ReportRow,
	WarningRow
} from '../contract/rows';

/** A cell the reader set by hand: the value the engine read (null where it read none) is kept. */
export interface Correction {
	metric: string;
	applicant: string;
	original: number | null;
	original_raw: string | null;
	value: number;
}

export interface ImportRecord {
	report_id: string;
	/** When it was added (ISO 8601). */
	added: string;
	/** What the reader imported: a file name, or "pasted text". */
	origin: string;
	report: ReportRow & { text_chars: number };
	/** Set when the reader named a region the site does not know. */
	newRegion: RegionRow | null;
	facts: FactRow[];
	checks: CheckRow[];
	warnings: WarningRow[];
	harmonized: HarmonizedRow[];
	corrections: Correction[];
	text: string;
}
