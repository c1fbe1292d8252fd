import { tDynamic } from '../../i18n/strings';
import type { ViewDef } from '../types';

/**
 * Year-over-year change of the chosen metric: one line per region and reporting unit, each point
 * the change on the previous year's report (a gap where either year is absent or not consecutive).
 */
export const change = {
	id: 'change',
	label: (lang) => tDynamic(lang, 'tab.change'),
	shortLabel: (lang) => tDynamic(lang, 'tab_short.change'),
	controls: [],
	chart: { load: () => import('./chart'), embedHeight: 560, emptyMessage: true, note: 'gaps.note' },
	sql: (
		query
	) => `-- change on the previous year: (value - previous) / previous, NULL where either year
-- is absent, the years are not consecutive or the previous value is 0
WITH base AS (
${query}
)
SELECT *,
  CASE WHEN lag(year) OVER w = year - 1 AND lag(value) OVER w <> 0
    THEN (value - lag(value) OVER w) / lag(value) OVER w END AS yoy
FROM base
WINDOW w AS (PARTITION BY region_id, unit ORDER BY year)
ORDER BY region_id, unit, year`
} as const satisfies ViewDef<'change'>;
