/**
 * The harmonized metrics of imported reports, computed by the engine with the very SQL the data
 * build uses (src/lib/sql/harmonized.ts), so that the explorer draws them like ours before the
 * engine is ready on its page.
 */
import type { ColumnKind, DecodedTable } from '../data/decode-parquet';
import type { FactRow, HarmonizedRow, ReportRow } from '../explorer/explorer-data';
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
		import('../data/to-arrow')
	]);
	const engine = await getEngine();
	const tag = `__import_${Date.now()}_${counter++}`;
	const factsName = `${tag}_facts`;
	const reportsName = `${tag}_reports`;
	await engine.insertArrow(
		factsName,
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
		)
	);
	await engine.insertArrow(
		reportsName,
		toArrow(
			table(
				reportsName,
				{ report_id: 'string', region_id: 'string', unit: 'string', year: 'int', format: 'string' },
				[report]
			)
		)
	);
	try {
		const result = await engine.query(
			`SELECT * FROM (${harmonizedSelect(`"${factsName}"`, `"${reportsName}"`)}) ORDER BY applicant`
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
		await engine.query(`DROP TABLE IF EXISTS "${factsName}"`);
		await engine.query(`DROP TABLE IF EXISTS "${reportsName}"`);
	}
}
