/**
 * What each chart view's data is built from (the decoded tables) and how: imported where the tables
 * are (the explorer, an embed that loads data, the build), never by a page that only names views.
 */
import type { ExplorerState } from './url-state';
import { changeData } from './change/data';
import { compareData } from './compare/data';
import { metricNeedsFacts } from './context';
import { handlingData } from './handling/data';
import type { ChartViewId, ViewId } from './registry';
import { trendData } from './trend/data';
import type { ViewData } from './types';

export const VIEW_DATA = {
	trend: trendData,
	compare: compareData,
	handling: handlingData,
	change: changeData
} as const satisfies Record<ChartViewId, ViewData>;

export function viewData(id: ViewId): ViewData | null {
	return Object.hasOwn(VIEW_DATA, id) ? (VIEW_DATA[id as ChartViewId] as ViewData) : null;
}

/** Whether the view needs facts.parquet; the table and sources views, as the trend they list. */
export function needsFacts(id: ViewId, state: ExplorerState): boolean {
	return viewData(id)?.needsFacts(state) ?? metricNeedsFacts(state);
}
