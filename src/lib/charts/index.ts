/** The chart components and what a page needs to drive them. */
export { default as MultiTrendChart } from './MultiTrendChart.svelte';
export { default as CompareBars } from './CompareBars.svelte';
export { default as HandlingBars } from './HandlingBars.svelte';
export { default as TrendChart } from './TrendChart.svelte';
export { CHART_STRINGS_EN, CHART_STRINGS_ZH } from '../i18n/chart-phrases';
export { SERIES_COLORS_DARK, SERIES_COLORS_LIGHT, seriesColor } from './palette';
