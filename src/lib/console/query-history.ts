/**
 * The reader's query history: every query they run, newest first, each once (running it again
 * moves it to the top), at most HISTORY_MAX, in localStorage only (never in a URL: it may hold
 * what the reader did not mean to share). Reading and writing never throw.
 */
export interface HistoryEntry {
	sql: string;
	/** When it last ran, ms since the epoch. */
	at: number;
}

export const HISTORY_KEY = 'ogi-atlas:console-history';
export const HISTORY_MAX = 100;
/** Longer queries are kept whole elsewhere (draft-query.ts); the history keeps the first 100 000 characters. */
const MAX_SQL = 100_000;

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;

export function parseHistory(text: string | null): HistoryEntry[] {
	if (!text) return [];
	try {
		const data: unknown = JSON.parse(text);
		if (!Array.isArray(data)) return [];
		return data
			.filter(
				(d): d is HistoryEntry =>
					!!d &&
					typeof d === 'object' &&
					typeof (d as HistoryEntry).sql === 'string' &&
					typeof (d as HistoryEntry).at === 'number' &&
					Number.isFinite((d as HistoryEntry).at)
			)
			.map((d) => ({ sql: d.sql, at: d.at }))
			.slice(0, HISTORY_MAX);
	} catch {
		return [];
	}
}

export function loadHistory(storage: Store): HistoryEntry[] {
	try {
		return parseHistory(storage?.getItem(HISTORY_KEY) ?? null);
	} catch {
		return [];
	}
}

export function storeHistory(storage: Store, list: readonly HistoryEntry[]): void {
	try {
		storage?.setItem(HISTORY_KEY, JSON.stringify(list));
	} catch {
		// storage full or off: the history stays in this page
	}
}

export function clearHistory(storage: Store): void {
	try {
		storage?.removeItem(HISTORY_KEY);
	} catch {
		// nothing kept
	}
}

/** The list with `sql` on top (an earlier run of the same text removed), cut to `max`. */
export function addToHistory(
	list: readonly HistoryEntry[],
	sql: string,
	at: number,
	max = HISTORY_MAX
): HistoryEntry[] {
	const text = sql.trim().slice(0, MAX_SQL);
	if (!text) return [...list];
	return [{ sql: text, at }, ...list.filter((e) => e.sql !== text)].slice(0, max);
}
