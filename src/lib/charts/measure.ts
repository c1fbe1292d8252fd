/** The width a chart draws at: a fixed width if given, else its container's, 640 px before measuring. */

/** The width before the container is measured (and on the server, where the prerendered SVG uses it). */
export const UNMEASURED_WIDTH = 640;

export function chartWidth(fixed: number | undefined, measured: number): number {
	return fixed ?? (measured > 0 ? measured : UNMEASURED_WIDTH);
}
