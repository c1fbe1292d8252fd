import { tDynamic } from '../../i18n/strings';
import type { ViewDef } from '../types';

/** How each report's requests were handled, as stacked shares (harmonized or raw categories). */
export const handling = {
	id: 'handling',
	label: (lang) => tDynamic(lang, 'tab.handling'),
	shortLabel: (lang) => tDynamic(lang, 'tab_short.handling'),
	controls: ['handling'],
	// The outcomes of the requests handled, whatever metric is chosen.
	hides: ['metric', 'measure'],
	metric: 'h_handled',
	chart: {
		load: () => import('./chart'),
		embedHeight: 560,
		emptyMessage: false,
		note: 'handling.era_note'
	}
} as const satisfies ViewDef<'handling'>;
