import { tDynamic } from '../../i18n/strings';
import type { ViewDef } from '../types';

/** The reports in scope, each with its text (explorer only). */
export const sources = {
	id: 'sources',
	label: (lang) => tDynamic(lang, 'tab.sources'),
	shortLabel: (lang) => tDynamic(lang, 'tab_short.sources'),
	controls: [],
	panel: () => import('./SourcesPanel.svelte')
} as const satisfies ViewDef<'sources'>;
