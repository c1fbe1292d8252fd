/** Which rows a virtualized grid draws ([first, last)) and which are actually in view. */
export interface GridWindowInput {
	total: number;
	rowHeight: number;
	/** Height of the header row, drawn above row 0. */
	headHeight: number;
	scrollTop: number;
	viewHeight: number;
	overscan: number;
}

export interface GridWindow {
	first: number;
	last: number;
	shownFrom: number;
	shownTo: number;
}

export function visibleWindow(w: GridWindowInput): GridWindow {
	const top = Math.max(0, w.scrollTop);
	const shownFrom = Math.min(Math.max(0, w.total - 1), Math.floor(top / w.rowHeight));
	const inView = Math.max(1, Math.ceil((w.viewHeight - w.headHeight) / w.rowHeight));
	const shownTo = Math.min(w.total, shownFrom + inView);
	const first = Math.max(0, shownFrom - w.overscan);
	const last = Math.min(w.total, shownTo + w.overscan);
	return { first, last, shownFrom, shownTo };
}
