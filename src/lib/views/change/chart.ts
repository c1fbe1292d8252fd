/**
 * The year-over-year view's chart: the trend's lines, over changes instead of values. A module of
 * its own, loaded dynamically (registry.ts), as every view's chart (see trend/chart.ts).
 */
export { default } from '../../charts/MultiTrendChart.svelte';
