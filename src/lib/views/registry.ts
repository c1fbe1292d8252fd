/**
 * Every view of the explorer, in tab order: the one list the URL parser (`?view=`), the tabs, the
 * embeds (/embed/<id>, the views with an embeddable chart) and the embed dialog read. Light: the
 * charts load on demand, and what builds a view's data is in data.ts. To add a view, see
 * docs/architecture.md ("Views").
 */
import { change } from './change/view';
import { compare } from './compare/view';
import { handling } from './handling/view';
import { sources } from './sources/view';
import { table } from './table/view';
import { trend } from './trend/view';
import type { ViewDef } from './types';

export const VIEW_DEFS = [trend, compare, handling, change, table, sources] as const;

type Def = (typeof VIEW_DEFS)[number];
export type ViewId = Def['id'];
/** The views that draw a chart. */
export type ChartViewId = Extract<Def, { chart: object }>['id'];
/** The views with a chart that can be embedded. */
export type EmbedViewId = Extract<Def, { chart: { embedHeight: number } }>['id'];

export const VIEW_IDS = VIEW_DEFS.map((v) => v.id) as readonly ViewId[] as readonly [
	ViewId,
	...ViewId[]
];

/** The view a bare /explore shows; its chart is prerendered (routes/explore/+page.server.ts). */
export const DEFAULT_VIEW = 'trend' satisfies ChartViewId;

export const EMBED_VIEWS = VIEW_DEFS.filter(
	(v) => 'chart' in v && v.chart.embedHeight !== null
).map((v) => v.id) as readonly EmbedViewId[];

export function viewDef(id: ViewId): ViewDef<ViewId> {
	return VIEW_DEFS.find((v) => v.id === id)!;
}

export function isEmbedView(id: string): id is EmbedViewId {
	return (EMBED_VIEWS as readonly string[]).includes(id);
}
