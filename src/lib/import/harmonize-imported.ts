/**
 * The harmonized metrics of imported reports, computed by the engine with the very SQL the data
 * build uses (src/lib/sql/harmonized.ts), so that the explorer draws them like ours before the
 * engine is ready on its page.
 */
import type { ColumnKind, DecodedTable } from '../data-files/decode-parquet';
import type { FactRow, HarmonizedRow, ReportRow } from '../contract/rows';
import { harmonizedSelect } from '../sql/harmonized';

function table(name: string, spec: Record<string, ColumnKind>, rows: object[]): DecodedTable {
	return {
		name,
		columns: Object.entries(spec).map(([n, kind]) => ({ name: n, kind })),
		rows: rows as Record<string, unknown>[],
		bytes: 0
	};
}

let counter = 0;

export async function harmonizedRows(
	report: ReportRow,
	facts: readonly FactRow[]
): Promise<HarmonizedRow[]> {
	if (!facts.length) return [];
	const [{ getEngine }, { toArrow }] = await Promise.all([
		import('../engine/duckdb-client'),
		import('../data-files/to-arrow')
	]);
	const engine = await getEngine();
	// A connection of its own, in the in-memory database: the helper tables never go to our
	// read-only `atlas` (nor show in a console's schema), and are dropped when done.
	const conn = await engine.db.connect();
	const tag = `__import_${Date.now()}_${counter++}`;
	const factsName = `${tag}_facts`;
	const reportsName = `${tag}_reports`;
	const qualified = (name: string) => `memory.main."${name}"`;
	try {
		await conn.query(`SET search_path = 'memory.main'`);
		await conn.insertArrowTable(
			toArrow(
				table(
					factsName,
					{
						report_id: 'string',
						metric: 'string',
						applicant: 'string',
						value: 'double',
						method: 'string'
					},
					[...facts]
				)
			),
			{ name: factsName, schema: 'main', create: true }
		);
		await conn.insertArrowTable(
			toArrow(
				table(
					reportsName,
					{
						report_id: 'string',
						region_id: 'string',
						unit: 'string',
						year: 'int',
						format: 'string'
					},
					[report]
				)
			),
			{ name: reportsName, schema: 'main', create: true }
		);
		const result = await conn.query(
			`SELECT * FROM (${harmonizedSelect(qualified(factsName), qualified(reportsName))}) ORDER BY applicant`
		);
		const names = result.schema.fields.map((f) => f.name);
		return result.toArray().map((row: Record<string, unknown>) => {
			const out: Record<string, unknown> = {};
			for (const n of names) {
				const v = row[n];
				out[n] = typeof v === 'bigint' ? Number(v) : (v ?? null);
			}
			return out as HarmonizedRow;
		});
	} finally {
		await conn.query(`DROP TABLE IF EXISTS ${qualified(factsName)}`).catch(() => {});
		await conn.query(`DROP TABLE IF EXISTS ${qualified(reportsName)}`).catch(() => {});
		await conn.close().catch(() => {});
	}
}
