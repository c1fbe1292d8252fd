/**
 * Writes a SYNTHETIC report corpus to a folder, one report at a time (nothing is kept): the report
 * files (corpus-report.ts), `regions.csv` of the regions they belong to, and `corpus.json` (size,
 * seed, renderings used, SYNTHETIC label). Build it like the real reports:
 * `npm run data -- --reports <dir> --regions <dir>/regions.csv --out data-synthetic/<name>
 * --partitioned`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusRegions, plannedReports } from './corpus-shape.ts';
import { corpusReport } from './corpus-report.ts';

export interface CorpusManifest {
	synthetic: true;
	label: string;
	seed: number;
	reports: number;
	regions: number;
	by_format: Record<string, number>;
	by_rendering: Record<string, number>;
	generated_by: string;
}

/** The corpus folder's name under data-synthetic/: corpus-50k, corpus-360. */
export const corpusName = (reports: number) =>
	`corpus-${reports % 1000 === 0 ? `${reports / 1000}k` : reports}`;

const csvField = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function writeCorpus(options: {
	reports: number;
	seed: number;
	outDir: string;
}): CorpusManifest {
	const { reports, seed, outDir } = options;
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	const regions = corpusRegions();
	const used = new Set<string>();
	const byFormat: Record<string, number> = {};
	const byRendering: Record<string, number> = {};
	let n = 0;
	for (const p of plannedReports(reports, regions)) {
		const r = corpusReport(p, seed);
		writeFileSync(join(outDir, r.file), r.text);
		used.add(p.region.region_id);
		byFormat[p.format] = (byFormat[p.format] ?? 0) + 1;
		byRendering[r.rendering.id] = (byRendering[r.rendering.id] ?? 0) + 1;
		n++;
	}
	// Every region a report belongs to, with its parents (the explorer's region tree).
	const parents = new Set<string>(used);
	for (const r of regions) if (used.has(r.region_id) && r.parent_id) parents.add(r.parent_id);
	for (const r of regions) if (parents.has(r.region_id) && r.parent_id) parents.add(r.parent_id);
	const header = 'region_id,name_zh,name_en,level,province,parent_id';
	const rows = regions
		.filter((r) => parents.has(r.region_id))
		.map((r) =>
			[r.region_id, r.name_zh, r.name_en, r.level, r.province, r.parent_id].map(csvField).join(',')
		);
	writeFileSync(join(outDir, 'regions.csv'), [header, ...rows].join('\n') + '\n');
	const manifest: CorpusManifest = {
		synthetic: true,
		label: 'SYNTHETIC report texts — generated, not from any government report',
		seed,
		reports: n,
		regions: rows.length,
		by_format: byFormat,
		by_rendering: byRendering,
		generated_by: 'npm run data:corpus (scripts/synthetic/write-corpus.ts)'
	};
	writeFileSync(join(outDir, 'corpus.json'), JSON.stringify(manifest, null, '\t') + '\n');
	return manifest;
}
