import { describe, expect, it } from 'vitest';
import {
	addSaved,
	deleteSaved,
	loadSaved,
	parseSaved,
	renameSaved,
	storeSaved,
	STORAGE_KEY
} from './saved-queries';

describe('saved queries', () => {
	it('adds, renames and deletes', () => {
		let list = addSaved([], 'Counts', 'SELECT 1', 'a');
		list = addSaved(list, '  ', 'SELECT 2', 'b');
		expect(list.map((q) => q.name)).toEqual(['Counts', 'SELECT 2']);
		list = renameSaved(list, 'a', 'Totals');
		expect(list[0]!.name).toBe('Totals');
		expect(renameSaved(list, 'a', ' ')[0]!.name).toBe('Totals');
		expect(deleteSaved(list, 'a').map((q) => q.id)).toEqual(['b']);
	});

	it('survives broken storage', () => {
		expect(parseSaved('not json')).toEqual([]);
		expect(parseSaved('{"a":1}')).toEqual([]);
		expect(parseSaved('[{"id":"x","name":"n","sql":"s"},{"id":1}]')).toEqual([
			{ id: 'x', name: 'n', sql: 's' }
		]);
		const m = new Map<string, string>();
		const storage = {
			getItem: (k: string) => m.get(k) ?? null,
			setItem: (k: string, v: string) => void m.set(k, v)
		};
		storeSaved(storage, [{ id: 'x', name: 'n', sql: 's' }]);
		expect(m.has(STORAGE_KEY)).toBe(true);
		expect(loadSaved(storage)).toHaveLength(1);
		expect(loadSaved(undefined)).toEqual([]);
	});
});
