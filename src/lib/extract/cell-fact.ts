/**
 * The fact a table cell prints: its value and characters as printed, where they stand in the
 * report's text, and how it was read (`decoded` where it was split from a run-together token).
 */
import type { Applicant, Fact, FactMethod, RowReading } from './types';

/** The fact of `cell` (a cell of a reading, which may say whether it was decoded); null where blank. */
export function cellFact(
	metric: string,
	applicant: Applicant,
	cell: RowReading[number] & { decoded?: boolean },
	method: FactMethod = cell.decoded ? 'decoded' : 'table'
): Fact | null {
	if (cell.value === null) return null;
	return {
		metric,
		applicant,
		value: cell.value,
		raw: cell.raw,
		approx: false,
		span_start: cell.start,
		span_end: cell.end,
		method
	};
}
