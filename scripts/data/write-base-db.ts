/**
 * Writes `atlas.duckdb`: our Parquet tables copied into one DuckDB database file, plus the
 * `harmonized` view, for the browser engine to attach READ_ONLY (src/lib/engine/base-db.ts), so
 * DuckDB itself refuses any change to our tables. Storage version 1.0.0 and 16 KiB blocks: the
 * browser's DuckDB-WASM reads it, and the file stays small (it is mostly empty blocks, which any
 * static host's compression shrinks further).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { BASE_FILE } from '../../src/lib/engine/base-db.ts';
import { harmonizedSelect } from '../../src/lib/sql/harmonized.ts';

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

export async function writeBaseDb(
	connection: DuckDBConnection,
	outDir: string,
	tables: readonly string[]
): Promise<string> {
	const file = join(outDir, BASE_FILE);
	rmSync(file, { force: true });
	rmSync(`${file}.wal`, { force: true });
	await connection.run(
		`ATTACH ${sqlString(file)} AS atlas_build (STORAGE_VERSION 'v1.0.0', BLOCK_SIZE 16384)`
	);
	try {
		for (const name of tables) {
			const parquet = sqlString(join(outDir, `${name}.parquet`));
			await connection.run(`CREATE TABLE atlas_build."${name}" AS FROM read_parquet(${parquet})`);
		}
		// The view's unqualified names resolve inside the database that holds it.
		await connection.run(`USE atlas_build`);
		await connection.run(`CREATE VIEW harmonized AS ${harmonizedSelect()}`);
	} finally {
		await connection.run(`USE memory`);
		await connection.run(`DETACH atlas_build`);
	}
	return file;
}
