/**
 * Who published a report (front matter `unit_scope`, docs/data-contract.md): a region's whole
 * government, its General Office, or one department. A series never mixes scopes: the explorer
 * compares one scope at a time (or every unit, each its own series).
 */
export const UNIT_SCOPES = ['whole-region', 'general-office', 'department'] as const;
export type UnitScope = (typeof UNIT_SCOPES)[number];

/** The explorer's and the embeds' unit choices (`?units=`), the default first. */
export const UNIT_MODES = ['whole', 'office', 'department', 'all'] as const;
export type UnitMode = (typeof UNIT_MODES)[number];

/** The one scope a unit mode shows, or null for every unit. */
export const UNIT_MODE_SCOPE: Record<UnitMode, UnitScope | null> = {
	whole: 'whole-region',
	office: 'general-office',
	department: 'department',
	all: null
};

/** True when a report of `scope` is shown under `mode`. */
export function inUnitMode(mode: UnitMode, scope: string): boolean {
	const wanted = UNIT_MODE_SCOPE[mode];
	return wanted === null || scope === wanted;
}
