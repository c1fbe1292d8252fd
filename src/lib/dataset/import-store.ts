/**
 * The reader's imported reports, kept in this browser (IndexedDB "ogi-atlas-imports", one object
 * store keyed by report_id). Nothing leaves the browser. Every function resolves to an empty result
 * where IndexedDB is unavailable (e.g. prerendering), so pages never fail for lack of it.
 */
import type { ImportRecord } from './import-record';
import { IMPORTS_DB_NAME as DB_NAME } from './may-have-imports';
const STORE = 'imports';

function open(): Promise<IDBDatabase | null> {
	if (typeof indexedDB === 'undefined') return Promise.resolve(null);
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, 1);
		request.onupgradeneeded = () => {
			if (!request.result.objectStoreNames.contains(STORE))
				request.result.createObjectStore(STORE, { keyPath: 'report_id' });
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('IndexedDB cannot be opened'));
	});
}

function run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>) {
	return open().then(
		(db) =>
			new Promise<T | null>((resolve, reject) => {
				if (!db) return resolve(null);
				const tx = db.transaction(STORE, mode);
				const request = body(tx.objectStore(STORE));
				tx.oncomplete = () => {
					db.close();
					resolve(request.result);
				};
				tx.onerror = tx.onabort = () => {
					db.close();
					reject(tx.error ?? new Error('IndexedDB transaction failed'));
				};
			})
	);
}

/** Every imported report, oldest first. */
export async function listImports(): Promise<ImportRecord[]> {
	const all = ((await run('readonly', (s) => s.getAll())) ?? []) as ImportRecord[];
	return all.sort(
		(a, b) => a.added.localeCompare(b.added) || a.report_id.localeCompare(b.report_id)
	);
}

export async function saveImport(record: ImportRecord): Promise<void> {
	await run('readwrite', (s) => s.put(record));
}

export async function deleteImport(reportId: string): Promise<void> {
	await run('readwrite', (s) => s.delete(reportId));
}

export async function getImport(reportId: string): Promise<ImportRecord | null> {
	return ((await run('readonly', (s) => s.get(reportId))) as ImportRecord | undefined) ?? null;
}
