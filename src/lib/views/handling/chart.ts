/**
 * The handling view's chart component, loaded dynamically (registry.ts) so a page downloads only the
 * charts it shows. A module of its own (not the component, which the explorer may import
 * statically) so the build names it as a dynamic entry and SvelteKit puts its stylesheet in the
 * prerendered embed page: the prerendered chart is styled before any script runs.
 */
export { default } from '../../charts/HandlingBars.svelte';
