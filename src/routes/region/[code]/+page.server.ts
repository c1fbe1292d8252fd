// A region's profile, computed from static/data when the site is built and prerendered for every
// region with reports (and every former code of one, which points to its successor): a stable page
// to cite, whose numbers and default chart are in the HTML; it downloads no data file.
import { error } from '@sveltejs/kit';
import { regionCodes, regionPage } from '$lib/region/build-time';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () => (await regionCodes()).map((code) => ({ code }));

export const load: PageServerLoad = async ({ params }) => {
	const page = await regionPage(params.code);
	if (!page) error(404, `No region with reports has the code ${params.code}`);
	return { page };
};
