/**
 * The compare embed's chart component, imported dynamically by the embed page (+page.ts) so an embed
 * downloads only its own chart. A module of its own (not the component itself, which the explorer
 * imports statically) so the build names it as a dynamic entry and SvelteKit puts its stylesheet
 * in the prerendered page: the prerendered chart is styled before any script runs.
 */
export { default } from '../../charts/CompareBars.svelte';
