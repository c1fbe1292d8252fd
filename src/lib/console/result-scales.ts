/**
 * The console chart's category and date scales, small and its own: d3-scale is one module, so its
 * band, point and UTC time scales, used here, would load with every first chart (the explorer's
 * and embeds' d3-scale chunk) with d3-time's calendar behind them. Same geometry as d3's scaleBand
 * (align 0.5, no rounding), scalePoint, and utcTicks (days counted from 1970, Sundays, months,
 * quarters, years).
 */
import { tickStep } from 'd3-array';

export interface Band {
	/** Where a category's band starts (undefined for a category not in the domain). */
	(key: string): number | undefined;
	bandwidth(): number;
	step(): number;
}

/** d3's scaleBand().domain(keys).range(range).paddingInner(inner).paddingOuter(outer). */
export function bandScale(
	keys: readonly string[],
	[start, stop]: readonly [number, number],
	inner = 0,
	outer = 0
): Band {
	const n = keys.length;
	const step = (stop - start) / Math.max(1, n - inner + outer * 2);
	const first = start + (stop - start - step * (n - inner)) * 0.5;
	const index = new Map(keys.map((k, i) => [k, i]));
	const band = ((key: string) => {
		const i = index.get(key);
		return i === undefined ? undefined : first + step * i;
	}) as Band;
	band.bandwidth = () => step * (1 - inner);
	band.step = () => step;
	return band;
}

/** d3's scalePoint().domain(keys).range(range).padding(padding). */
export function pointScale(
	keys: readonly string[],
	range: readonly [number, number],
	padding = 0
): Band {
	return bandScale(keys, range, 1, padding);
}

const DAY = 86_400_000;
/** Calendar steps as d3-time's utcTicks chooses them (from a day up), with their rough length. */
const STEPS: readonly { unit: 'day' | 'week' | 'month'; every: number; ms: number }[] = [
	{ unit: 'day', every: 1, ms: DAY },
	{ unit: 'day', every: 2, ms: 2 * DAY },
	{ unit: 'week', every: 1, ms: 7 * DAY },
	{ unit: 'month', every: 1, ms: 30 * DAY },
	{ unit: 'month', every: 3, ms: 90 * DAY }
];
const YEAR = 365 * DAY;

/**
 * About `count` calendar dates (UTC) from t0 to t1 (epoch ms, t0 <= t1), at midnights: the step
 * whose length is nearest the span / count (by ratio), as d3-time's utcTicks picks it; beyond a
 * quarter, whole years at a 1, 2 or 5 × 10^k step. Never finer than a day (the axis writes dates).
 */
export function utcDateTicks(t0: number, t1: number, count: number): Date[] {
	const target = Math.abs(t1 - t0) / count;
	const i = STEPS.findIndex((s) => s.ms > target);
	if (i === -1) {
		const last = STEPS.at(-1)!;
		if (target / last.ms < YEAR / target) return stepTicks(t0, t1, last);
		const y0 = new Date(t0).getUTCFullYear();
		const y1 = new Date(t1).getUTCFullYear();
		const every = Math.max(1, tickStep(t0 / YEAR, t1 / YEAR, count));
		const out: Date[] = [];
		for (let y = Math.ceil(y0 / every) * every; y <= y1; y += every) {
			const d = new Date(Date.UTC(0, 0, 1));
			d.setUTCFullYear(y);
			if (d.getTime() >= t0 && d.getTime() <= t1) out.push(d);
		}
		return out;
	}
	const step =
		i === 0 || target / STEPS[i - 1]!.ms >= STEPS[i]!.ms / target ? STEPS[i]! : STEPS[i - 1]!;
	return stepTicks(t0, t1, step);
}

function stepTicks(t0: number, t1: number, step: (typeof STEPS)[number]): Date[] {
	const out: Date[] = [];
	const d = new Date(t0);
	d.setUTCHours(0, 0, 0, 0);
	if (step.unit === 'month') d.setUTCDate(1);
	while (d.getTime() < t0) advance(d, step.unit === 'month' ? 'month' : 'day', 1);
	for (; d.getTime() <= t1; advance(d, step.unit === 'month' ? 'month' : 'day', 1)) {
		if (step.unit === 'week' && d.getUTCDay() !== 0) continue;
		if (step.unit === 'day' && Math.floor(d.getTime() / DAY) % step.every !== 0) continue;
		if (step.unit === 'month' && d.getUTCMonth() % step.every !== 0) continue;
		out.push(new Date(d));
	}
	return out;
}

function advance(d: Date, unit: 'day' | 'month', n: number): void {
	if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + n, 1);
	else d.setUTCDate(d.getUTCDate() + n);
}

const coord = (v: number) => Math.round(v * 1000) / 1000;

/**
 * The SVG path of a line through points in order, broken where a point is null (a NULL y): what
 * d3-shape's line().defined() draws (3 decimals; a lone point is "M x,yZ"). Kept here, so d3-shape
 * stays in the explorer's trend chart's chunk rather than one shared with the console.
 */
export function linePath(points: readonly ({ x: number; y: number } | null)[]): string {
	let d = '';
	let run = 0;
	const end = () => {
		if (run === 1) d += 'Z';
		run = 0;
	};
	for (const p of points) {
		if (p === null) {
			end();
			continue;
		}
		d += `${run === 0 ? 'M' : 'L'}${coord(p.x)},${coord(p.y)}`;
		run++;
	}
	end();
	return d;
}
