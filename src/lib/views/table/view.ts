import { tDynamic } from '../../i18n/strings';
import type { ViewDef } from '../types';

/** The trend's numbers as a sortable table (explorer only). */
export const table = {
	id: 'table',
	label: (lang) => tDynamic(lang, 'tab.table'),
	shortLabel: (lang) => tDynamic(lang, 'tab_short.table'),
	controls: [],
	panel: () => import('./TablePanel.svelte')
} as const satisfies ViewDef<'table'>;
