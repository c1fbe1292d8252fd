import { tDynamic } from '../../i18n/strings';
import type { ViewDef } from '../types';

/** Lines over the years, one per region and reporting unit (the default view). */
export const trend = {
	id: 'trend',
	label: (lang) => tDynamic(lang, 'tab.trend'),
	shortLabel: (lang) => tDynamic(lang, 'tab_short.trend'),
	controls: ['scale', 'relative'],
	chart: { load: () => import('./chart'), embedHeight: 560, emptyMessage: true, note: 'gaps.note' }
} as const satisfies ViewDef<'trend'>;
