import { describe, expect, it } from 'vitest';
import { clearDraft, loadDraft, saveDraft } from './draft-query';

function memoryStorage(): Storage {
	const m = new Map<string, string>();
	return {
		getItem: (k: string) => m.get(k) ?? null,
		setItem: (k: string, v: string) => void m.set(k, v),
		removeItem: (k: string) => void m.delete(k),
		clear: () => m.clear(),
		key: () => null,
		get length() {
			return m.size;
		}
	};
}

describe('the console draft', () => {
	it('keeps, reads and clears one long query', () => {
		const s = memoryStorage();
		const q = `SELECT 1 -- ${'x'.repeat(20_000)}`;
		expect(loadDraft(s)).toBe('');
		expect(saveDraft(s, q)).toBe(true);
		expect(loadDraft(s)).toBe(q);
		clearDraft(s);
		expect(loadDraft(s)).toBe('');
	});
	it('never throws when storage refuses', () => {
		const broken = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('quota');
			},
			removeItem: () => {
				throw new Error('denied');
			}
		};
		expect(loadDraft(broken)).toBe('');
		expect(saveDraft(broken, 'x')).toBe(false);
		expect(() => clearDraft(broken)).not.toThrow();
		expect(loadDraft(undefined)).toBe('');
	});
});
