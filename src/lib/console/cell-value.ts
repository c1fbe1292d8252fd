/**
 * A result's values read by their Arrow type, the one place that knows how DuckDB's types arrive
 * in JavaScript: BIGINT as bigint (exact past 2^53), DATE/TIMESTAMP/TIME/INTERVAL as the text
 * DuckDB prints for them (read from the raw storage: Arrow's getters give epoch milliseconds for
 * timestamps, lose microseconds and nanoseconds, and return two zeros for a MONTH_DAY_NANO
 * interval), BLOB as bytes, floats with their NaN and ±Infinity. The grid, the chart and every
 * export read values through `columnReader`. Pure.
 */
import { DataType, Type, type Data, type Vector } from 'apache-arrow';

const pad = (n: number | bigint, w = 2) => String(n).padStart(w, '0');

/** The chunk of `vector` holding row `i`, and the row's index inside it. */
function locate(vector: Vector, i: number): [Data, number] {
	let k = i;
	for (const d of vector.data) {
		if (k < d.length) return [d, k];
		k -= d.length;
	}
	throw new RangeError(`row ${i} out of range`);
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 as DuckDB prints a DATE (`infinity` for its infinite dates). */
export function dateText(days: number): string {
	if (days >= 2_147_483_647) return 'infinity';
	if (days <= -2_147_483_647) return '-infinity';
	const d = new Date(days * DAY_MS);
	if (Number.isNaN(d.getTime())) return String(days);
	const y = d.getUTCFullYear();
	const year = y < 0 ? `${pad(-y, 4)} (BC)` : pad(y, 4);
	return `${year}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A time of day in microseconds as DuckDB prints it: HH:MM:SS with the fraction if any. */
export function timeText(micros: bigint): string {
	const us = ((micros % 86_400_000_000n) + 86_400_000_000n) % 86_400_000_000n;
	const s = us / 1_000_000n;
	const frac = us % 1_000_000n;
	const hms = `${pad(s / 3600n)}:${pad((s / 60n) % 60n)}:${pad(s % 60n)}`;
	return frac ? `${hms}.${pad(frac, 6).replace(/0+$/, '')}` : hms;
}

/** Microseconds since the epoch as DuckDB prints a TIMESTAMP (`+00` appended for TIMESTAMPTZ). */
export function timestampText(micros: bigint, utc = false): string {
	if (micros >= 9_223_372_036_854_775_807n) return 'infinity';
	if (micros <= -9_223_372_036_854_775_807n) return '-infinity';
	const dayUs = 86_400_000_000n;
	let days = micros / dayUs;
	let rest = micros % dayUs;
	if (rest < 0n) {
		rest += dayUs;
		days -= 1n;
	}
	return `${dateText(Number(days))} ${timeText(rest)}${utc ? '+00' : ''}`;
}

/** Months, days and nanoseconds as DuckDB prints an INTERVAL: `1 year 2 months 3 days 04:05:06.789`. */
export function intervalText(months: number, days: number, nanos: bigint): string {
	const parts: string[] = [];
	const unit = (n: number, one: string) => `${n} ${one}${Math.abs(n) === 1 ? '' : 's'}`;
	const years = Math.trunc(months / 12);
	const m = months % 12;
	if (years) parts.push(unit(years, 'year'));
	if (m) parts.push(unit(m, 'month'));
	if (days) parts.push(unit(days, 'day'));
	const micros = nanos / 1000n;
	if (micros || !parts.length) {
		const negative = micros < 0n;
		parts.push(`${negative ? '-' : ''}${timeText(negative ? -micros : micros)}`);
	}
	return parts.join(' ');
}

/** Microseconds for a timestamp stored in `unit` (Arrow's TimeUnit: 0 s, 1 ms, 2 µs, 3 ns). */
export function toMicros(raw: bigint, unit: number): bigint {
	return unit === 0 ? raw * 1_000_000n : unit === 1 ? raw * 1000n : unit === 3 ? raw / 1000n : raw;
}

function asBigInt(v: unknown): bigint {
	return typeof v === 'bigint' ? v : BigInt(Math.trunc(Number(v)));
}

/**
 * Reads row i of a column: null, or the value in the form described above. Nested values (lists,
 * structs, maps) are Arrow's own row objects; format-cell.ts turns them into JSON.
 */
export function columnReader(vector: Vector | null, type: DataType): (i: number) => unknown {
	if (!vector) return () => null;
	const valid = (i: number) => vector.isValid(i);
	switch (type.typeId) {
		case Type.Date:
			return (i) => {
				if (!valid(i)) return null;
				const [d, k] = locate(vector, i);
				const raw = (d.values as Int32Array | BigInt64Array)[k]!;
				// DateDay stores days; DateMillisecond milliseconds.
				return dateText(
					(type as DataType & { unit: number }).unit === 0
						? Number(raw)
						: Math.floor(Number(raw) / DAY_MS)
				);
			};
		case Type.Timestamp: {
			const { unit, timezone } = type as DataType & { unit: number; timezone: string | null };
			return (i) => {
				if (!valid(i)) return null;
				const [d, k] = locate(vector, i);
				return timestampText(toMicros(asBigInt(d.values[k]), unit), !!timezone);
			};
		}
		case Type.Time: {
			const { unit } = type as DataType & { unit: number };
			return (i) => {
				if (!valid(i)) return null;
				const [d, k] = locate(vector, i);
				return timeText(toMicros(asBigInt(d.values[k]), unit));
			};
		}
		case Type.Interval: {
			const { unit } = type as DataType & { unit: number };
			return (i) => {
				if (!valid(i)) return null;
				const [d, k] = locate(vector, i);
				const v = d.values as Int32Array;
				// IntervalUnit: 0 YEAR_MONTH (one int32), 1 DAY_TIME (days, ms), 2 MONTH_DAY_NANO.
				if (unit === 0) return intervalText(v[k]!, 0, 0n);
				if (unit === 1) return intervalText(0, v[2 * k]!, BigInt(v[2 * k + 1]!) * 1_000_000n);
				const at = 4 * k;
				const nanos = (BigInt(v[at + 3]!) << 32n) | BigInt(v[at + 2]! >>> 0);
				return intervalText(v[at]!, v[at + 1]!, nanos);
			};
		}
		default:
			return (i) => vector.get(i) ?? null;
	}
}
