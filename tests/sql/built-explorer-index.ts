/**
 * The explorer's index of the built data (static/data), as the browser builds it from the Parquet
 * files: for tests of the views on real reports.
 */
import {
	indexTables,
	type ExplorerIndex,
	type ExplorerTables
} from '../../src/lib/views/explorer-data.ts';
import { openBuiltData, rows } from './parquet-db.ts';

/** The index of the tables in `db`, which has the built data open and a `harmonized` view. */
export async function explorerIndexOf(
	db: Awaited<ReturnType<typeof openBuiltData>>
): Promise<ExplorerIndex> {
	const table = async (name: string) => rows(db, `SELECT * FROM ${name}`);
	const tables = {
		reports: await table('reports'),
		regions: await table('regions'),
		facts: await table('facts'),
		checks: await table('checks'),
		harmonized: await table('harmonized')
	} as unknown as ExplorerTables;
	for (const f of tables.facts) f.value = Number(f.value);
	return indexTables(tables);
}

/** The index of the built data, its `harmonized` table read from harmonized.parquet. */
export async function builtExplorerIndex(): Promise<ExplorerIndex> {
	const db = await openBuiltData();
	await db.run(
		`CREATE VIEW harmonized AS SELECT * FROM read_parquet('static/data/harmonized.parquet')`
	);
	return explorerIndexOf(db);
}
