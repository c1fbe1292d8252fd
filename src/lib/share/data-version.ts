/**
 * The data version and dates every page shows (footer, citation, downloads), read when the site is
 * built from static/data/version.json (written by the data build, scripts/data/write-downloads.ts).
 * Node only: imported by the root layout's prerendered server load.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface SiteVersion {
	/** The data version (a hash of the Parquet files), null without a data build. */
	dataVersion: string | null;
	/** When the reports last changed (YYYY-MM-DD). */
	dataDate: string | null;
	/** When the site was built (YYYY-MM-DD). */
	built: string;
}

export function siteVersion(now = new Date()): SiteVersion {
	let v: { version?: unknown; date?: unknown } = {};
	try {
		v = JSON.parse(readFileSync(resolve('static', 'data', 'version.json'), 'utf8'));
	} catch {
		// no data build (or a synthetic one): the footer says so by showing no version
	}
	return {
		dataVersion: typeof v.version === 'string' ? v.version : null,
		dataDate: typeof v.date === 'string' ? v.date : null,
		built: now.toISOString().slice(0, 10)
	};
}
