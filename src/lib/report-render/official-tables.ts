/**
 * The statistics tables of the official report layouts as they are printed, from the layouts'
 * specs (src/lib/extract/layouts/): each printed row has its labels (outer group first) and the
 * metric of each cell. Used to render a report's tables from hand-read values (tests, synthetic
 * corpora). The rows the engine finds and the rows printed are kept side by side in each spec, and
 * tests/unit/layout-specs.test.ts renders every spec's rows and reads them back.
 */
import { layoutSpec, type LayoutId } from '../extract/layouts';
import type { PrintedSection } from '../extract/layouts/layout-spec';

export type {
	CellRef,
	PrintedRow,
	PrintedSection,
	PrintedTable
} from '../extract/layouts/layout-spec';
export { CUMULATIVE } from '../extract/layouts/pre2019';

export type Layout = LayoutId;

/** The sections of a report that hold statistics tables, in printed order. */
export function officialTables(layout: Layout, cumulative = false): PrintedSection[] {
	const spec = layoutSpec(layout);
	if (!spec) throw new Error(`no layout spec for "${layout}"`);
	return spec.printed(cumulative);
}
