/**
 * The default view's chart (registry.ts DEFAULT_VIEW), imported statically by the explorer: /explore
 * is prerendered with it drawn (routes/explore/+page.server.ts) and hydration keeps its SVG, so it
 * cannot wait for a dynamic import. The same component the view's `chart.load` returns.
 */
export { default } from '../charts/MultiTrendChart.svelte';
