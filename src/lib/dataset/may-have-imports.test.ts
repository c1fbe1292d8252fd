import { describe, expect, it } from 'vitest';
import { IMPORTS_DB_NAME, mayHaveImports } from './may-have-imports';

const factory = (databases: IDBFactory['databases'] | undefined) =>
	({ databases }) as unknown as IDBFactory;

describe('mayHaveImports', () => {
	it('is false without IndexedDB', async () => {
		expect(await mayHaveImports(undefined)).toBe(false);
	});

	it('is false when IndexedDB lists its databases and ours is not there', async () => {
		expect(await mayHaveImports(factory(async () => []))).toBe(false);
		expect(await mayHaveImports(factory(async () => [{ name: 'other', version: 1 }]))).toBe(false);
	});

	it('is true when our database exists', async () => {
		const idb = factory(async () => [{ name: IMPORTS_DB_NAME, version: 1 }]);
		expect(await mayHaveImports(idb)).toBe(true);
	});

	it('is true when it cannot tell', async () => {
		expect(await mayHaveImports(factory(undefined))).toBe(true);
		const failing = factory(() => Promise.reject(new Error('blocked')));
		expect(await mayHaveImports(failing)).toBe(true);
	});
});
