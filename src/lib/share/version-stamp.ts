/**
 * The data version every download carries (issue 17): a column of the CSV, a phrase after the
 * source line of an SVG or PNG. `version` is the root layout's `dataVersion` (data-version.ts),
 * null without a data build, when nothing is added.
 */
export const VERSION_COLUMN = 'data_version';

/** " · data version 1a2b3c4d" (or " · 数据版本 1a2b3c4d"), or '' without a version. */
export function versionStamp(lang: 'zh' | 'en', version: string | null | undefined): string {
	if (!version) return '';
	return lang === 'zh' ? ` · 数据版本 ${version}` : ` · data version ${version}`;
}
