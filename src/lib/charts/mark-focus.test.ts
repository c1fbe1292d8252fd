import { describe, expect, it } from 'vitest';
import { openSource } from './mark-focus.svelte';
import type { SourceRef } from './chart-types';

const source: SourceRef = {
	report_id: 'pingtan_2021',
	metrics: ['requests_new'],
	applicant: 'total',
	region_id: '350128',
	year: 2021
};

describe('openSource', () => {
	it("gives a mark's source to the chart's onselect, and nothing for a mark without one", () => {
		const opened: SourceRef[] = [];
		const select = openSource<{ source: SourceRef | null }>(
			(m) => m.source,
			() => (s) => opened.push(s)
		);
		select({ source });
		select({ source: null });
		expect(opened).toEqual([source]);
	});

	it('reads onselect when a mark is selected, so a prop set later is the one called', () => {
		const props: { onselect?: (s: SourceRef) => void } = {};
		const select = openSource<SourceRef>(
			(m) => m,
			() => props.onselect
		);
		select(source); // no handler yet: nothing happens, nothing throws
		const opened: SourceRef[] = [];
		props.onselect = (s) => opened.push(s);
		select(source);
		expect(opened).toEqual([source]);
	});
});
