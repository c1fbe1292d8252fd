/**
 * "Add to my data": the reviewed report becomes contract rows with an id that cannot collide, gets
 * its harmonized metrics from the engine, and is saved in IndexedDB with its cross-year checks
 * (refresh-cross-year.ts); the page's tables and a loaded engine then include it.
 */
import type { RegionRow } from '../contract/rows';
import type { ExtractResult } from '../extract/types';
import { harmonizedRows } from './harmonize-imported';
import { importId } from '../dataset/import-id';
import { announceImportsChanged } from '../dataset/imports-channel';
import type { Correction, ImportRecord } from '../dataset/import-record';
import { getImport, saveImport } from '../dataset/import-store';
import { forgetImports } from '../dataset/imported-tables';
import { refreshCrossYear } from './refresh-cross-year';
import { newRegionId, spanOfCorrection, toContractRows } from './to-contract-rows';

export interface AddRequest {
	result: ExtractResult;
	origin: string;
	region: RegionRow | null;
	newRegion: { name_zh: string; name_en: string } | null;
	unit: string;
	year: number;
	corrections: Correction[];
}

export async function addImport(request: AddRequest): Promise<ImportRecord> {
	const { result } = request;
	let region = request.region;
	let newRegion: RegionRow | null = null;
	if (!region) {
		const name = request.newRegion?.name_zh ?? '';
		const hash = (await importId(name, '', '', null)).split(':')[1]!;
		newRegion = {
			region_id: newRegionId(hash),
			name_zh: name,
			name_en: request.newRegion?.name_en || name,
			level: '',
			province: '',
			parent_id: ''
		};
		region = newRegion;
	}
	const reportId = await importId(result.text, region.region_id, request.unit, request.year);
	const rows = toContractRows(
		result,
		reportId,
		{
			region_id: region.region_id,
			region_name: region.name_zh,
			unit: request.unit,
			year: request.year,
			newRegion
		},
		request.corrections,
		request.origin,
		(c) => spanOfCorrection(result, c)
	);
	const harmonized = await harmonizedRows(rows.report, rows.facts);
	const record: ImportRecord = { ...rows, harmonized, added: new Date().toISOString() };
	await saveImport(record);
	// Its cross-year checks, and those of imports next to it, against what is now loaded.
	await refreshCrossYear();
	forgetImports();
	await reloadEngine();
	announceImportsChanged();
	return (await getImport(record.report_id)) ?? record;
}

/** A live SQL console (if any) shows the imports as they now are; a console started later reads them. */
export async function reloadEngine(): Promise<void> {
	const { refreshLiveImports } = await import('../engine/engine-imports');
	await refreshLiveImports();
}
