/**
 * The regions of the built reports against the dictionary: a report whose front matter gives a
 * former code (洪泽县 320829) is filed under its successor (洪泽区 320813), so one region's years
 * line up; a code the dictionary does not know is reported, never dropped.
 */
import type { ExtractResult } from '../../src/lib/extract/types.ts';
import {
	successorOf,
	type RegionDictionaryRow,
	type RegionSuccessor
} from './region-dictionary.ts';

/** Rewrites report region ids in place; returns one line per change or unknown region. */
export function fileRegionsUnderCurrentCodes(
	results: ExtractResult[],
	regions: readonly RegionDictionaryRow[],
	successors: readonly RegionSuccessor[]
): string[] {
	const known = new Set(regions.map((r) => r.region_id));
	const notes: string[] = [];
	for (const r of results) {
		const id = r.report.region_id;
		const current = successorOf(successors, id);
		if (current !== id) {
			notes.push(`${r.report.report_id}: region ${id} is now ${current}; filed under ${current}`);
			r.report.region_id = current;
		}
		if (!known.has(r.report.region_id))
			notes.push(
				`${r.report.report_id}: region ${r.report.region_id || '(none)'} is not in the region dictionary (add it to data/regions.csv)`
			);
	}
	return notes;
}

/** The regions the reports are filed under and every ancestor of theirs, in dictionary order. */
export function regionsOfReports<R extends { region_id: string; parent_id: string | null }>(
	regions: readonly R[],
	results: readonly ExtractResult[]
): R[] {
	const byId = new Map(regions.map((r) => [r.region_id, r]));
	const keep = new Set<string>();
	for (const r of results) {
		let id: string | null | undefined = r.report.region_id;
		while (id && !keep.has(id) && byId.has(id)) {
			keep.add(id);
			id = byId.get(id)!.parent_id;
		}
	}
	return regions.filter((r) => keep.has(r.region_id));
}
