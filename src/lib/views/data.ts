/**
 * What each chart view's data is built from (the decoded tables) and how: imported where the tables
 * are (the explorer, an embed that loads data, the build), never by a page that only names views.
 */
import type { ExplorerState } from '../explorer/url-state';
import { compareData } from './compare/data';
import { metricNeedsFacts } from './context';
import { handlingData } from './handling/data';
import type { ChartViewId, ViewId } from './registry';
import { trendData } from './trend/data';
import type { ViewData } from './types';

export const VIEW_DATA: Record<ChartViewId, ViewData> = {
	trend: trendData,
	compare: compareData,
	handling: handlingData
};

export function viewData(id: ViewId): ViewData | null {
	return Object.hasOwn(VIEW_DATA, id) ? VIEW_DATA[id as ChartViewId] : null;
}

/** Whether the view needs facts.parquet; the table and sources views, as the trend they list. */
export function needsFacts(id: ViewId, state: ExplorerState): boolean {
	return viewData(id)?.needsFacts(state) ?? metricNeedsFacts(state);
}
