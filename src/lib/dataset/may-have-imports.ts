/**
 * Whether this browser may hold imported reports, asked without opening the database or loading
 * any import code: most readers have no imports, and then the explorer downloads none of that code
 * before its first chart (docs/performance.md). False only where that is certain: no IndexedDB, or
 * IndexedDB lists its databases and ours is not among them. Where it cannot tell (no
 * indexedDB.databases(), or it fails), true, and the imports are read as before.
 */
export const IMPORTS_DB_NAME = 'ogi-atlas-imports';

export async function mayHaveImports(
	idb: IDBFactory | undefined = globalThis.indexedDB
): Promise<boolean> {
	if (!idb) return false;
	if (typeof idb.databases !== 'function') return true;
	try {
		const databases = await idb.databases();
		return databases.some((d) => d.name === IMPORTS_DB_NAME);
	} catch {
		return true;
	}
}
