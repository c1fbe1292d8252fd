// The coverage table is computed from static/data when the site is built and inlined into the
// prerendered page: the page downloads no Parquet file.
import { buildCoverage } from '$lib/coverage/build-time';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = async () => ({ coverage: await buildCoverage() });
