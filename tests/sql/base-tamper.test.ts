/**
 * Our tables cannot be changed for good, whatever the SQL: on the browser's own engine
 * (DuckDB-WASM in Node, set up like the console's), a query can detach `atlas` and attach its file
 * again writable, because DuckDB keeps an attached file in `allowed_paths`. So the console checks
 * the engine's databases after every run (`baseIntact`) and replaces the engine when the base is
 * not the one it attached; this test shows the check sees every such query, and that a new engine
 * with the file's original bytes has the original data. (Here the file is a registered buffer,
 * which the probe can rewrite; the browser registers it as a read-only File, where the probe's
 * CHECKPOINT fails instead, tests/e2e/sql-safety.e2e.ts.)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	baseIntact,
	baseOid,
	DATABASES_SQL,
	type DatabaseRow
} from '../../src/lib/engine/base-db.ts';
import { openBuiltData, rows } from './parquet-db.ts';
import { openWasmEngine, type WasmEngine } from './wasm-engine.ts';

const PROBE =
	"USE memory; DETACH atlas; ATTACH 'atlas.duckdb' AS atlas; UPDATE atlas.main.facts SET value = value*10+7; CHECKPOINT atlas; USE atlas; SELECT 'ok'";

let expectedSum = 0;
// In Node, DuckDB-WASM writes files it was not given (the probe's WAL) to the working directory:
// a scratch one, not the repository.
const cwd = process.cwd();
afterAll(() => process.chdir(cwd));
beforeAll(async () => {
	process.chdir(mkdtempSync(join(tmpdir(), 'ogi-tamper-')));
	const c = await openBuiltData();
	expectedSum = Number((await rows(c, 'SELECT sum(value) AS s FROM facts'))[0]!.s);
	c.closeSync();
});

const databases = (e: WasmEngine) => e.rows(DATABASES_SQL) as unknown as DatabaseRow[];
const sum = (e: WasmEngine) => Number(e.rows('SELECT sum(value) AS s FROM atlas.main.facts')[0]!.s);

describe('the base database against a hostile query', () => {
	it('is attached read-only at the start and found intact', async () => {
		const e = await openWasmEngine();
		const oid = baseOid(databases(e));
		expect(oid).not.toBeNull();
		expect(baseIntact(databases(e), oid)).toBe(true);
		expect(sum(e)).toBeCloseTo(expectedSum, 6);
		// A plain change is refused by DuckDB itself.
		expect(e.error('UPDATE facts SET value = 0')).toMatch(/read-only/);
		// Detaching alone is the reader's own session, not a change of our data.
		expect(e.error('USE memory; DETACH atlas')).toBe('');
		expect(baseIntact(databases(e), oid)).toBe(true);
	});

	it('sees the probe that re-attaches our file writable and changes every fact', async () => {
		const e = await openWasmEngine();
		const oid = baseOid(databases(e));
		// What the engine lets through (the reason for the check): the probe runs and changes facts.
		expect(e.error(PROBE)).toBe('');
		expect(sum(e)).not.toBeCloseTo(expectedSum, 0);
		expect(baseIntact(databases(e), oid)).toBe(false);
		// Attaching it again read-only does not hide it: the id is not the one attached at the start.
		expect(e.error("USE memory; DETACH atlas; ATTACH 'atlas.duckdb' AS atlas (READ_ONLY)")).toBe(
			''
		);
		expect(databases(e).find((d) => d.name === 'atlas')?.readonly).toBe(true);
		expect(baseIntact(databases(e), oid)).toBe(false);
		// A fake `atlas` in memory is not ours either.
		expect(e.error("USE memory; DETACH atlas; ATTACH ':memory:' AS atlas")).toBe('');
		expect(baseIntact(databases(e), oid)).toBe(false);
		// Other files stay out of reach.
		expect(e.error("ATTACH 'other.duckdb' AS o")).toMatch(/disabled by configuration/);

		// The console's answer: a new engine from the file's original bytes.
		const fresh = await openWasmEngine();
		expect(sum(fresh)).toBeCloseTo(expectedSum, 6);
		expect(baseIntact(databases(fresh), baseOid(databases(fresh)))).toBe(true);
	});
});
