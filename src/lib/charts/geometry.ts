/** Small geometry helpers shared by the layouts. */

/** Rounded to 0.1 so the SVG output is deterministic and compact (no -0). */
export function round1(v: number): number {
	return Math.round(v * 10) / 10 + 0;
}

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}
