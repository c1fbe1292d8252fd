/**
 * Which rows a virtualized grid draws ([first, last)), which are actually in view, and the space
 * above and below them. Up to MAX_SCROLL_PX of rows the scroll space is the rows' own height
 * (one pixel scrolled is one pixel of rows). Beyond it the space is capped and scrolling is scaled:
 * browsers lay out at most ~17.9M px (Firefox; Chrome ~33M), so a million rows of 28 px (28M px)
 * would leave the last ~360,000 unreachable. Then a scroll position is a fraction of the way
 * through the rows, the rows in view are drawn at the scroll position, and the bottom of the space
 * is the last row. Pure.
 */
export const MAX_SCROLL_PX = 8_000_000;

export interface GridWindowInput {
	total: number;
	rowHeight: number;
	/** Height of the header row, drawn above row 0. */
	headHeight: number;
	scrollTop: number;
	viewHeight: number;
	overscan: number;
	/** The largest scroll space used (tests set a small one); MAX_SCROLL_PX by default. */
	maxScrollPx?: number;
}

export interface GridWindow {
	first: number;
	last: number;
	shownFrom: number;
	shownTo: number;
	/** Space above the drawn rows and below them, in px: together with them, the scroll space. */
	padTop: number;
	padBottom: number;
	/** Whether scrolling is scaled (more rows than the scroll space holds at their height). */
	scaled: boolean;
}

export function visibleWindow(w: GridWindowInput): GridWindow {
	const maxPx = w.maxScrollPx ?? MAX_SCROLL_PX;
	const rowsPx = w.total * w.rowHeight;
	const inView = Math.max(1, Math.ceil((w.viewHeight - w.headHeight) / w.rowHeight));
	const top = Math.max(0, w.scrollTop);
	if (rowsPx <= maxPx) {
		const shownFrom = Math.min(Math.max(0, w.total - 1), Math.floor(top / w.rowHeight));
		const shownTo = Math.min(w.total, shownFrom + inView);
		const first = Math.max(0, shownFrom - w.overscan);
		const last = Math.min(w.total, shownTo + w.overscan);
		return {
			first,
			last,
			shownFrom,
			shownTo,
			padTop: first * w.rowHeight,
			padBottom: (w.total - last) * w.rowHeight,
			scaled: false
		};
	}
	// Scaled: the scroll position is a fraction of the way from the first rows to the last ones.
	const maxTop = Math.max(1, maxPx + w.headHeight - w.viewHeight);
	const fraction = Math.min(1, top / maxTop);
	const lastStart = Math.max(0, w.total - inView);
	const shownFrom =
		fraction >= 1 ? lastStart : Math.min(lastStart, Math.floor(fraction * lastStart));
	const shownTo = Math.min(w.total, shownFrom + inView);
	// Rows drawn above the view must fit in the space above the scroll position.
	const above = Math.min(w.overscan, shownFrom, Math.floor(Math.min(top, maxTop) / w.rowHeight));
	const first = shownFrom - above;
	const last = Math.min(w.total, shownTo + w.overscan);
	// The rows in view fill a whole number of rows, the view does not (a header of any height): the
	// part of a row that does not fit is taken off the space above in step with the scroll, so at
	// the end the last row ends at the view's bottom edge, not below it.
	const overhang = w.viewHeight - w.headHeight - inView * w.rowHeight;
	const padTop = Math.max(0, Math.min(top, maxTop) - above * w.rowHeight + fraction * overhang);
	const padBottom = Math.max(0, maxPx - padTop - (last - first) * w.rowHeight);
	return { first, last, shownFrom, shownTo, padTop, padBottom, scaled: true };
}
