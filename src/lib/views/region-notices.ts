/**
 * No silent changes: the regions a view was asked to draw but does not, each said with why (no
 * value for the metric, no report of the unit scope asked for, none in the year range, none at
 * all). Every chart view's build calls this once with the regions it drew; the view panel shows the
 * notices and their one-click fix (e.g. the scope switch). The regions stay selected.
 */
import '../i18n/explorer-strings';
import { t, tDynamic } from '../i18n/strings';
import { UNIT_MODE_SCOPE } from '../contract/unit-scope';
import type { ViewContext } from './context';
import type { ExplorerState } from './url-state';
import { regionName } from './view-data';

export type ViewNoticeKind = 'no-data' | 'other-units' | 'out-of-years' | 'no-reports';

export interface ViewNotice {
	kind: ViewNoticeKind;
	/** The regions not drawn, in selection order. */
	regions: string[];
	text: string;
	/** A one-click change of the state that draws them, with its button's label. */
	action?: { label: string; patch: Partial<Pick<ExplorerState, 'units'>> };
}

const SCOPES = ['whole-region', 'general-office', 'department'] as const;
const SCOPE_KEY: Record<string, string> = {
	'whole-region': 'whole',
	'general-office': 'office',
	department: 'department'
};

function listNames(c: ViewContext, ids: string[]): string {
	return ids.map((id) => regionName(c.index, id, c.lang)).join(c.lang === 'zh' ? '、' : ', ');
}

/**
 * The notices for the regions of `c.regions` not in `drawn`. `metricView`: the view draws the
 * metric (the handling view draws outcomes whatever the metric).
 */
export function regionNotices(
	c: ViewContext,
	drawn: ReadonlySet<string>,
	metricView = true
): ViewNotice[] {
	const { index, state, lang } = c;
	const missing = c.regions.filter((id) => !drawn.has(id));
	if (!missing.length) return [];
	const inScope = new Set(c.scope.map((r) => r.region_id));
	const inYears = (y: number | null) =>
		y !== null && (state.from === null || y >= state.from) && (state.to === null || y <= state.to);
	const byKey = new Map<string, ViewNotice>();
	const add = (key: string, id: string, make: () => Omit<ViewNotice, 'regions'>) => {
		const n = byKey.get(key) ?? { ...make(), regions: [] };
		n.regions.push(id);
		byKey.set(key, n);
	};
	const wanted = UNIT_MODE_SCOPE[state.units];
	for (const id of missing) {
		if (inScope.has(id)) {
			add('no-data', id, () => ({ kind: 'no-data', text: '' }));
			continue;
		}
		const reports = index.tables.reports.filter((r) => r.region_id === id && r.year !== null);
		const otherScopes = SCOPES.filter(
			(s) => s !== wanted && reports.some((r) => r.unit_scope === s && inYears(r.year))
		);
		if (wanted !== null && otherScopes.length) {
			add(`other-units|${otherScopes.join(',')}`, id, () => ({
				kind: 'other-units',
				text: otherScopes.join(','),
				action: { label: t(lang, 'notice.switch_units'), patch: { units: 'all' } }
			}));
		} else if (reports.length) add('out-of-years', id, () => ({ kind: 'out-of-years', text: '' }));
		else add('no-reports', id, () => ({ kind: 'no-reports', text: '' }));
	}
	const span =
		state.from !== null || state.to !== null
			? t(lang, 'control.year_span', {
					from: state.from ?? '…',
					to: state.to ?? '…'
				})
			: '';
	return [...byKey.values()].map((n) => {
		const names = listNames(c, n.regions);
		let text: string;
		if (n.kind === 'no-data')
			text = t(lang, metricView ? 'notice.no_data' : 'notice.no_data_view', { names });
		else if (n.kind === 'other-units') {
			const units = n.text
				.split(',')
				.map((s) => tDynamic(lang, `notice.unit_${SCOPE_KEY[s]}`))
				.join(lang === 'zh' ? '、' : ' / ');
			const report = tDynamic(lang, `notice.report_${SCOPE_KEY[wanted ?? 'whole-region']}`);
			text = t(lang, 'notice.other_units', { report, units, names });
		} else if (n.kind === 'out-of-years') text = t(lang, 'notice.out_of_years', { span, names });
		else text = t(lang, 'notice.no_reports', { names });
		return { ...n, text };
	});
}

/** The region of a series key (`region|unit[|imported]`, view-data.ts). */
export function keyRegion(key: string): string {
	return key.split('|')[0]!;
}
