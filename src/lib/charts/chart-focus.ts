/**
 * Keyboard moves between marks, the same in every chart: marks in a list (a ranking, a result's
 * marks) or in a grid of rows (a trend's series, a stacked bar's segments). Left/Right move within a
 * row, Up/Down to the nearest mark of the next row that has marks, Home/End to the row's ends. Pure:
 * the charts' Svelte side is mark-focus.svelte.ts.
 */

/** Enter or Space: the keys that select a focused mark. */
export function isSelectKey(event: KeyboardEvent): boolean {
	return event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar';
}

/** In a list: Up/Left to the previous mark, Down/Right to the next, Home/End to the ends. */
export function listNeighbor<T>(marks: readonly T[], from: T, key: string): T | null {
	const at = marks.indexOf(from);
	if (key === 'ArrowUp' || key === 'ArrowLeft') return marks[Math.max(0, at - 1)] ?? null;
	if (key === 'ArrowDown' || key === 'ArrowRight')
		return marks[Math.min(marks.length - 1, at + 1)] ?? null;
	if (key === 'Home') return marks[0] ?? null;
	if (key === 'End') return marks[marks.length - 1] ?? null;
	return null;
}

/**
 * In a grid of rows: Left/Right within `from`'s row, Home/End to its ends, Up/Down to the mark
 * `closest` picks in the next row (above or below) that has marks, or `from` itself at the edge.
 * Null for other keys.
 */
export function gridNeighbor<T>(
	rows: readonly (readonly T[])[],
	row: number,
	from: T,
	key: string,
	closest: (candidates: readonly T[], from: T) => T
): T | null {
	const own = rows[row] ?? [];
	const at = own.indexOf(from);
	if (key === 'ArrowLeft') return own[Math.max(0, at - 1)] ?? null;
	if (key === 'ArrowRight') return own[Math.min(own.length - 1, at + 1)] ?? null;
	if (key === 'Home') return own[0] ?? null;
	if (key === 'End') return own[own.length - 1] ?? null;
	if (key !== 'ArrowUp' && key !== 'ArrowDown') return null;
	const dir = key === 'ArrowUp' ? -1 : 1;
	for (let i = row + dir; i >= 0 && i < rows.length; i += dir) {
		const candidates = rows[i]!;
		if (candidates.length > 0) return closest(candidates, from);
	}
	return from;
}

/** The candidate whose `position` is nearest `from`'s (the first of equals). */
export function nearestBy<T>(position: (mark: T) => number) {
	return (candidates: readonly T[], from: T): T => {
		const target = position(from);
		let best: T = candidates[0]!;
		for (const m of candidates)
			if (Math.abs(position(m) - target) < Math.abs(position(best) - target)) best = m;
		return best;
	};
}
