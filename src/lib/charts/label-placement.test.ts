import { describe, expect, it } from 'vitest';
import { placeLabels } from './label-placement';

const gapsOf = (placed: { y: number }[]) =>
	placed.slice(1).map((p, i) => Math.round((p.y - placed[i]!.y) * 1000) / 1000);

describe('placeLabels', () => {
	it('leaves labels that do not collide where they want to be', () => {
		const placed = placeLabels(
			[
				{ id: 'a', y: 10 },
				{ id: 'b', y: 100 }
			],
			14,
			0,
			200
		);
		expect(placed.map((p) => [p.id, p.y])).toEqual([
			['a', 10],
			['b', 100]
		]);
	});

	it('spreads colliding labels symmetrically around their wishes, keeping their order', () => {
		const placed = placeLabels(
			[
				{ id: 'b', y: 102 },
				{ id: 'a', y: 100 },
				{ id: 'c', y: 104 }
			],
			14,
			0,
			200
		);
		expect(placed.map((p) => p.id)).toEqual(['a', 'b', 'c']);
		expect(gapsOf(placed)).toEqual([14, 14]);
		// Centred on the mean of the wishes (102).
		expect(placed[1]!.y).toBeCloseTo(102);
	});

	it('merges a cluster that grows into its neighbour', () => {
		const placed = placeLabels(
			[
				{ id: 'a', y: 50 },
				{ id: 'b', y: 60 },
				{ id: 'c', y: 62 },
				{ id: 'd', y: 64 }
			],
			14,
			0,
			200
		);
		expect(gapsOf(placed).every((g) => g >= 14)).toBe(true);
	});

	it('stays inside the bounds, pushing a cluster away from the edge', () => {
		const placed = placeLabels(
			[
				{ id: 'a', y: 198 },
				{ id: 'b', y: 199 },
				{ id: 'c', y: 200 }
			],
			14,
			0,
			200
		);
		expect(placed[2]!.y).toBe(200);
		expect(placed[0]!.y).toBe(172);
		const top = placeLabels(
			[
				{ id: 'a', y: -5 },
				{ id: 'b', y: 0 }
			],
			14,
			0,
			200
		);
		expect(top.map((p) => p.y)).toEqual([0, 14]);
	});

	it('squeezes labels evenly when there is not enough room for the gap', () => {
		const wishes = Array.from({ length: 6 }, (_, i) => ({ id: `s${i}`, y: 20 }));
		const placed = placeLabels(wishes, 14, 0, 50);
		expect(placed[0]!.y).toBe(0);
		expect(placed[5]!.y).toBeCloseTo(50);
		expect(new Set(gapsOf(placed))).toEqual(new Set([10]));
	});

	it('places nothing for no labels', () => {
		expect(placeLabels([], 14, 0, 100)).toEqual([]);
	});
});
