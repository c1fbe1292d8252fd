/**
 * The facts of a SYNTHETIC dataset again as one Parquet file per province and year
 * (`facts/province_code=PP/year=YYYY/part0.parquet`), the layout the site's 10m-fact path reads
 * partition by partition (src/lib/dataset/partition-plan.ts), with each file's rows and bytes for
 * `dataset.json`. `source` is a table or subquery with the SYNTHETIC_FACTS columns.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { castColumns } from '../../src/lib/contract/schema-sql.ts';
import { SYNTHETIC_FACTS } from '../../src/lib/contract/synthetic-schema.ts';
import type { FactPartition } from '../../src/lib/dataset/manifest-shape.ts';

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

export async function writeFactPartitions(
	db: DuckDBConnection,
	source: string,
	outDir: string
): Promise<FactPartition[]> {
	const dir = join(outDir, 'facts');
	// One file per partition: DuckDB would close and later reopen (as part1, part2…) partitions
	// beyond its default of 100 open files.
	await db.run(`SET partitioned_write_max_open_files = 100000`);
	await db.run(
		`COPY (SELECT ${castColumns(SYNTHETIC_FACTS)}
			FROM ${source} ORDER BY province_code, year, region_id, report_id, metric, applicant)
			TO ${q(dir)} (FORMAT parquet, COMPRESSION snappy, PARTITION_BY (province_code, year), WRITE_PARTITION_COLUMNS true, FILENAME_PATTERN 'part{i}')`
	);
	// Rows of each file, from its own footer.
	const counts = await db.runAndReadAll(
		`SELECT file_name, num_rows::BIGINT AS n FROM parquet_file_metadata(${q(join(dir, '*', '*', '*.parquet'))})`
	);
	const rows = new Map(counts.getRowObjects().map((r) => [String(r.file_name), Number(r.n)]));
	const partitions: FactPartition[] = [];
	for (const p of readdirSync(dir).sort()) {
		for (const y of readdirSync(join(dir, p)).sort()) {
			for (const f of readdirSync(join(dir, p, y)).sort()) {
				const province_code = p.replace('province_code=', '');
				const year = Number(y.replace('year=', ''));
				const path = join(dir, p, y, f);
				partitions.push({
					path: relative(outDir, path),
					province_code,
					year,
					rows: rows.get(path) ?? 0,
					bytes: statSync(path).size
				});
			}
		}
	}
	return partitions;
}
