import { describe, expect, it } from 'vitest';
import type { HandlingBarData } from './chart-types';
import { handlingCategories, handlingData, mark } from './__fixtures__/chart-fixtures';
import { barShares, handlingLayout, handlingNeighbor, segmentAt } from './handling-layout';
import { CHART_STRINGS_ZH } from '../i18n/chart-phrases';
import { chartStrings } from '../i18n/labels';

const sumOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function bar(total: number | null, values: Record<string, number | null>): HandlingBarData {
	return {
		key: 'k',
		label: 'K',
		year: 2021,
		total,
		segments: Object.entries(values).map(([category, value]) => ({
			category,
			share: value === null || !total ? null : value / total,
			...mark(value)
		}))
	};
}

describe('barShares', () => {
	it('gives a complete bar shares that sum to 1', () => {
		const s = barShares(
			bar(100, { granted: 60, partial: 25, refused: 10, other: 5 }),
			handlingCategories
		);
		expect(s.status).toBe('complete');
		expect(sumOf([...s.shares.values()])).toBeCloseTo(1, 12);
	});

	it('marks a bar with a null segment incomplete and leaves the rest unaccounted', () => {
		const s = barShares(
			bar(80, { granted: 40, partial: null, refused: 20, other: 4 }),
			handlingCategories
		);
		expect(s.status).toBe('incomplete');
		expect(s.missing).toEqual(['partial']);
		expect(s.shares.has('partial')).toBe(false);
		expect(sumOf([...s.shares.values()])).toBeCloseTo(0.8);
	});

	it('counts a category with no segment at all as missing', () => {
		const s = barShares(bar(10, { granted: 10 }), handlingCategories);
		expect(s.status).toBe('incomplete');
		expect(s.missing).toEqual(['partial', 'refused', 'other']);
	});

	it('shows "no data" for a total that is null or 0', () => {
		expect(barShares(bar(null, { granted: 3 }), handlingCategories).status).toBe('no-data');
		expect(barShares(bar(0, { granted: 0 }), handlingCategories).status).toBe('no-data');
	});

	it('never overflows when the parts add up to more than the printed total', () => {
		const s = barShares(
			bar(50, { granted: 40, partial: 20, refused: 0, other: 0 }),
			handlingCategories
		);
		expect(sumOf([...s.shares.values()])).toBeCloseTo(1, 12);
	});
});

describe('handlingLayout', () => {
	const layout = handlingLayout(handlingData);

	it('stacks segments in category order and fills a complete bar exactly', () => {
		const row = layout.rows[0]!;
		expect(row.status).toBe('complete');
		expect(row.segments.map((s) => s.category.id)).toEqual([
			'granted',
			'partial',
			'refused',
			'other'
		]);
		for (let i = 1; i < row.segments.length; i++) {
			const prev = row.segments[i - 1]!;
			expect(row.segments[i]!.x).toBeCloseTo(prev.x + prev.width, 1);
		}
		const last = row.segments[row.segments.length - 1]!;
		expect(last.x + last.width).toBeCloseTo(layout.plot.right, 1);
		expect(sumOf(row.segments.map((s) => s.share))).toBeCloseTo(1, 12);
	});

	it('keeps category order even when segments come in another order', () => {
		const reversed = {
			...handlingData,
			bars: [{ ...handlingData.bars[0]!, segments: [...handlingData.bars[0]!.segments].reverse() }]
		};
		expect(handlingLayout(reversed).rows[0]!.segments.map((s) => s.category.id)).toEqual([
			'granted',
			'partial',
			'refused',
			'other'
		]);
	});

	it('does not draw an absent segment and marks its bar incomplete', () => {
		const row = layout.rows[1]!;
		expect(row.status).toBe('incomplete');
		expect(row.segments.map((s) => s.category.id)).toEqual(['granted', 'refused', 'other']);
		expect(row.missing.map((c) => c.id)).toEqual(['partial']);
		expect(row.note).toBe('incomplete');
		expect(row.segments[0]!.tooltip.notes).toContain('incomplete');
		const last = row.segments[row.segments.length - 1]!;
		expect(last.x + last.width).toBeLessThan(layout.plot.right - 10);
	});

	it('shows "no data" rows without segments for a null or zero total', () => {
		expect(layout.rows.slice(2).map((r) => [r.status, r.segments.length, r.note, r.frame])).toEqual(
			[
				['no-data', 0, 'no data', null],
				['no-data', 0, 'no data', null]
			]
		);
	});

	it('puts category, value, share and total in the segment tooltip', () => {
		const refused = layout.rows[0]!.segments[2]!;
		expect(refused.tooltip).toEqual({
			title: 'Refused',
			meta: '平潭 2021',
			value: '10',
			details: ['share 10% of 100'],
			notes: ['failed check: table3_sum']
		});
		expect(refused.hollow).toBe(true);
		const zh = handlingLayout(handlingData, { strings: CHART_STRINGS_ZH });
		expect(zh.rows[0]!.segments[0]!.tooltip.details).toEqual(['共100，占比60%']);
	});

	it('prints the share inside a segment only when it fits, in a readable color', () => {
		const row = layout.rows[0]!;
		expect(row.segments[0]!.inside!.text).toBe('60%');
		expect(row.segments[0]!.textColor).toBe('#FFFFFF');
		expect(row.segments[1]!.textColor).toBe('#111111');
		expect(row.segments[3]!.inside).toBeNull();
		const narrow = handlingLayout(handlingData, { width: 320 });
		expect(narrow.rows[0]!.segments.filter((s) => s.inside).length).toBeLessThan(
			row.segments.filter((s) => s.inside).length
		);
	});

	it('states the finding per bar', () => {
		expect(layout.ariaLabel).toBe(
			'How requests were answered: 平潭 2021: largest share Granted (60%); ' +
				'Fuzhou Municipal People’s Government 2021: largest share Granted (50%) (incomplete); ' +
				'厦门 2020: no data; 莆田 2020: no data.'
		);
	});

	it('fits 320 px with a truncated label that keeps the year', () => {
		const narrow = handlingLayout(handlingData, { width: 320 });
		expect(narrow.rows[1]!.label).toMatch(/… 2021$/);
		expect(narrow.plot.right).toBeLessThanOrEqual(320);
		expect(narrow.xTicks.map((t) => t.label)).toEqual(['0%', '50%', '100%']);
	});

	it('finds the segment under the pointer and moves with the arrow keys', () => {
		const [a, b] = layout.rows[0]!.segments;
		expect(segmentAt(layout, a!.x + 1, layout.rows[0]!.mid)).toBe(a);
		expect(segmentAt(layout, layout.plot.right - 2, layout.rows[1]!.mid)).toBeNull();
		expect(handlingNeighbor(layout, a!, 'ArrowRight')).toBe(b);
		// Down from "partly granted" (absent below) goes to the nearest segment of the next bar.
		const down = handlingNeighbor(layout, b!, 'ArrowDown')!;
		expect(down.rowIndex).toBe(1);
		expect(handlingNeighbor(layout, a!, 'ArrowDown')!.category.id).toBe('granted');
		expect(handlingNeighbor(layout, down, 'ArrowDown')).toBe(down);
	});
});

describe('handlingLayout before 2019, where only some categories are printed', () => {
	const source = {
		report_id: 'r',
		metrics: ['h_handled'],
		applicant: 'total',
		region_id: '350128',
		year: 2017
	};
	// 14 answers given, 1 granted, 5 partly, 0 refused; "other" not printed: 8 no category accounts for.
	const unprinted: HandlingBarData = {
		...bar(14, { granted: 1, partial: 5, refused: 0, other: null }),
		year: 2017,
		unprinted: 8,
		notPrinted: ['Other'],
		unprintedSource: source
	};
	// 1 answer, 1 granted: the printed categories account for every answer.
	const accounted: HandlingBarData = {
		...bar(1, { granted: 1, partial: 0, refused: 0, other: null }),
		year: 2014,
		unprinted: 0,
		notPrinted: ['Other']
	};
	// Printed counts, no answers given.
	const counts: HandlingBarData = {
		...bar(null, { granted: 12, partial: 3, refused: null, other: null }),
		year: 2015,
		countsOnly: true,
		notPrinted: ['Refused', 'Other']
	};
	const data = {
		...handlingData,
		bars: [unprinted, accounted, counts, { ...bar(null, { granted: null }), year: 2013 }]
	};
	// The page's labels (the defaults have no words for the "not printed" rest).
	const layout = handlingLayout(data, { strings: chartStrings('en') });

	it('draws the rest as a "not printed" segment at its share of the answers, with a legend entry', () => {
		const row = layout.rows[0]!;
		expect(row.status).toBe('incomplete');
		expect(row.segments.map((s) => [s.category.id, s.value, s.kind])).toEqual([
			['granted', 1, 'value'],
			['partial', 5, 'value'],
			['not_printed', 8, 'unprinted']
		]);
		expect(row.segments.map((s) => s.share)).toEqual([1 / 14, 5 / 14, 8 / 14]);
		const rest = row.segments[2]!;
		expect(rest.x + rest.width).toBeCloseTo(layout.plot.right, 0);
		expect(rest.mark.source).toBe(source);
		expect(rest.tooltip.details[0]).toBe('8 of 14 answers in no printed category');
		expect(rest.ariaLabel).toContain('incomplete: Other not printed');
		expect(layout.notPrinted?.label).toBe('In no printed category');
		expect(layout.segments).toContain(rest);
	});

	it('makes a bar whole when the printed categories account for every answer, and says why', () => {
		const row = layout.rows[1]!;
		expect(row.status).toBe('complete');
		expect(row.note).toBeNull();
		expect(row.segments.map((s) => [s.category.id, s.share])).toEqual([['granted', 1]]);
		expect(row.segments[0]!.tooltip.notes).toEqual([
			'Other not printed; the printed categories account for every answer (1)'
		]);
	});

	it('shows printed counts without the answers given as text, one focusable mark', () => {
		const row = layout.rows[2]!;
		expect(row.status).toBe('counts');
		expect(row.frame).toBeNull();
		expect(row.segments.map((s) => s.kind)).toEqual(['counts']);
		expect(row.segments[0]!.inside!.text).toBe(
			'Granted 12; Partly granted 3; other categories not printed'
		);
		expect(row.segments[0]!.ariaLabel).toContain('Granted 12; Partly granted 3');
		expect(layout.rows[3]!.status).toBe('no-data');
		const zh = handlingLayout(data, { strings: chartStrings('zh') });
		expect(zh.rows[0]!.segments[2]!.tooltip.details[0]).toBe('14件答复中8件未归入所列类别');
		expect(zh.rows[2]!.segments[0]!.inside!.text).toBe(
			'Granted 12；Partly granted 3；其他类别未列出'
		);
	});

	it('leaves the legend without "not printed" when no bar has such a rest', () => {
		expect(handlingLayout(handlingData).notPrinted).toBeNull();
	});
});
