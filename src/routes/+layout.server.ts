// The data version and build date, shown in every page's footer and in its citation.
import { siteVersion } from '$lib/share/data-version';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => siteVersion();
