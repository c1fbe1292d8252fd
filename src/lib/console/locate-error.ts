/**
 * Where a failed query failed: DuckDB's own offset when it gives one (not trusted past a ';', see
 * error-position.ts), else the place its message names; "syntax error at end of input" comes
 * without a position, so the end is the place. Null when the message names no place.
 */
import { describeError } from './engine-error';
import { endSpan, errorExcerpt, errorOffset, errorSpan, type ErrorExcerpt } from './error-position';

export interface ErrorPlace {
	/** The span in the query (offsets into `sql`). */
	from: number;
	to: number;
	line: number;
	column: number;
	/** The failing line with the place marked. */
	excerpt: ErrorExcerpt;
	/** The place is the end of the input. */
	atEnd: boolean;
}

export function locateError(
	message: string,
	sql: string,
	position: number | null = null
): ErrorPlace | null {
	const given =
		position !== null && position < sql.length && !sql.slice(0, position).includes(';')
			? position
			: null;
	const offset = given ?? errorOffset(message, sql);
	const atEnd = offset === null && describeError(message).plain?.key === 'syntax_end';
	const span = offset !== null ? errorSpan(sql, offset) : atEnd ? endSpan(sql) : null;
	if (!span) return null;
	const before = sql.slice(0, span.from).split('\n');
	return {
		from: span.from,
		to: span.to,
		line: before.length,
		column: before[before.length - 1]!.length + 1,
		excerpt: errorExcerpt(sql, span),
		atEnd
	};
}
