/**
 * Colours of the handling chart's categories by their role, in both modes (comparable and as
 * printed): granted green, partly granted light green, denial reasons magenta, unable to provide
 * orange, not processed purple, anything else grey. A category's shade is its place among the
 * shown categories of the same role, so a denial reason is never coloured like a grant.
 */
export type OutcomeRole = 'granted' | 'partly' | 'denied' | 'unable' | 'not_processed' | 'other';

/** Shades per role, the role's main colour first (the comparable chart uses only these). */
export const ROLE_SHADES: Readonly<Record<OutcomeRole, readonly string[]>> = {
	granted: ['#1b7837', '#3f9b50', '#2d6a36'],
	partly: ['#7fbf7b', '#a6dba0', '#5aae61'],
	denied: ['#c51b7d', '#de77ae', '#8e0152', '#f1b6da', '#b03a83', '#e996c2', '#a3005f', '#f7cfe4'],
	unable: ['#f1a340', '#e08214', '#fdb863', '#b35806'],
	not_processed: ['#998ec3', '#762a83', '#c2a5cf', '#54278f', '#dadaeb'],
	other: ['#bababa', '#878787', '#d9d9d9', '#5e5e5e']
};

const EXACT: Readonly<Record<string, OutcomeRole>> = {
	// comparable (harmonized) categories
	granted: 'granted',
	partial: 'partly',
	denied: 'denied',
	unable: 'unable',
	not_processed: 'not_processed',
	other: 'other',
	// since 2019 (表三)
	outcome_granted: 'granted',
	outcome_partial: 'partly',
	outcome_denied: 'denied',
	outcome_unable: 'unable',
	outcome_not_processed: 'not_processed',
	outcome_other: 'other',
	// before 2019 (统计表), as the harmonized metrics group them (docs/data-contract.md)
	answer_already_public: 'granted',
	answer_granted: 'granted',
	answer_partial: 'partly',
	answer_denied: 'denied',
	answer_not_exist: 'unable',
	answer_not_this_agency: 'unable',
	answer_correction_required: 'unable',
	answer_other_channel: 'other'
};

/** The role of a handling category id (comparable id or metric id). */
export function outcomeRole(id: string): OutcomeRole {
	const exact = EXACT[id];
	if (exact) return exact;
	if (id.startsWith('denied_') || id.startsWith('answer_denied_')) return 'denied';
	if (id.startsWith('unable_')) return 'unable';
	if (id.startsWith('notproc_')) return 'not_processed';
	return 'other';
}

/** Colours for categories shown together, in their order: each role's shades in turn. */
export function outcomeColors(ids: readonly string[]): Map<string, string> {
	const used = new Map<OutcomeRole, number>();
	const colors = new Map<string, string>();
	for (const id of ids) {
		const role = outcomeRole(id);
		const n = used.get(role) ?? 0;
		used.set(role, n + 1);
		const shades = ROLE_SHADES[role];
		colors.set(id, shades[n % shades.length]!);
	}
	return colors;
}
