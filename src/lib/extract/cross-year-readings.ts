/**
 * Cells a report leaves undecided that the adjacent year's report of the same unit decides, read as
 * such (method `cross_year`, with a warning naming the other report), never silently.
 *
 * The identity: the 2019 layout's 表二 prints, for 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制
 * and 行政事业性收费, 上一年项目数量 and 本年增/减; next year's 上一年项目数量 is this year's count,
 * so prev_items(N) + change(N) = prev_items(N + 1). A run-together row of year N ("26480430") keeps
 * the readings that satisfy it against N + 1's printed 上一年项目数量 (2648: 2648 | 0 | 430), and a
 * row of year N + 1 the readings that satisfy it against year N's printed cells. A row is read only
 * when exactly one reading is left.
 */
import { cellFact } from './cell-fact';
import { computeChecks } from './compute-checks';
import { post2019Rows } from './layouts';
import type { ExtractResult, Fact, RowReading, UndecidedRow } from './types';

/** Layouts whose 表二 prints 上一年项目数量 (the 2019 layout): only they take part. */
function printsPrevItems(format: string): boolean {
	return !!post2019Rows(format)?.table2.some((r) =>
		r.metrics.some((m) => m.endsWith('_prev_items'))
	);
}

const ITEMS = ['licensing', 'other_services', 'penalty', 'coercion', 'fees'];

/** A value printed in the report itself (no earlier cross-year reading). */
function printed(r: ExtractResult, metric: string): number | undefined {
	return r.facts.find(
		(f) =>
			f.metric === metric &&
			f.applicant === 'total' &&
			f.method !== 'prose' &&
			f.method !== 'cross_year'
	)?.value;
}

function sameReading(a: RowReading, b: RowReading): boolean {
	return a.every((c, i) => c.value === b[i]!.value && c.start === b[i]!.start);
}

/** The readings of `row` (of `current`) that satisfy the identity with `other`, the adjacent year. */
function surviving(
	row: UndecidedRow,
	current: ExtractResult,
	other: ExtractResult,
	item: string,
	direction: 'next' | 'previous'
): RowReading[] | null {
	const prevAt = row.metrics.indexOf(`${item}_prev_items`);
	const changeAt = row.metrics.indexOf(`${item}_change`);
	if (prevAt < 0 || changeAt < 0) return null;
	if (direction === 'next') {
		const next = printed(other, `${item}_prev_items`);
		if (next === undefined) return null;
		return row.readings.filter((cells) => {
			const [p, c] = [cells[prevAt]!.value, cells[changeAt]!.value];
			return p !== null && c !== null && p + c === next;
		});
	}
	const [p, c] = [printed(other, `${item}_prev_items`), printed(other, `${item}_change`)];
	if (p === undefined || c === undefined) return null;
	return row.readings.filter((cells) => cells[prevAt]!.value === p + c);
}

/**
 * Adds the cross-year readings to `results` (facts, a warning each, checks recomputed) and returns
 * the count of cells read. Only reports of a layout printing 上一年项目数量 (the 2019 layout's 表二)
 * with the same region and unit take part.
 */
export function crossYearReadings(results: ExtractResult[]): number {
	let read = 0;
	const byUnit = new Map<string, Map<number, ExtractResult>>();
	for (const r of results) {
		if (!printsPrevItems(r.report.format) || r.report.year === null) continue;
		const key = `${r.report.region_id}|${r.report.unit}`;
		if (!byUnit.has(key)) byUnit.set(key, new Map());
		byUnit.get(key)!.set(r.report.year, r);
	}
	for (const years of byUnit.values()) {
		for (const [year, current] of years) {
			const added: Fact[] = [];
			for (const row of current.undecided ?? []) {
				const item = ITEMS.find((i) => row.metrics.includes(`${i}_prev_items`));
				if (!item) continue;
				for (const [direction, other] of [
					['next', years.get(year + 1)],
					['previous', years.get(year - 1)]
				] as const) {
					if (!other) continue;
					const left = surviving(row, current, other, item, direction);
					if (!left?.length || !left.every((r) => sameReading(r, left[0]!))) continue;
					const cells = left[0]!;
					for (const metric of row.undecided) {
						const fact = cellFact(
							metric,
							'total',
							cells[row.metrics.indexOf(metric)]!,
							'cross_year'
						);
						if (fact) added.push(fact);
					}
					const first = cells[0]!;
					const last = cells[cells.length - 1]!;
					current.warnings.push({
						code: 'cross_year_reading',
						message: `表二 ${row.undecided.join('/')}: read as ${cells.map((c) => c.raw).join(' | ')} through ${other.report.report_id} (${item}: ${direction === 'next' ? "this year's 上一年项目数量 + 本年增/减 = its 上一年项目数量" : "its 上一年项目数量 + 本年增/减 = this year's 上一年项目数量"}); this report alone does not decide it`,
						span_start: first.start,
						span_end: last.end
					});
					row.undecided = [];
					break;
				}
			}
			if (!added.length) continue;
			current.undecided = current.undecided?.filter((r) => r.undecided.length);
			current.facts.push(...added);
			current.checks = computeChecks(current.facts, current.report.format);
			read += added.length;
		}
	}
	return read;
}
