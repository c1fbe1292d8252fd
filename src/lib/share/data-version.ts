/**
 * The data version and dates every page shows (footer, citation, downloads): static/data/
 * version.json, written by the data build (scripts/data/write-downloads.ts), bundled when the site
 * is built (a few bytes; no request, and unknown routes render without any server data).
 */
const files = import.meta.glob<{ version?: unknown; date?: unknown; built?: unknown }>(
	'/static/data/version.json',
	{ eager: true, import: 'default' }
);

export interface SiteVersion {
	/** The data version (a hash of the Parquet files), null without a data build. */
	dataVersion: string | null;
	/** When the reports last changed (YYYY-MM-DD). */
	dataDate: string | null;
	/** When the data was built (YYYY-MM-DD). */
	built: string | null;
}

export function siteVersion(): SiteVersion {
	const v = Object.values(files)[0] ?? {};
	const str = (x: unknown) => (typeof x === 'string' ? x : null);
	return { dataVersion: str(v.version), dataDate: str(v.date), built: str(v.built) };
}
