/**
 * The query too long for a link (url-query.ts `fitsInLink`), kept in localStorage so a reload does
 * not lose it. One draft; reading and writing never throw (storage may be off or full).
 */
export const DRAFT_KEY = 'ogi-atlas:console-draft';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;

export function loadDraft(storage: Store): string {
	try {
		return storage?.getItem(DRAFT_KEY) ?? '';
	} catch {
		return '';
	}
}

/** Keeps `sql`; false when the browser refused to store it. */
export function saveDraft(storage: Store, sql: string): boolean {
	try {
		storage?.setItem(DRAFT_KEY, sql);
		return !!storage;
	} catch {
		return false;
	}
}

export function clearDraft(storage: Store): void {
	try {
		storage?.removeItem(DRAFT_KEY);
	} catch {
		// nothing kept, nothing to clear
	}
}
