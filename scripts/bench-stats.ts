/** The benchmark's statistics: quantiles with linear interpolation between the closest ranks. */
export function quantile(values: number[], q: number): number {
	const s = [...values].sort((a, b) => a - b);
	if (!s.length) return NaN;
	const i = (s.length - 1) * q;
	const lo = Math.floor(i);
	return s[lo]! + (s[Math.ceil(i)]! - s[lo]!) * (i - lo);
}

/** The median (the mean of the two middle values for an even count); NaN for none. */
export const median = (values: number[]): number => quantile(values, 0.5);
