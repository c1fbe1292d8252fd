/**
 * The region profiles, computed when the site is built (Node only: imported by the prerendered
 * server load) from static/data with the decoder and index the embeds use.
 */
import { buildTimeIndex } from '../views/build-time-index';
import { formerCodes, regionProfile, reportsByRegion } from './compute-profile';
import type { RegionProfile } from './region-profile';

/** What /region/<code> shows: a profile, or the region a former code is now filed under. */
export type RegionPage =
	| { kind: 'profile'; profile: RegionProfile }
	| { kind: 'moved'; code: string; to: string; name_zh: string; name_en: string };

/** Every code with a page: the regions with reports and their former codes. */
export async function regionCodes(): Promise<string[]> {
	const index = await buildTimeIndex();
	return [...reportsByRegion(index).keys(), ...formerCodes(index).keys()].sort();
}

/** The page of `code`, or null (no region with reports has or had this code). */
export async function regionPage(code: string): Promise<RegionPage | null> {
	const index = await buildTimeIndex();
	const profile = regionProfile(index, code);
	if (profile) return { kind: 'profile', profile };
	const to = formerCodes(index).get(code);
	if (!to) return null;
	const region = index.regionById.get(to);
	return {
		kind: 'moved',
		code,
		to,
		name_zh: region?.name_zh ?? to,
		name_en: region?.name_en || region?.name_zh || to
	};
}
