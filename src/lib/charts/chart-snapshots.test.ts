/**
 * SVG snapshots in the Observable Plot manner: each component rendered to HTML on the server for
 * fixed inputs and compared to a committed file. Hydration comments and Svelte's scoped-class hashes
 * are stripped and the HTML is formatted by Prettier, so a diff reads as a change in the drawing.
 */
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import CompareBars from './CompareBars.svelte';
import HandlingBars from './HandlingBars.svelte';
import MultiTrendChart from './MultiTrendChart.svelte';
import TrendChart from './TrendChart.svelte';
import {
	compareCounts,
	compareLatestPercent,
	handlingData,
	logTrend,
	relativeTrend,
	requestsTrend
} from './__fixtures__/chart-fixtures';
import { CHART_STRINGS_ZH } from '../i18n/chart-phrases';

/** Server-rendered HTML without hydration comments and scoped-class hashes, as Prettier prints it. */
async function html<P extends Record<string, unknown>>(
	component: Component<P>,
	props: P
): Promise<string> {
	const { body } = render(component, { props });
	const bare = body
		.replace(/<!--[^]*?-->/g, '')
		.replace(/ ?\bsvelte-[a-z0-9]+\b/g, '')
		.replace(/ class=""/g, '');
	// Formatted with the project's Prettier settings, so `prettier --check` accepts the files.
	const config = await resolveConfig(
		fileURLToPath(new URL('./__snapshots__/x.html', import.meta.url))
	);
	return format(bare, { ...config, parser: 'html' });
}

describe('chart snapshots', () => {
	it('MultiTrendChart', async () => {
		await expect(await html(MultiTrendChart, { data: requestsTrend })).toMatchFileSnapshot(
			'./__snapshots__/trend-requests.svg.html'
		);
		await expect(await html(MultiTrendChart, { data: logTrend })).toMatchFileSnapshot(
			'./__snapshots__/trend-log.svg.html'
		);
		await expect(
			await html(MultiTrendChart, { data: relativeTrend, strings: CHART_STRINGS_ZH, width: 320 })
		).toMatchFileSnapshot('./__snapshots__/trend-relative-zh-320.svg.html');
	});

	it('TrendChart (home page wrapper)', async () => {
		await expect(
			await html(TrendChart, {
				title: 'Information requests received per year — 平潭',
				description: 'requests',
				unitLabel: 'requests',
				data: [
					{ year: 2017, value: 23, report_id: 'a', approx: false },
					{ year: 2018, value: null, report_id: 'b', approx: false },
					{ year: 2019, value: 88, report_id: 'c', approx: true },
					{ year: 2020, value: 154, report_id: 'd', approx: false }
				]
			})
		).toMatchFileSnapshot('./__snapshots__/trend-home.svg.html');
	});

	it('CompareBars', async () => {
		await expect(await html(CompareBars, { data: compareCounts })).toMatchFileSnapshot(
			'./__snapshots__/compare-counts.svg.html'
		);
		await expect(
			await html(CompareBars, { data: compareLatestPercent, strings: CHART_STRINGS_ZH, width: 320 })
		).toMatchFileSnapshot('./__snapshots__/compare-latest-zh-320.svg.html');
	});

	it('HandlingBars', async () => {
		await expect(await html(HandlingBars, { data: handlingData })).toMatchFileSnapshot(
			'./__snapshots__/handling.svg.html'
		);
		await expect(
			await html(HandlingBars, { data: handlingData, strings: CHART_STRINGS_ZH, width: 320 })
		).toMatchFileSnapshot('./__snapshots__/handling-zh-320.svg.html');
	});

	it('renders the same HTML twice (no random ids), stable under Prettier', async () => {
		const first = await html(MultiTrendChart, { data: requestsTrend });
		expect(await html(MultiTrendChart, { data: requestsTrend })).toBe(first);
		const config = await resolveConfig(fileURLToPath(import.meta.url));
		expect(await format(first, { ...config, parser: 'html' })).toBe(first);
	});
});
