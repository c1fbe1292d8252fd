/**
 * The whole dataset as downloads, next to the Parquet files in static/data: one CSV per table
 * (`csv/<table>.csv`, UTF-8, header row), `version.json` (the data version: a hash of the Parquet
 * files, so the same data has the same version, and the date of the reports' last change) and
 * `README.txt`, which says what the files are, their version and licence. The site shows the same
 * version in its footer, its citations and its downloads (docs/data-contract.md, "Downloads").
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';

export interface DataVersion {
	/** The first 12 hex digits of SHA-256 over the tables' Parquet files, in table order. */
	version: string;
	/** The date (YYYY-MM-DD) of the last commit that changed data/reports, else the build's. */
	date: string;
	/** The day of this build (the only part of static/data that changes with the day). */
	built: string;
	tables: string[];
}

const sql = (s: string) => `'${s.replace(/'/g, "''")}'`;

function reportsDate(root: string): string {
	try {
		const d = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'data/reports'], {
			cwd: root,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		}).trim();
		if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return d;
	} catch {
		// not a git checkout: the build's date
	}
	return new Date().toISOString().slice(0, 10);
}

export async function writeDownloads(
	db: DuckDBConnection,
	outDir: string,
	tables: readonly string[],
	root: string
): Promise<DataVersion> {
	const hash = createHash('sha256');
	for (const t of tables) hash.update(readFileSync(join(outDir, `${t}.parquet`)));
	const v: DataVersion = {
		version: hash.digest('hex').slice(0, 12),
		date: reportsDate(root),
		built: new Date().toISOString().slice(0, 10),
		tables: [...tables]
	};
	mkdirSync(join(outDir, 'csv'), { recursive: true });
	for (const t of tables)
		await db.run(
			`COPY (SELECT * FROM read_parquet(${sql(join(outDir, `${t}.parquet`))})) TO ${sql(join(outDir, 'csv', `${t}.csv`))} (HEADER, DELIMITER ',')`
		);
	writeFileSync(join(outDir, 'version.json'), JSON.stringify(v, null, '\t') + '\n');
	writeFileSync(
		join(outDir, 'README.txt'),
		[
			'OGI Atlas · 政府信息公开年报图谱 — the whole dataset',
			`Data version ${v.version} (${v.date})`,
			'',
			'Each table as Parquet (<table>.parquet) and as CSV (csv/<table>.csv, UTF-8, header row):',
			...tables.map((t) => `  ${t}`),
			'',
			'The columns and metric ids are described in docs/data-contract.md of the repository.',
			'The facts extracted from the reports are under CC BY 4.0: cite "OGI Atlas, data version',
			`${v.version} (${v.date})" with the address you downloaded them from.`,
			''
		].join('\n')
	);
	return v;
}
