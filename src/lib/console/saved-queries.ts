/** Saved queries in localStorage: a list of { id, name, sql }. Reading never throws. */
export interface SavedQuery {
	id: string;
	name: string;
	sql: string;
}

export const STORAGE_KEY = 'ogi-atlas:saved-queries';

export function parseSaved(text: string | null): SavedQuery[] {
	if (!text) return [];
	try {
		const data: unknown = JSON.parse(text);
		if (!Array.isArray(data)) return [];
		return data.filter(
			(d): d is SavedQuery =>
				!!d &&
				typeof d === 'object' &&
				typeof (d as SavedQuery).id === 'string' &&
				typeof (d as SavedQuery).name === 'string' &&
				typeof (d as SavedQuery).sql === 'string'
		);
	} catch {
		return [];
	}
}

export function loadSaved(storage: Pick<Storage, 'getItem'> | undefined): SavedQuery[] {
	try {
		return parseSaved(storage?.getItem(STORAGE_KEY) ?? null);
	} catch {
		return [];
	}
}

export function storeSaved(
	storage: Pick<Storage, 'setItem'> | undefined,
	list: SavedQuery[]
): void {
	try {
		storage?.setItem(STORAGE_KEY, JSON.stringify(list));
	} catch {
		// storage full or disabled: the list stays in memory for this page
	}
}

export function addSaved(list: SavedQuery[], name: string, sql: string, id: string): SavedQuery[] {
	return [...list, { id, name: name.trim() || sql.slice(0, 40), sql }];
}

export function renameSaved(list: SavedQuery[], id: string, name: string): SavedQuery[] {
	return list.map((q) => (q.id === id && name.trim() ? { ...q, name: name.trim() } : q));
}

export function deleteSaved(list: SavedQuery[], id: string): SavedQuery[] {
	return list.filter((q) => q.id !== id);
}
