/**
 * The registry of official report layouts. Extraction, the checks, the import's review layout and
 * the report renderer all read the layouts from here; nothing else names a layout's rows. To add a
 * layout: write its spec (like post2019-2021.ts) and list it below (docs/architecture.md).
 */
import type { Era, LayoutId } from '../../contract/layouts';
import type { LayoutSpec } from './layout-spec';
import { POST2019_2019 } from './post2019-2019';
import { POST2019_2021 } from './post2019-2021';
import { PRE2019 } from './pre2019';

export type { Era, LayoutSpec } from './layout-spec';
export { LAYOUT_ERAS, LAYOUT_IDS, type LayoutId } from '../../contract/layouts';

/** Every known layout's spec, in the order of src/lib/contract/layouts.ts (oldest first). */
export const LAYOUTS: readonly LayoutSpec<LayoutId>[] = [PRE2019, POST2019_2019, POST2019_2021];

/** The spec of a layout id; undefined for 'unknown' or any id the registry does not list. */
export function layoutSpec(id: string): LayoutSpec<LayoutId> | undefined {
	return LAYOUTS.find((l) => l.id === id);
}

/** The ids of the layouts of one era. */
export function layoutsOfEra(era: Era): LayoutId[] {
	return LAYOUTS.filter((l) => l.era === era).map((l) => l.id);
}

type Post2019Rows = Extract<LayoutSpec['rows'], { kind: 'post2019' }>;
type Post2019Checks = Extract<LayoutSpec['checks'], { kind: 'post2019' }>;

/** The 表二/表三/表四 rows of a post-2019 layout; undefined for any other id. */
export function post2019Rows(id: string): Post2019Rows | undefined {
	const rows = layoutSpec(id)?.rows;
	return rows?.kind === 'post2019' ? rows : undefined;
}

/** The identities of a post-2019 layout's tables; undefined for any other id. */
export function post2019Checks(id: string): Post2019Checks | undefined {
	const checks = layoutSpec(id)?.checks;
	return checks?.kind === 'post2019' ? checks : undefined;
}

/**
 * The rows whose sum is 表三's 总计 in a post-2019 layout: each outcome, or the sub-rows of an
 * outcome subtotal the layout prints sub-rows for.
 */
export function outcomeLeaves(checks: Post2019Checks): string[] {
	return checks.outcomes.parts.flatMap((p) => checks.subtotals[p] ?? [p]);
}
