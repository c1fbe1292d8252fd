import { tDynamic } from '../../i18n/strings';
import type { ViewDef } from '../types';

/** Ranked bars, one per region and reporting unit, in one year or each one's latest. */
export const compare = {
	id: 'compare',
	label: (lang) => tDynamic(lang, 'tab.compare'),
	shortLabel: (lang) => tDynamic(lang, 'tab_short.compare'),
	controls: ['compare-year'],
	chart: { load: () => import('./chart'), embedHeight: 480, emptyMessage: false, note: null }
} as const satisfies ViewDef<'compare'>;
