/**
 * The SYNTHETIC facts' columns (scale benchmark data, scripts/synthetic and src/lib/dataset), derived
 * from the published facts' (table-schemas.ts), so the two cannot drift.
 */
import { FACTS, type TableSchema } from './table-schemas';

/**
 * SYNTHETIC facts (scale benchmark data): the fact columns without `imported` (nothing is
 * imported there) and with `province_code`, the partition key of the 10m layout.
 */
export const SYNTHETIC_FACTS: TableSchema = {
	...Object.fromEntries(Object.entries(FACTS).filter(([c]) => c !== 'imported')),
	province_code: 'VARCHAR'
};
