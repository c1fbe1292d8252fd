/**
 * A trend chart from a query result: x is a numeric column (years), y a numeric column, and an
 * optional series column splits the lines. Rows with a missing x or y are left out; when several
 * rows share a series and x, their y values are summed. Pure.
 */
import type { TrendData, TrendSeriesData } from '../charts/chart-types';

export interface ChartPick {
	x: string;
	y: string;
	series: string | null;
}

function num(v: unknown): number | null {
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (typeof v === 'bigint') return Number(v);
	return null;
}

export function resultTrend(
	rows: readonly Record<string, unknown>[],
	pick: ChartPick,
	maxSeries = 12
): TrendData {
	const bySeries = new Map<string, Map<number, number>>();
	for (const r of rows) {
		const x = num(r[pick.x]);
		const y = num(r[pick.y]);
		if (x === null || y === null) continue;
		const key = pick.series ? String(r[pick.series] ?? 'NULL') : pick.y;
		let points = bySeries.get(key);
		if (!points) {
			if (bySeries.size >= maxSeries) continue;
			bySeries.set(key, (points = new Map()));
		}
		points.set(Math.round(x), (points.get(Math.round(x)) ?? 0) + y);
	}
	const series: TrendSeriesData[] = [...bySeries].map(([key, points]) => ({
		key,
		label: key,
		points: [...points]
			.sort((a, b) => a[0] - b[0])
			.map(([year, value]) => ({
				year,
				value,
				format: null,
				approx: false,
				failedChecks: [],
				source: null
			}))
	}));
	return {
		title: pick.y,
		subtitle: pick.series ? `${pick.x} · ${pick.series}` : pick.x,
		yLabel: pick.y,
		valueFormat: 'count',
		scale: 'linear',
		relativeTo: null,
		series
	};
}
