/**
 * Vertical placement of direct labels in one column: labels keep their order, sit at least `gap`
 * apart, move as little as possible from where they want to be (overlapping labels are grouped
 * and each group is centred on its members' wishes) and stay between `min` and `max` when there is
 * room. With more labels than room they are spread evenly over the available height.
 */

export interface LabelWish {
	id: string;
	/** Where the label would like to be (its line end). */
	y: number;
}

export interface PlacedLabel {
	id: string;
	wanted: number;
	y: number;
}

interface Cluster {
	items: LabelWish[];
	top: number;
}

export function placeLabels(
	wishes: readonly LabelWish[],
	gap: number,
	min: number,
	max: number
): PlacedLabel[] {
	const sorted = [...wishes].sort((a, b) => a.y - b.y || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const n = sorted.length;
	if (n === 0) return [];
	const step = n > 1 ? Math.min(gap, Math.max(0, max - min) / (n - 1)) : gap;
	const clampTop = (top: number, size: number) =>
		Math.max(min, Math.min(top, max - (size - 1) * step));
	const clusters: Cluster[] = [];
	for (const wish of sorted) {
		clusters.push({ items: [wish], top: clampTop(wish.y, 1) });
		for (;;) {
			const last = clusters[clusters.length - 1]!;
			const prev = clusters[clusters.length - 2];
			if (!prev || prev.top + prev.items.length * step <= last.top + 1e-9) break;
			const items = [...prev.items, ...last.items];
			const ideal = items.reduce((sum, d, i) => sum + d.y - i * step, 0) / items.length;
			clusters.splice(-2, 2, { items, top: clampTop(ideal, items.length) });
		}
	}
	return clusters.flatMap((c) =>
		c.items.map((d, i) => ({ id: d.id, wanted: d.y, y: c.top + i * step }))
	);
}
