import { describe, expect, it } from 'vitest';
import {
	addToHistory,
	clearHistory,
	HISTORY_KEY,
	loadHistory,
	parseHistory,
	storeHistory
} from './query-history';

function memoryStorage(): Storage {
	const m = new Map<string, string>();
	return {
		getItem: (k) => m.get(k) ?? null,
		setItem: (k, v) => void m.set(k, v),
		removeItem: (k) => void m.delete(k),
		clear: () => m.clear(),
		key: (i) => [...m.keys()][i] ?? null,
		get length() {
			return m.size;
		}
	};
}

describe('query history', () => {
	it('keeps the newest first, each query once, capped', () => {
		let h = addToHistory([], 'SELECT 1', 1);
		h = addToHistory(h, 'SELECT 2', 2);
		h = addToHistory(h, '  SELECT 1\n', 3);
		expect(h).toEqual([
			{ sql: 'SELECT 1', at: 3 },
			{ sql: 'SELECT 2', at: 2 }
		]);
		expect(addToHistory(h, '   ', 4)).toEqual(h);
		let many = h;
		for (let i = 0; i < 10; i++) many = addToHistory(many, `SELECT ${i + 10}`, 10 + i, 5);
		expect(many.map((e) => e.sql)).toEqual([
			'SELECT 19',
			'SELECT 18',
			'SELECT 17',
			'SELECT 16',
			'SELECT 15'
		]);
	});

	it('survives storage round trips, and reads broken or hostile storage as empty', () => {
		const s = memoryStorage();
		storeHistory(s, [{ sql: 'SELECT 1', at: 5 }]);
		expect(loadHistory(s)).toEqual([{ sql: 'SELECT 1', at: 5 }]);
		clearHistory(s);
		expect(loadHistory(s)).toEqual([]);
		expect(parseHistory('{')).toEqual([]);
		expect(parseHistory('{"sql":"x"}')).toEqual([]);
		expect(parseHistory('[{"sql":1,"at":2},{"sql":"ok","at":3,"extra":"<b>"}]')).toEqual([
			{ sql: 'ok', at: 3 }
		]);
		s.setItem(HISTORY_KEY, JSON.stringify([{ sql: 'a', at: null }]));
		expect(loadHistory(s)).toEqual([]);
		const refusing = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('full');
			},
			removeItem: () => {
				throw new Error('denied');
			}
		};
		expect(loadHistory(refusing)).toEqual([]);
		expect(() => storeHistory(refusing, [])).not.toThrow();
		expect(() => clearHistory(refusing)).not.toThrow();
	});
});
